/**
 * Browser tests of the market-sample fixture (with search) served from 127.0.0.1, driven in the system
 * Chromium through playwright-core: keyboard, skip link, search dialog, shop facets, language switch,
 * placard print, and no request off the local host. Every page type with axe at both sizes is tested
 * on the real content (tests/real-content/pages.browser.test.ts).
 * The harness (Chromium, skipping, the server): tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, reportMissingBrowser, slow, startBrowserSite, viewports, type BrowserSite } from '../support/browser';

reportMissingBrowser();

describe.skipIf(!hasChromium)('site in a real browser', () => {
  let site: BrowserSite;
  beforeAll(async () => {
    site = await startBrowserSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  const open = (name: keyof typeof viewports) => site.open(name);

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
      const { page, problems } = await open('desktop');
      await page.goto('/merchants/cuige-zhubao/');
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
      await page.close();
    });

    it('Tab reaches every link of the header and the main content, each with a visible focus', async () => {
      const { page, problems } = await open('desktop');
      await page.goto('/merchants/cuige-zhubao/');
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
      await page.close();
    });

    it('"/" opens search, a Chinese query shows shops, Esc closes and focus returns', async () => {
      const { page, problems } = await open('desktop');
      await page.goto('/stories/zhuanxing-dianfan/');
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
      await page.close();
    });

    it('shop facets filter the directory and update the URL', async () => {
      const { page, problems } = await open('desktop');
      await page.goto('/merchants/');
      await page.locator('details summary').first().click();
      await page.getByRole('checkbox', { name: /琥珀/ }).first().check();
      await expect.poll(() => new URL(page.url()).searchParams.get('category'), slow).toBeTruthy();
      await expect.poll(() => page.locator('#filter-results li.card').count(), slow).toBe(2);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('the language switch leads to the English twin', async () => {
      const { page, problems } = await open('desktop');
      await page.goto('/merchants/cuige-zhubao/');
      await page.locator('body > header a[hreflang="en"]:visible').click();
      await page.waitForURL('**/en/merchants/cuige-zhubao/');
      expect(new URL(page.url()).pathname).toBe('/en/merchants/cuige-zhubao/');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('a placard prints only the card', async () => {
      const { page, problems } = await open('desktop');
      await page.goto('/merchants/cuige-zhubao/placard/');
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

    it('no request left the local host', () => {
      expect(site.offsite, site.offsite.join('\n')).toEqual([]);
    });
  });
});
