/**
 * The two steps of `npm run build` (scripts/build.ts): Astro builds the pages into `outDir`, then
 * Pagefind indexes them. `npm run bench` (scripts/bench.ts) runs these same steps, one at a time, to
 * measure each one's time and peak memory against SITE.md's budget (≤ 1 GiB at market scale).
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
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Variables added to the environment. */
  env: Record<string, string>;
}

/** The steps that build the site into `outDir` (Astro's outDir: dist/, or YUYUAN_OUT_DIR when set). */
export function buildSteps(outDir: string): BuildStep[] {
  return [
    {
      label: 'astro build',
      nodeArgs: [
        `--max-old-space-size=${ASTRO_OLD_SPACE_MB}`,
        `--max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`,
        path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
        'build',
      ],
      env: { MIMALLOC_PURGE_DELAY: '0' },
    },
    {
      label: 'pagefind',
      nodeArgs: [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir],
      // The binary's jemalloc is built with the "_rjem_" prefix, so it reads _RJEM_MALLOC_CONF.
      env: { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' },
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
  return path.resolve(projectRoot, process.env.YUYUAN_OUT_DIR ?? 'dist');
}
