/**
 * Browser tests of the market-sample fixture (with search) served from 127.0.0.1, driven in the system
 * Chromium through playwright-core: keyboard, skip link, search dialog, language switch, placard print,
 * the Content-Security-Policy, and no request off the local host. The opened search dialog and shop
 * filter: ./open-states.browser.test.ts; every page type: ./page-types.browser.test.ts and
 * tests/real-content/pages.browser.test.ts.
 * The harness (Chromium, skipping, the server): tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, hasChromium, reportMissingBrowser, slow, startBrowserSite, viewports, type BrowserSite, type OpenedPage } from '../support/browser';

reportMissingBrowser();

declare global {
  interface Window {
    printed?: boolean;
    ranInjected?: boolean;
  }
}

describe.skipIf(!hasChromium)('site in a real browser', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await startBrowserSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const open = (name: keyof typeof viewports) => site.open(name);
  /**
   * One desktop page the tests below visit their paths in, one after another (a page each costs more
   * than the visit): each test starts at a fresh path, with the page's problems emptied.
   */
  let shared: Promise<OpenedPage> | undefined;
  const tab = () => (shared ??= open('desktop'));

  describe('interactions (desktop)', () => {
    async function focused(page: Page) {
      return page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          key: el.dataset.tabKey ?? '',
          tag: el.tagName,
          id: el.id,
          href: el.getAttribute('href'),
          text: (el.textContent ?? '').trim().slice(0, 40),
          inHeader: !!el.closest('body > header'),
          inMain: !!el.closest('main'),
          visibleFocus:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== ''),
          onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
        };
      });
    }

    it('skip link comes first, shows when focused and moves focus to main', async () => {
      const { page, problems, visit } = await tab();
      await visit('/merchants/cuige-zhubao/');
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.href).toBe('#main');
      expect(first?.onScreen, 'skip link visible when focused').toBe(true);
      expect(first?.visibleFocus).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), slow).toBe('main');
      // The next Tab goes on from the main content, not back to the header.
      await page.keyboard.press('Tab');
      expect((await focused(page))?.inMain).toBe(true);
      expect(problems).toEqual([]);
    });

    it('Tab reaches every link of the header and the main content, each with a visible focus', async () => {
      const { page, problems, visit } = await tab();
      await visit('/merchants/cuige-zhubao/');
      // Tag every visible link of the header and main, to know which ones Tab reached.
      const expected: string[] = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body > header a[href], main a[href]')]
          .filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
          .map((a, i) => {
            a.dataset.tabKey = `${i}: ${a.getAttribute('href')} ${(a.textContent ?? '').trim().slice(0, 30)}`;
            return a.dataset.tabKey;
          }),
      );
      expect(expected.length).toBeGreaterThan(8);
      const reached = new Set<string>();
      const noFocusRing: string[] = [];
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (!now) break; // past the end of the page
        if (!now.key) {
          if (reached.size > 0 && !now.inHeader && !now.inMain && now.tag === 'A' && now.href === '#main') break; // wrapped round
          continue;
        }
        if (reached.has(now.key)) break;
        reached.add(now.key);
        if (!now.visibleFocus) noFocusRing.push(now.key);
      }
      const missed = expected.filter((key) => !reached.has(key));
      expect(missed, `links Tab never reached:\n${missed.join('\n')}`).toEqual([]);
      expect(noFocusRing, `links without a visible focus:\n${noFocusRing.join('\n')}`).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('"/" opens search, a Chinese query shows shops, Esc closes and focus returns', async () => {
      const { page, problems, visit } = await tab();
      await visit('/stories/zhuanxing-dianfan/');
      await page.keyboard.press('Tab'); // the skip link: something to return to
      await page.keyboard.press('/');
      const dialog = page.locator('dialog[data-search-dialog]');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), slow).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), slow).toBe('search-dialog-q');
      await page.keyboard.type('琥珀');
      const hit = dialog.locator('a[href^="/merchants/shanghai-hupo-wu/"], a[href^="/merchants/wu-shanjing-hupo-dian/"]').first();
      await hit.waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), slow).toBe(false);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')), slow).toBe('#main');
      expect(problems).toEqual([]);
    });

    it('the language switch leads to the English twin', async () => {
      const { page, problems, visit } = await tab();
      await visit('/merchants/cuige-zhubao/');
      await page.locator('body > header a[hreflang="en"]:visible').click();
      await page.waitForURL('**/en/merchants/cuige-zhubao/');
      expect(new URL(page.url()).pathname).toBe('/en/merchants/cuige-zhubao/');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(problems).toEqual([]);
    });

    it("a placard's print button prints, and printing shows only the card", async () => {
      const { page, problems } = await open('desktop');
      // The button calls print(): recorded here instead of opening a print dialog.
      await page.addInitScript(() => {
        window.print = () => {
          window.printed = true;
        };
      });
      await page.goto('/merchants/cuige-zhubao/placard/');
      const button = page.locator('#print-placard');
      await button.waitFor({ state: 'visible', ...slow });
      await button.click();
      expect(await page.evaluate(() => window.printed)).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('body > header').isVisible()).toBe(false);
      expect(await page.locator('body > footer').isVisible()).toBe(false);
      expect(await page.locator('.placard-tools').isVisible()).toBe(false);
      expect(await page.locator('article.placard').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('body > header').isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

  });

  /**
   * The Content-Security-Policy. Every browser test serves the site with the headers of deploy/_headers
   * (src/lib/security-headers.ts) on top of the pages' own <meta> policy, so both apply at once, as on a
   * host, and counts a violation or a policy line in the console as a problem of the page: the search
   * dialog, the shop filter island (./open-states.browser.test.ts), the placard's print button (above)
   * and every page type (./page-types.browser.test.ts, tests/real-content/pages.browser.test.ts) run
   * under it. Here: the search pages, and a control that the listener does see a violation.
   */
  describe('Content-Security-Policy', () => {
    for (const searchPage of ['/search/?q=琥珀', '/en/search/?q=amber']) {
      it(`search page ${searchPage} shows results (Pagefind and its WebAssembly load) without a violation`, async () => {
        const { page, problems, visit } = await tab();
        const response = await visit(searchPage);
        expect(response?.headers()['content-security-policy'], 'served with the deploy headers').toBeTruthy();
        await page.locator('[data-search-results] a[href^="/"]').first().waitFor({ state: 'visible', timeout: 15_000 });
        expect(await cspViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }

    it('control: an inline script added to a page is refused, and the listener sees it', async () => {
      const { page } = await open('desktop');
      await page.goto('/about/');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.ranInjected = true;';
        document.body.append(script);
      });
      await expect.poll(async () => (await cspViolations(page)).length, slow).toBeGreaterThan(0);
      expect((await cspViolations(page)).join('\n')).toMatch(/^script-src/);
      expect(await page.evaluate(() => window.ranInjected)).toBeUndefined();
      await page.close();
    });
  });

  it('no request left the local host', () => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});
