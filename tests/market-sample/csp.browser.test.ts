/**
 * The Content-Security-Policy in a real browser. Every browser test serves the site with the headers
 * of deploy/_headers (src/lib/security-headers.ts) on top of the pages' own <meta> policy, so both
 * policies apply at once, as on a host, and counts a violation as a problem of the page (every page
 * type: tests/real-content/pages.browser.test.ts). Here the scripts that fetch or build things run
 * (search with a Chinese query and Pagefind's WebAssembly, the shop filter island, the placard's
 * print button) and no violation or policy warning may appear. A control checks that the listener
 * does see a violation: an inline script added by hand is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { cspViolations, hasChromium, reportMissingBrowser, slow, startBrowserSite, type BrowserSite } from '../support/browser';

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
    // The harness serves every response with the deploy headers and records violations (tests/support/browser.ts).
    context = await site.newContext('desktop');
    await context.addInitScript(() => {
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
        violations: await cspViolations(page),
        policyMessages,
        problems: problems.filter((problem) => !(status === 404 && problem.includes(`${site.server.origin}${pagePath}`))),
      }),
    };
  }

  const clean = { violations: [], policyMessages: [], problems: [] };

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
