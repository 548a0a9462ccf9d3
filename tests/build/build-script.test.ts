/**
 * `npm run build` is scripts/build.ts: Astro, then Pagefind on the same folder, each with the memory
 * settings of scripts/lib/build-steps.ts (measured by `npm run bench`). Built here on the tiny fixture
 * site: the index is made where the pages are, and a failing Astro build stops it with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsRoot, fixtureContent, fixtureCopy, projectRoot } from '../support/build';
import { buildSteps, isolatedBuildEnv } from '../../scripts/lib/build-steps';

function npmRunBuild(contentDir: string) {
  const runDir = process.env.YUYUAN_TEST_BUILDS ?? buildsRoot;
  mkdirSync(runDir, { recursive: true });
  const work = mkdtempSync(path.join(runDir, 'build-script-'));
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...isolatedBuildEnv(work, contentDir) },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, work };
}

describe('npm run build (scripts/build.ts)', () => {
  it('is what package.json runs', () => {
    const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe('node scripts/build.ts');
  });

  it('runs Astro, then Pagefind on the folder Astro wrote', () => {
    const [astro, pagefind] = buildSteps('/some/out');
    expect(astro!.nodeArgs).toContain('build');
    expect(astro!.nodeArgs.some((arg) => arg.endsWith('astro/bin/astro.mjs'))).toBe(true);
    expect(pagefind!.nodeArgs.slice(-2)).toEqual(['--site', '/some/out']);
  });

  it('builds the pages and their search index into YUYUAN_OUT_DIR', () => {
    const { status, output, outDir, work } = npmRunBuild(fixtureContent);
    try {
      expect(status, output).toBe(0);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('stops with a non-zero exit, before Pagefind, when the Astro build fails', () => {
    const broken = fixtureCopy();
    rmSync(path.join(broken, 'site.yaml'));
    const { status, output, outDir, work } = npmRunBuild(broken);
    try {
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/site\.yaml/);
      expect(existsSync(path.join(outDir, 'pagefind'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
