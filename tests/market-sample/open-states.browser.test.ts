/**
 * Browser tests of the states a page is in only after the visitor opens something: the search dialog
 * with results for a Chinese query, and the shop directory's filter with a facet checked. Each is
 * reached the way a visitor reaches it at that width (a tap on the header's search link and on the
 * filter on a phone, the "/" key and clicks on a desktop), then checked with axe (WCAG 2.1 A/AA),
 * for console errors and for requests off the local host. The closed pages are covered by
 * site.browser.test.ts; the harness is tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, hasChromium, reportMissingBrowser, slow, startBrowserSite, viewports, type BrowserSite, type ViewportName } from '../support/browser';

reportMissingBrowser();

/** A query in Chinese that finds shops on the real site (two amber shops). */
const QUERY = '琥珀';
const AMBER_SHOPS = 'a[href^="/merchants/shanghai-hupo-wu/"], a[href^="/merchants/wu-shanjing-hupo-dian/"]';

describe.skipIf(!hasChromium)('opened states in a real browser', () => {
  let site: BrowserSite;
  // A phone is a touch device: taps, not clicks, and a mobile user agent's viewport handling.
  let phone: BrowserContext;
  beforeAll(async () => {
    site = await startBrowserSite();
    phone = await site.newContext('phone', { hasTouch: true, isMobile: true });
  });
  afterAll(async () => {
    await phone?.close();
    await site?.close();
  });
  const open = (name: ViewportName) => site.open(name, name === 'phone' ? phone : undefined);

  async function expectNoViolations(page: Page, state: string) {
    const violations = await axeViolations(page);
    expect(violations, `axe violations with ${state}:\n${violations.join('\n')}`).toEqual([]);
  }

  for (const name of Object.keys(viewports) as ViewportName[]) {
    const size = `${viewports[name].width}×${viewports[name].height}`;

    describe(`${name} ${size}`, () => {
      it(`search dialog with results for “${QUERY}”: opens from the header, no axe violations`, async () => {
        const { page, problems } = await open(name);
        try {
          await page.goto('/stories/zhuanxing-dianfan/');
          const dialog = page.locator('dialog[data-search-dialog]');
          const searchLink = page.locator('body > header [data-search-open]');
          if (name === 'phone') {
            // The header's search link is on screen at phone width, and a tap opens the dialog (not the search page).
            expect(await searchLink.isVisible(), 'the search link shows in the header on a phone').toBe(true);
            await searchLink.tap();
          } else {
            await page.keyboard.press('/');
          }
          await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), slow).toBe(true);
          expect(new URL(page.url()).pathname, 'the dialog opens in place').toBe('/stories/zhuanxing-dianfan/');
          await expect.poll(() => page.evaluate(() => document.activeElement?.id), slow).toBe('search-dialog-q');
          await page.keyboard.type(QUERY);
          await dialog.locator(AMBER_SHOPS).first().waitFor({ state: 'visible', timeout: 15_000 });
          await expect.poll(() => dialog.locator('[role="status"]').textContent(), slow).toBeTruthy();
          if (name === 'phone') {
            // The dialog fits the phone's width: nothing to scroll sideways.
            const box = await dialog.boundingBox();
            expect(box && box.x >= 0 && box.x + box.width <= viewports.phone.width, `dialog box ${JSON.stringify(box)}`).toBe(true);
          }
          await expectNoViolations(page, `the search dialog open with results for “${QUERY}” at ${name}`);
          // Results are links a finger or a click can follow.
          const hit = dialog.locator(AMBER_SHOPS).first();
          if (name === 'phone') await hit.tap();
          else await hit.click();
          await page.waitForURL('**/merchants/*/');
          expect(new URL(page.url()).pathname).toMatch(/^\/merchants\/(shanghai-hupo-wu|wu-shanjing-hupo-dian)\/$/);
          expect(problems, problems.join('\n')).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it('shop filter open with one facet checked: filters the shops, no axe violations', async () => {
        const { page, problems } = await open(name);
        try {
          await page.goto('/merchants/');
          const summary = page.locator('main details summary').first();
          if (name === 'phone') await summary.tap();
          else await summary.click();
          const amber = page.getByRole('checkbox', { name: new RegExp(QUERY) }).first();
          // The island hydrates when the filter opens: the checkbox exists once it has.
          await amber.waitFor({ state: 'visible', timeout: 15_000 });
          if (name === 'phone') await amber.tap();
          else await amber.check();
          await expect.poll(() => amber.isChecked(), slow).toBe(true);
          await expect.poll(() => new URL(page.url()).searchParams.get('category'), slow).toBe(QUERY);
          await expect.poll(() => page.locator('#filter-results li.card').count(), slow).toBe(2);
          await expectNoViolations(page, `the shop filter open and “${QUERY}” checked at ${name}`);
          expect(problems, problems.join('\n')).toEqual([]);
        } finally {
          await page.close();
        }
      });
    });
  }

  for (const [searchPage, first] of [
    ['/search/?q=琥珀', '/merchants/'],
    ['/en/search/?q=amber', '/en/merchants/'],
  ] as const) {
    it(`search page ${searchPage}: no axe violations, the result links named by their visible text (label in name)`, async () => {
      const { page, problems } = await open('desktop');
      try {
        await page.goto(searchPage);
        await page.locator(`[data-search-results] a[href^="${first}"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
        await expectNoViolations(page, `the results of ${searchPage}`);
        const mismatch = await axeViolations(page, { rules: ['label-content-name-mismatch'] });
        expect(mismatch, mismatch.join('\n')).toEqual([]);
        expect(problems, problems.join('\n')).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('no request left the local host', () => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});
