/**
 * Every page type of the market-sample fixture as readers set their browsers: dark colour scheme,
 * WCAG 1.4.12 text spacing, the header's large-text mode and 200% zoom. Nothing is cut off or scrolls
 * sideways, and axe finds nothing in the dark. The settings themselves (the large-text button, the
 * dark tokens): ./reader-comfort.browser.test.ts. The harness: tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations, hasChromium, pageTypes, reportMissingBrowser, startBrowserSite, viewports, type BrowserSite, type OpenedPage } from '../support/browser';
import { contrast, layoutProblems, TEXT_SPACING, ZOOM_200 } from '../support/reader-settings';
import { TEXT_SIZE_ATTRIBUTE } from '@/lib/text-size/settings';

reportMissingBrowser();

describe.skipIf(!hasChromium)('every page type as readers set their browsers: nothing cut off or scrolling sideways, no axe violations in the dark', () => {
  let site: BrowserSite;
  /**
   * The page every page type is visited in, one after another (much faster than a page each:
   * tests/support/browser.ts, OpenedPage.visit): dark scheme, at phone size to begin with. A reader's
   * own stylesheet (an extension, a user style) is not subject to the page's CSP; the test's is, unless bypassed.
   */
  let darkTab: OpenedPage;
  beforeAll(async () => {
    site = await startBrowserSite();
    darkTab = await site.open('phone', await site.newContext('phone', { colorScheme: 'dark', bypassCSP: true }));
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * Each page type is opened once, at phone size in the dark scheme with WCAG 1.4.12 text spacing
   * (the harsher case: what it breaks, it breaks with large text or zoom too), and checked three ways:
   * 1. as opened: the scheme really is dark, axe finds nothing (at the usual text size, so running
   *    text is judged by the stricter normal-text contrast), and the layout holds;
   * 2. with large text on (the attribute the head script sets before the first paint): the layout holds;
   * 3. then at 200% zoom (1280 × 900 seen as 640 × 450 CSS px, the narrowest two-column layout): the layout holds.
   * Changing the text size and the viewport in place gives the same layout as loading the page so
   * (CSS only); ./reader-comfort.browser.test.ts checks that the setting is applied before the first paint.
   */
  for (const type of pageTypes) {
    it(type.name, async ({ expect }) => {
      const { status = 200 } = type;
      const path = site.routeOf(type)!;
      const { page, visit } = darkTab;
      await page.setViewportSize(viewports.phone);
      const response = await visit(path);
      expect(response?.status()).toBe(status);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing), 'the text-spacing stylesheet applies').not.toBe('normal');
      // Light text on a dark page.
      const [text, background] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      expect(contrast(background!, 'rgb(0, 0, 0)')).toBeLessThan(2);
      expect(contrast(text!, background!)).toBeGreaterThanOrEqual(7);
      const found = (await axeViolations(page)).map((violation) => `dark scheme, axe: ${violation}`);
      found.push(...(await layoutProblems(page)).map((problem) => `phone: ${problem}`));
      await page.evaluate(([attribute]) => document.documentElement.setAttribute(attribute!, 'large'), [TEXT_SIZE_ATTRIBUTE]);
      found.push(...(await layoutProblems(page)).map((problem) => `phone, large text: ${problem}`));
      await page.setViewportSize(ZOOM_200);
      found.push(...(await layoutProblems(page)).map((problem) => `200% zoom, large text: ${problem}`));
      expect(found.join('\n')).toBe('');
    });
  }

  it('no request left the local host', ({ expect }) => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});
