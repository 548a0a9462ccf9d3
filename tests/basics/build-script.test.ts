/**
 * `npm run build` is scripts/build.ts: Astro, then Pagefind on the same folder, then a check that the
 * site is complete, each with the settings of scripts/lib/build-steps.ts (measured by `npm run bench`),
 * into a staging folder that replaces the output folder only when all of them succeeded
 * (scripts/lib/publish.ts, unit-tested in tests/unit/publish.test.ts). Every test build runs that
 * script (tests/support/build.ts); here, on the basics fixture: the index is made where the pages
 * are; a failing Astro build stops it with a non-zero exit, before Pagefind, and leaves the output
 * folder exactly as it was; Pagefind reads no config file, and one at the project root stops the build.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsRoot, FIXTURE_BUILD_TIME, fixtureCopy, projectRoot, siteBuild, TEST_ORIGIN } from '../support/build';
import { codeInContent } from '../support/mistakes';
import { buildSteps, isolatedBuildEnv, PAGEFIND_CONFIG_FILES, PAGEFIND_CWD, pagefindConfigFiles, stepEnv } from '../../scripts/lib/build-steps';
import { tryLockAstroDir, unlockAstroDir } from '../../scripts/lib/astro-dir-lock';
import { basics, brokenSite } from '../support/sites';

/** Every file and folder under `dir`, each file with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const full = path.join(dir, name);
        return [name, statSync(full).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(full)).digest('hex')];
      }),
  );
}

describe('npm run build (scripts/build.ts)', () => {
  it('is what package.json runs', () => {
    const scripts = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe('node scripts/build.ts');
  });

  it('runs Astro into the folder it is given, then Pagefind on it, then checks it is complete', () => {
    const [astro, pagefind, check, ...more] = buildSteps('/some/out');
    expect(more).toEqual([]);
    expect(astro!.nodeArgs).toContain('build');
    expect(astro!.nodeArgs.some((arg) => arg.endsWith('astro/bin/astro.mjs'))).toBe(true);
    expect(astro!.env.YUYUAN_OUT_DIR).toBe('/some/out');
    expect(pagefind!.nodeArgs.slice(-2)).toEqual(['--site', '/some/out']);
    expect(check!.nodeArgs.at(-2)).toMatch(/scripts\/lib\/check-output\.ts$/);
    expect(check!.nodeArgs.at(-1)).toBe('/some/out');
  });

  it('runs Pagefind where no config file is, with its settings on the command line and no PAGEFIND_ variable', () => {
    const pagefind = buildSteps('/some/out')[1]!;
    expect(pagefind.cwd).toBe(PAGEFIND_CWD);
    expect(path.relative(projectRoot, pagefind.cwd)).toMatch(/^node_modules\//);
    if (existsSync(PAGEFIND_CWD)) expect(readdirSync(PAGEFIND_CWD)).toEqual([]);
    expect(pagefind.nodeArgs).toEqual(expect.arrayContaining(['--output-subdir', 'pagefind', '--site']));
    const env = stepEnv(pagefind, { PATH: '/bin', PAGEFIND_OUTPUT_SUBDIR: 'elsewhere', pagefind_force_language: 'en' });
    expect(env).toEqual({ PATH: '/bin', ...pagefind.env });
  });

  it('finds the Pagefind config files of a folder (the build stops when the project root has one)', () => {
    const dir = mkdtempSync(path.join(buildsRoot, 'pagefind-config-'));
    try {
      expect(pagefindConfigFiles(dir)).toEqual([]);
      writeFileSync(path.join(dir, 'pagefind.yml'), 'exclude_selectors: [nav]\n');
      writeFileSync(path.join(dir, 'pagefind.toml'), '');
      writeFileSync(path.join(dir, 'other.yml'), '');
      expect(pagefindConfigFiles(dir)).toEqual(['pagefind.yml', 'pagefind.toml']);
      expect(PAGEFIND_CONFIG_FILES).toEqual(['pagefind.json', 'pagefind.yml', 'pagefind.yaml', 'pagefind.toml']);
      // The project itself has none: search settings live in scripts/lib/build-steps.ts.
      expect(pagefindConfigFiles(projectRoot)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the pages and their search index into YUYUAN_OUT_DIR', () => {
    const { status, output, outDir } = siteBuild(basics);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(existsSync(`${outDir}.staging`) || existsSync(`${outDir}.previous`)).toBe(false);
  });

  it('stops with a non-zero exit, before Pagefind, when the Astro build fails', () => {
    const { status, output, outDir } = siteBuild(brokenSite);
    expect(status, output).not.toBe(0);
    expect(output).toContain('test-zhibuu');
    expect(existsSync(path.join(outDir, 'pagefind'))).toBe(false);
  });

  it('leaves the output folder byte for byte as it was when the build fails, and no staging folder: here on MDX that would run code, which stops the build before it runs', async () => {
    const base = process.env.YUYUAN_TEST_BUILDS ?? buildsRoot;
    mkdirSync(base, { recursive: true });
    const work = mkdtempSync(path.join(base, 'kept-site-'));
    const outDir = path.join(work, 'dist');
    const old: Record<string, string | Buffer> = {
      'index.html': '<!doctype html><title>the site as published</title>',
      'merchants/old-shop/index.html': '<p>a shop page</p>',
      'pagefind/pagefind.js': 'export {};\n',
      'pagefind/fragment/zh-cn_1.pf_fragment': Buffer.from([0x1f, 0x8b, 0, 255, 7]),
    };
    for (const [file, bytes] of Object.entries(old)) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), bytes);
    }
    mkdirSync(path.join(outDir, 'empty-folder'));
    const before = snapshot(outDir);
    const contentDir = fixtureCopy(codeInContent);
    // A build of its own content: one at a time with the shared builder's (scripts/lib/astro-dir-lock.ts).
    while (!tryLockAstroDir()) await new Promise((resolve) => setTimeout(resolve, 200));
    let run: SpawnSyncReturns<string>;
    try {
      run = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, ...isolatedBuildEnv(work, contentDir), SITE_URL: TEST_ORIGIN, YUYUAN_BUILD_TIME: FIXTURE_BUILD_TIME },
      });
    } finally {
      unlockAstroDir();
    }
    const output = `${run.stdout}\n${run.stderr}`;
    try {
      expect(run.status, output).toBe(1);
      // Named with its file, line and field; the process.exit(0) in it never ran (the exit status is 1).
      expect(output).toMatch(/stories\/test-story\.mdx:10\n\s+字段 field: \(正文 body\)\n\s+问题 problem: 正文里不能有 import 或 export/);
      expect(output).toContain('{globalThis.process.exit(0)}');
      const shown = `${path.relative(projectRoot, outDir)}/`; // as the build names it, from its working folder
      expect(output).toContain(`✖ 网站未更新：${shown} 保持原样（the site was not published: ${shown} is unchanged）`);
      expect(snapshot(outDir)).toEqual(before);
      expect(readdirSync(work).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(contentDir, { recursive: true, force: true });
    }
  });
});
