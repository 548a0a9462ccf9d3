/**
 * The environment a build reads, in one place. Deployments set SITE_URL; tests and benchmarks build
 * other content through the same code by pointing the content, output and cache folders elsewhere,
 * and pin the build's moment. Imported by astro.config.mjs and by scripts under plain Node: no imports.
 */

/** The public address of the site (canonical URLs, feeds, QR placards); the default is a reserved example domain, never a guessed real one. */
export const siteUrl = (): string => process.env.SITE_URL ?? 'https://yuyuan-market.example';

/** Where the content lives (relative to the project, or absolute). */
export const contentDir = (): string => process.env.YUYUAN_CONTENT_DIR ?? 'src/content';

/** Astro's output folder, when not dist/. */
export const outDirSetting = (): string | undefined => process.env.YUYUAN_OUT_DIR;

/** Astro's cache folder, when not node_modules/.astro. */
export const cacheDirSetting = (): string | undefined => process.env.YUYUAN_CACHE_DIR;

/** The moment the build is pinned to (an ISO date-time), if any. */
export const buildTimeSetting = (): string | undefined => process.env.YUYUAN_BUILD_TIME;
