/**
 * The browser-test harness: the built site (with search) served from 127.0.0.1 and driven in the
 * system Chromium through playwright-core. Shared by every tests/browser/*.browser.test.ts file.
 *
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium. Without it the tests are skipped with one line saying
 * why, unless REQUIRE_BROWSER=1 (CI, .ci/run), where that is a failure.
 * YUYUAN_BROWSER_DIST=<folder> tests an existing build instead of building (for editing these tests).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sharedSiteBuild } from './build';
import { serveStatic, type StaticServer } from './static-server';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
const skipReason = `browser tests skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH) — CI installs it`;

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
export type ViewportName = keyof typeof viewports;

/** One page of each type, and the English twins that exist. The 404 page is visited at a missing path. */
export const pageTypes: { path: string; status?: number }[] = [
  { path: '/' },
  { path: '/about/' },
  { path: '/branches/' },
  { path: '/branches/shichang-dangzongzhi/' },
  { path: '/merchants/' },
  { path: '/merchants/cuige-zhubao/' },
  { path: '/merchants/cuige-zhubao/placard/' },
  { path: '/stories/' },
  { path: '/stories/zhuanxing-dianfan/' },
  { path: '/activities/' },
  { path: '/activities/mianfei-tijian/' },
  { path: '/learn/' },
  { path: '/learn/wangdian-kaidian/' },
  { path: '/visit/' },
  { path: '/privacy/' },
  { path: '/accessibility/' },
  { path: '/search/' },
  { path: '/no-such-page/', status: 404 },
  { path: '/en/' },
  { path: '/en/about/' },
  { path: '/en/merchants/' },
  { path: '/en/merchants/cuige-zhubao/' },
  { path: '/en/activities/' },
  { path: '/en/activities/mianfei-tijian/' },
  { path: '/en/visit/' },
  { path: '/en/privacy/' },
  { path: '/en/accessibility/' },
  { path: '/en/search/' },
];

/** For waits: this runs beside builds on a 2-core machine, where a round trip to Chromium can take seconds. */
export const slow = { timeout: 15_000 };

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Call once at the top of a browser test file: says loudly why the tests are skipped, or fails
 * when a browser is required and missing. Use `describe.skipIf(!hasChromium)` for the tests.
 */
export function reportMissingBrowser(): void {
  if (!hasChromium && !requireBrowser) console.log(skipReason);
  if (!hasChromium && requireBrowser) {
    describe('browser tests', () => {
      it('need Chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error(skipReason.replace('browser tests skipped', 'browser tests required (REQUIRE_BROWSER=1) but cannot run'));
      });
    });
  }
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors seen so far. */
  problems: string[];
}

export interface BrowserSite {
  /** The built site being served. */
  outDir: string;
  server: StaticServer;
  browser: Browser;
  /** Requests to any host but the local server, aborted. */
  offsite: string[];
  /** A fresh context (own storage) at a viewport, with requests off the local host aborted. */
  newContext(viewport: ViewportName, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A fresh page that records problems, in `context` or in a context shared per viewport. */
  open(viewport: ViewportName, context?: BrowserContext): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Builds (once per test run) and serves the site, and launches Chromium. Call in beforeAll. */
export async function startBrowserSite(): Promise<BrowserSite> {
  let outDir = process.env.YUYUAN_BROWSER_DIST;
  if (!outDir) {
    const result = sharedSiteBuild();
    expect(result.status, result.output).toBe(0);
    outDir = result.outDir;
  }
  const server = await serveStatic(path.resolve(outDir));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const offsite: string[] = [];
  const local = new URL(server.origin).host;
  const shared: Partial<Record<ViewportName, Promise<BrowserContext>>> = {};

  async function newContext(viewport: ViewportName, options: BrowserContextOptions = {}) {
    const created = await browser.newContext({ viewport: viewports[viewport], baseURL: server.origin, ...options });
    await created.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local) return route.continue();
      offsite.push(url.href);
      return route.abort('blockedbyclient');
    });
    return created;
  }

  async function open(viewport: ViewportName, context?: BrowserContext): Promise<OpenedPage> {
    // A promise, so concurrent tests share one context per viewport.
    const page = await (context ?? (await (shared[viewport] ??= newContext(viewport)))).newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return { page, problems };
  }

  return {
    outDir,
    server,
    browser,
    offsite,
    newContext,
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The axe violations of the page as it is now, one readable line per rule (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(axeTags).options({ resultTypes: ['violations'] }).analyze();
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 8).join('\n    ')}`,
  );
}
