/**
 * `npm run build` is scripts/build.ts: Astro, then Pagefind on the same folder, each with the memory
 * settings of scripts/lib/build-steps.ts (measured by `npm run bench`). Every test build runs that
 * script (tests/support/build.ts); here, on the basics fixture: the index is made where the pages
 * are, and a failing Astro build stops it with a non-zero exit, before Pagefind.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, siteBuild } from '../support/build';
import { buildSteps } from '../../scripts/lib/build-steps';
import { basics, brokenSite } from '../support/sites';

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
    const { status, output, outDir } = siteBuild(basics);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  });

  it('stops with a non-zero exit, before Pagefind, when the Astro build fails', () => {
    const { status, output, outDir } = siteBuild(brokenSite);
    expect(status, output).not.toBe(0);
    expect(output).toContain('test-zhibuu');
    expect(existsSync(path.join(outDir, 'pagefind'))).toBe(false);
  });
});
