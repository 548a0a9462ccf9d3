/**
 * The browser-test harness: the built site (with search) served from 127.0.0.1 and driven in the
 * system Chromium through playwright-core. Shared by every *.browser.test.ts file.
 *
 * Chromium: CHROMIUM_PATH, else the system's: Debian's binary itself rather than its /usr/bin/chromium
 * launcher script, whose desktop flags (GPU rasterisation, extensions) cost the tests a sixth more CPU.
 * Without it the tests are skipped with one line saying why, unless REQUIRE_BROWSER=1 (CI, .ci/run),
 * where that is a failure. Each file launches its own: one shared through Playwright's browser server
 * cost more CPU than the launches it saved (every message then goes through a second process).
 * YUYUAN_BROWSER_DIST=<folder> tests an existing build instead of building (for editing these tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { builtSite, type SiteOptions } from './build';
import { marketSample } from './sites';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { builtPages } from './dist';
import type { PageType } from './page-types';
export { pageTypes, type PageType } from './page-types';
import { builtSitePolicy, securityHeaders } from '@/lib/security-headers';

export const chromiumPath = process.env.CHROMIUM_PATH || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file) => existsSync(file)) || '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
const skipReason = `browser tests skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH) — CI installs it`;

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
export type ViewportName = keyof typeof viewports;


/** The path to visit for a page type among `pages` (builtPages), or undefined when the content has none. */
export function routeOf(type: PageType, pages: readonly string[]): string | undefined {
  if (type.status === 404) return '/no-such-page/';
  return pages.find((route) => type.pattern.test(route));
}

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
  /** Console errors and policy messages, uncaught exceptions, failed requests and HTTP errors seen so far. */
  problems: string[];
  /**
   * Goes to a path with `problems` emptied first: one page can visit many paths in turn, which is much
   * faster than a new page for each (axe, injected anew on every visit, runs warm in a page it ran in).
   */
  visit(path: string): ReturnType<Page['goto']>;
}

/** The Content-Security-Policy violations a page has seen (the harness listens on every page). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

export interface BrowserSite {
  /** The built site being served. */
  outDir: string;
  /** The path to visit for a page type (routeOf); undefined when the content has none of that type. */
  routeOf(type: PageType): string | undefined;
  server: StaticServer;
  browser: Browser;
  /** Requests to any host but the local server (none can be reached). */
  offsite: string[];
  /** A fresh context (own storage) at a viewport, recording requests off the local host. */
  newContext(viewport: ViewportName, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A fresh page that records problems, in `context` or in a context shared per viewport. */
  open(viewport: ViewportName, context?: BrowserContext): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** The system Chromium, headless, at low priority, able to reach 127.0.0.1 and no other host. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: path.join(import.meta.dirname, 'chromium-low-priority.sh'),
    env: { ...process.env, CHROMIUM_PATH: chromiumPath },
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // No other host can be reached: Chromium resolves no name but the local server's. (Intercepting
      // every request in Playwright instead made each page several times slower.)
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/** Builds (once per test run; the market-sample fixture unless told) and serves the site, and launches Chromium. Call in beforeAll. */
export async function startBrowserSite(site: SiteOptions = marketSample): Promise<BrowserSite> {
  const outDir = process.env.YUYUAN_BROWSER_DIST ?? builtSite(site).outDir;
  // The deploy headers (deploy/_headers: CSP and the rest) on every response, as a host sends them,
  // on top of each page's own <meta> policy: every browser test runs under both.
  const server = await serveStatic(path.resolve(outDir), Object.fromEntries(securityHeaders(builtSitePolicy(outDir))));
  const browser = await launchChromium();
  const offsite: string[] = [];
  const local = new URL(server.origin).host;
  const shared: Partial<Record<ViewportName, Promise<BrowserContext>>> = {};

  async function newContext(viewport: ViewportName, options: BrowserContextOptions = {}) {
    const created = await browser.newContext({ viewport: viewports[viewport], baseURL: server.origin, ...options });
    // Every policy violation is recorded, to be reported as a problem of the page.
    await created.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`), true);
    });
    // Any request to another host is recorded (and fails: see --host-resolver-rules).
    created.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== local) offsite.push(url.href);
    });
    return created;
  }

  async function open(viewport: ViewportName, context?: BrowserContext): Promise<OpenedPage> {
    // A promise, so concurrent tests share one context per viewport.
    const page = await (context ?? (await (shared[viewport] ??= newContext(viewport)))).newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /content security policy|permissions[- ]policy|feature policy/i.test(message.text())) {
        problems.push(`console: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    // A request of the path before (its favicon, say) that the next visit cancels is not a problem of either.
    let visits = 0;
    const visitOf = new WeakMap<object, number>();
    page.on('request', (request) => visitOf.set(request, visits));
    page.on('requestfailed', (request) => {
      if (visitOf.get(request) === visits) problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const visit = (path: string) => {
      visits += 1;
      problems.length = 0;
      return page.goto(path);
    };
    return { page, problems, visit };
  }

  const pages = builtPages(outDir);
  return {
    outDir,
    routeOf: (type) => routeOf(type, pages),
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

/** axe-core's source, read once: injected into a page through the DevTools protocol, which no CSP blocks. */
let axeSource: string | undefined;

/**
 * The axe violations of the page as it is now (WCAG 2.1 A and AA rules), one readable line per rule
 * (empty when none). axe runs in the page itself: @axe-core/playwright's analyze() opens an extra
 * page for every run, which made each check several times slower.
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // `rules`: these rules alone, experimental ones included (label-content-name-mismatch, WCAG 2.5.3).
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: axeTags };
  const results = await page.evaluate(
    (only) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: only, resultTypes: ['violations'] }),
    runOnly,
  );
  // A rule that finds nothing to check (no link named by aria-labelledby) counts as run.
  expect(results.passes.length + results.violations.length + (rules ? results.inapplicable.length : 0), 'axe ran its rules').toBeGreaterThan(rules ? 0 : 10);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 8).join('\n    ')}`,
  );
}

interface AxeResults {
  passes: unknown[];
  inapplicable: unknown[];
  violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
}
