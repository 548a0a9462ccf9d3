/**
 * One page of each type of the real content (the first built page of the type, whatever entries
 * exist), served with the deploy headers and opened in Chromium at desktop size: its status, no
 * console error, failed request or policy violation and no request off the local host, no WCAG 2.1
 * A/AA violation (axe), and the page's scripts run too (the large-text button, a guide's checklist).
 * A type the content has no page of is said, not failed. The phone size of every page type is tested,
 * with axe, on the market-sample fixture (tests/market-sample/page-types.browser.test.ts): the same
 * templates, and the content changes nothing a phone loads that a desktop does not.
 * The harness: tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations, cspViolations, hasChromium, pageTypes, reportMissingBrowser, slow, startBrowserSite, type BrowserSite, type OpenedPage } from '../support/browser';
import { realSite } from '../support/sites';

reportMissingBrowser();

describe.skipIf(!hasChromium)('every page type of the real content in a real browser', () => {
  let site: BrowserSite;
  /** One page, visiting every page type in turn. */
  let tab: OpenedPage;
  beforeAll(async () => {
    site = await startBrowserSite(realSite);
    tab = await site.open('desktop');
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const type of pageTypes) {
    const { status = 200 } = type;
    it(`${type.name}: status ${status}, no errors and no axe violations`, async ({ expect, skip }) => {
      const route = site.routeOf(type);
      if (!route) return skip(`the content has no ${type.name} page`);
      const { page, problems, visit } = tab;
      const found: string[] = [];
      const response = await visit(route);
      if (response?.status() !== status) found.push(`status ${response?.status()}, not ${status}`);
      if ((await page.locator('main').count()) !== 1) found.push('not one <main>');
      found.push(...(await axeViolations(page)).map((violation) => `axe: ${violation}`));
      // The large-text button: its head script set the attribute on <html>, its own script toggles it.
      const toggle = page.locator('[data-text-size-toggle]:visible').first();
      const before = await toggle.getAttribute('aria-pressed', slow);
      await toggle.click();
      if ((await toggle.getAttribute('aria-pressed')) === before) found.push('the large-text button did not toggle');
      await toggle.click();
      if ((await page.locator('[data-checklist]').count()) > 0) {
        await page.locator('[data-checklist][data-enhanced]').first().waitFor(slow);
        await page.locator('[data-checklist] input[type="checkbox"]').first().check();
      }
      found.push(...(await cspViolations(page)).map((violation) => `policy: ${violation}`));
      // The missing page itself answers 404, as it should; Chromium logs that as a console error.
      found.push(...problems.filter((p) => !(status === 404 && p.includes(`${site.server.origin}${route}`))));
      expect(found.map((problem) => `${route}: ${problem}`).join('\n')).toBe('');
    });
  }

  it('no request left the local host', ({ expect }) => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});
