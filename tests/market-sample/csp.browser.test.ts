/**
 * The Content-Security-Policy in a real browser: every page type served with the headers of
 * deploy/_headers (src/lib/security-headers.ts) on top of the pages' own <meta> policy, so both
 * policies apply at once, as on a host. Each page's scripts are made to run (search with a Chinese
 * query, the shop filter island, the checklist, the placard's print button, the text-size switch)
 * and no policy violation or policy warning may appear. A control checks that the listener does
 * see a violation: an inline script added by hand is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { hasChromium, pageTypes, reportMissingBrowser, slow, startBrowserSite, type BrowserSite } from '../support/browser';
import { builtSitePolicy, securityHeaders } from '../../src/lib/security-headers';

reportMissingBrowser();

declare global {
  interface Window {
    cspViolations: string[];
    printed?: boolean;
    ranInjected?: boolean;
  }
}

/** Console lines about the policies: violations, and directives or features a browser did not accept. */
const policyMessage = (message: ConsoleMessage) => /content security policy|permissions[- ]policy|feature policy/i.test(message.text());

describe.skipIf(!hasChromium)('Content-Security-Policy in a real browser', () => {
  let site: BrowserSite;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await startBrowserSite();
    context = await site.newContext('desktop');
    const local = new URL(site.server.origin).host;
    const headers = Object.fromEntries(securityHeaders(builtSitePolicy(site.outDir)));
    // The deploy headers on every local response, as Netlify, Cloudflare Pages or nginx would send them.
    // Registered after the harness's route, so it runs first; other hosts fall back to the harness (aborted).
    await context.route('**/*', async (route) => {
      if (new URL(route.request().url()).host !== local) return route.fallback();
      try {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
      } catch {
        // The page closed while this request was on its way: nothing is waiting for it.
      }
    });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
        true,
      );
      // The placard's button calls print(): recorded here instead of opening a print dialog.
      window.print = () => {
        window.printed = true;
      };
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  interface PolicyPage {
    page: Page;
    /** The status of the page and whether it came with the deploy headers. */
    loaded: { status?: number; withHeaders: boolean };
    /** Violations the page saw, policy lines in the console, and other problems (but a 404 page's own status). */
    found(): Promise<{ violations: string[]; policyMessages: string[]; problems: string[] }>;
  }

  async function openPage(pagePath: string, status = 200): Promise<PolicyPage> {
    const { page, problems } = await site.open('desktop', context);
    const policyMessages: string[] = [];
    page.on('console', (message) => {
      if (policyMessage(message)) policyMessages.push(`${message.type()}: ${message.text()}`);
    });
    const response = await page.goto(pagePath);
    return {
      page,
      loaded: { status: response?.status(), withHeaders: Boolean(response?.headers()['content-security-policy']) },
      found: async () => ({
        violations: await page.evaluate(() => window.cspViolations),
        policyMessages,
        problems: problems.filter((problem) => !(status === 404 && problem.includes(`${site.server.origin}${pagePath}`))),
      }),
    };
  }

  const clean = { violations: [], policyMessages: [], problems: [] };

  describe.concurrent('every page type, with its scripts run', () => {
    for (const { path: pagePath, status = 200 } of pageTypes) {
      it(`${pagePath}: no violation`, async ({ expect }) => {
        const { page, loaded, found } = await openPage(pagePath, status);
        try {
          expect(loaded).toEqual({ status, withHeaders: true });
          await page.waitForLoadState('load');
          // The large-text switch: its head script sets the attribute on <html> (else the button stays
          // hidden), and the button's script toggles it.
          if ((await page.locator('[data-text-size-toggle]').count()) > 0) {
            expect(await page.locator('html').getAttribute('data-text-size')).toMatch(/^(normal|large)$/);
            const toggle = page.locator('[data-text-size-toggle]:visible').first();
            const before = await toggle.getAttribute('aria-pressed');
            await toggle.click();
            await expect.poll(() => toggle.getAttribute('aria-pressed'), slow).not.toBe(before);
            await toggle.click();
          }
          // Guides: the checklist script turns the list into real checkboxes.
          if ((await page.locator('[data-checklist]').count()) > 0) {
            await page.locator('[data-checklist][data-enhanced]').first().waitFor(slow);
            await page.locator('[data-checklist] input[type="checkbox"]').first().check();
          }
          expect(await found()).toEqual(clean);
        } finally {
          await page.close();
        }
      });
    }
  });

  it('search: the header dialog finds shops for a Chinese query (Pagefind and its WebAssembly load)', async () => {
    const { page, loaded, found } = await openPage('/stories/zhuanxing-dianfan/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open), slow).toBe(true);
    await page.keyboard.type('琥珀');
    await dialog.locator('a[href^="/merchants/shanghai-hupo-wu/"], a[href^="/merchants/wu-shanjing-hupo-dian/"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(loaded.withHeaders).toBe(true);
    expect(await found()).toEqual(clean);
    await page.close();
  });

  for (const searchPage of ['/search/?q=琥珀', '/en/search/?q=amber']) {
    it(`search page ${searchPage} shows results`, async () => {
      const { page, loaded, found } = await openPage(searchPage);
      await page.locator('[data-search-results] a[href^="/"]').first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(loaded.withHeaders).toBe(true);
      expect(await found()).toEqual(clean);
      await page.close();
    });
  }

  it('the shop filter island hydrates and filters', async () => {
    const { page, loaded, found } = await openPage('/merchants/');
    await page.locator('details summary').first().click();
    await page.getByRole('checkbox', { name: /琥珀/ }).first().check();
    await expect.poll(() => new URL(page.url()).searchParams.get('category'), slow).toBeTruthy();
    await expect.poll(() => page.locator('#filter-results li.card').count(), slow).toBe(2);
    expect(loaded.withHeaders).toBe(true);
    expect(await found()).toEqual(clean);
    await page.close();
  });

  it("the placard's print button shows and prints", async () => {
    const { page, loaded, found } = await openPage('/merchants/cuige-zhubao/placard/');
    const button = page.locator('#print-placard');
    await button.waitFor({ state: 'visible', ...slow });
    await button.click();
    expect(await page.evaluate(() => window.printed)).toBe(true);
    expect(loaded.withHeaders).toBe(true);
    expect(await found()).toEqual(clean);
    await page.close();
  });

  it('control: an inline script added to a page is refused, and the listener sees it', async () => {
    const { page } = await openPage('/about/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInjected = true;';
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations.length), slow).toBeGreaterThan(0);
    expect((await page.evaluate(() => window.cspViolations)).join('\n')).toMatch(/^script-src/);
    expect(await page.evaluate(() => window.ranInjected)).toBeUndefined();
    await page.close();
  });

  it('no request left the local host', () => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});
