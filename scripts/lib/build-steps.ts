/**
 * The steps of `npm run build` (scripts/build.ts): Astro builds the pages into `outDir`, Pagefind
 * indexes them, then ./check-output.ts checks the result is complete. `npm run build` runs them into a
 * staging folder and publishes it only when all three succeed (./publish.ts). `npm run bench`
 * (scripts/bench.ts) runs these same steps, one at a time, to measure each one's time and peak memory
 * against SITE.md's budget (≤ 1 GiB at market scale).
 *
 * Search settings live here, and only here: Pagefind gets every option it needs on its command line,
 * and runs in an empty folder (PAGEFIND_CWD), because the Pagefind CLI also reads a pagefind.json,
 * .yml, .yaml or .toml from its working folder, and PAGEFIND_* variables; neither reaches it
 * (`stepEnv` drops those variables). scripts/build.ts refuses to build while such a file is at the
 * project root (pagefindConfigFiles), so nobody edits one believing it is used.
 *
 * Each step is its own Node process, so each gets its own memory settings (measured at market scale,
 * 20,877 pages; the profile is summarised in scripts/bench.ts):
 * - Astro: V8's old space capped at ASTRO_OLD_SPACE_MB. Without a cap V8 lets the heap grow to about
 *   twice what is live (≈ 220 MB live, ≈ 550 MB heap while pages are written); with it, V8 collects
 *   sooner. Raise it if a much larger site ever stops with "JavaScript heap out of memory" (but first
 *   look for code that keeps something of every page: 20,000 pages add up quickly).
 *   A young generation of ASTRO_SEMI_SPACE_MB per semi-space (smaller than V8's default):
 *   short-lived strings and file buffers are collected sooner, so fewer of them (and of the native
 *   memory behind the buffers) wait for a collection; about 150 MB lower peak, no slower measurably.
 *   And MIMALLOC_PURGE_DELAY=0: Vite's bundler (Rolldown, native code with the mimalloc allocator)
 *   peaks while it bundles the content data store; mimalloc then keeps the freed pages for a while,
 *   which at this scale is hundreds of MB held through the whole page rendering. 0 returns them at once.
 * - Pagefind (a Rust binary using jemalloc): dirty and muzzy decay 0, so jemalloc returns freed pages
 *   to the system at once instead of keeping them for 10 s (about 12% lower peak at market scale).
 * These only change memory and speed, never the output.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { outDirSetting } from '../../src/lib/env.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Astro's V8 heap limit (old space, MB). */
export const ASTRO_OLD_SPACE_MB = 768;
/** Astro's V8 young generation: the size of each of its two semi-spaces (MB). */
export const ASTRO_SEMI_SPACE_MB = 8;

export interface BuildStep {
  /** What the step is called in output. */
  label: string;
  /** Arguments to the project's Node (process.execPath): V8 flags, then the script and its arguments. */
  nodeArgs: string[];
  /** Variables added to the environment (see stepEnv). */
  env: Record<string, string>;
  /** The working folder to run it in (the runner makes it if it is missing). */
  cwd: string;
}

/** Where Pagefind runs: a folder of nothing, so that it finds no config file (see the top of this file). */
export const PAGEFIND_CWD = path.join(projectRoot, 'node_modules/.cache/yuyuan-pagefind-cwd');

/** The config files the Pagefind CLI reads from its working folder. */
export const PAGEFIND_CONFIG_FILES = ['pagefind.json', 'pagefind.yml', 'pagefind.yaml', 'pagefind.toml'];

/** The Pagefind config files in `dir` (names only): `npm run build` stops when the project root has one. */
export function pagefindConfigFiles(dir: string): string[] {
  return PAGEFIND_CONFIG_FILES.filter((name) => existsSync(path.join(dir, name)));
}

/** A step's environment: `base` (process.env) without PAGEFIND_* variables (Pagefind's settings are its flags), plus the step's own. */
export function stepEnv(step: BuildStep, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([name]) => !name.toUpperCase().startsWith('PAGEFIND_')));
  return { ...env, ...step.env };
}

/**
 * The steps that build the site into `outDir` (given to Astro as YUYUAN_OUT_DIR, which astro.config.mjs
 * reads) and check it is complete. The content is YUYUAN_CONTENT_DIR's, or src/content/.
 */
export function buildSteps(outDir: string): BuildStep[] {
  const site = path.resolve(projectRoot, outDir);
  return [
    {
      label: 'astro build',
      nodeArgs: [
        `--max-old-space-size=${ASTRO_OLD_SPACE_MB}`,
        `--max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`,
        path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
        'build',
      ],
      env: { MIMALLOC_PURGE_DELAY: '0', YUYUAN_OUT_DIR: site },
      cwd: projectRoot,
    },
    {
      label: 'pagefind',
      // Every setting the site relies on, explicitly (these are Pagefind's defaults): the index in
      // <site>/pagefind/ (the search scripts and `npm run dev` load it from /pagefind/), every HTML file,
      // whole documents (pages mark their indexed part with data-pagefind-body).
      nodeArgs: [
        path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'),
        '--output-subdir',
        'pagefind',
        '--glob',
        '**/*.{html}',
        '--root-selector',
        'html',
        '--site',
        site,
      ],
      // The binary's jemalloc is built with the "_rjem_" prefix, so it reads _RJEM_MALLOC_CONF.
      env: { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' },
      cwd: PAGEFIND_CWD,
    },
    {
      label: 'check output',
      // Plain Node: src/lib/expected-pages.ts and what it imports name their files with .ts.
      nodeArgs: [path.join(projectRoot, 'scripts/lib/check-output.ts'), site],
      env: {},
      cwd: projectRoot,
    },
  ];
}

/**
 * The environment of a build into a folder of its own (tests, the benchmark): `<work>/dist` and
 * `<work>/cache`, other content when `contentDir` is given, and plain output (no telemetry, no colours)
 * for reading. Add it to process.env.
 */
export function isolatedBuildEnv(work: string, contentDir?: string): Record<string, string> {
  return {
    YUYUAN_OUT_DIR: path.join(work, 'dist'),
    YUYUAN_CACHE_DIR: path.join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...(contentDir ? { YUYUAN_CONTENT_DIR: contentDir } : {}),
  };
}

/** Where `npm run build` writes the site: the same folder astro.config.mjs gives Astro. */
export function defaultOutDir(): string {
  return path.resolve(projectRoot, outDirSetting() ?? 'dist');
}
