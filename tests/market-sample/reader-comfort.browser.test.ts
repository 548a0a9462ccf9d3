/**
 * Reading comfort in a real browser: the header's large-text mode (大字模式: src/lib/text-size, the head
 * script in src/components/ReaderComfortHead.astro), the dark colour scheme (tokens in global.css),
 * 200% zoom, WCAG 1.4.12 text spacing and reduced motion; every page type in each.
 * The harness (Chromium, skipping, the server): tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, hasChromium, pageTypes, reportMissingBrowser, startBrowserSite, viewports, type BrowserSite, type OpenedPage, type ViewportName } from '../support/browser';
import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY } from '../../src/lib/text-size/settings';

reportMissingBrowser();

const TOGGLE = 'body > header [data-text-size-toggle]';
/** 1280 × 900 at 200% browser zoom: the page sees a 640 × 450 CSS-pixel viewport. */
const ZOOM_200 = { width: 640, height: 450 };
/** WCAG 1.4.12: what a reader's own stylesheet may set; nothing may be cut off or overlap. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** WCAG relative-luminance contrast of two CSS rgb()/rgba() colours (alpha ignored: callers pass opaque ones). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focused element's outline colour and the first opaque background behind it. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    let node: Element | null = el.parentElement;
    let background = 'rgb(255, 255, 255)';
    for (; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) {
        background = bg;
        break;
      }
    }
    return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), outlineStyle: style.outlineStyle, background };
  });
}

/** Horizontal scrolling of the page, and elements that cut their own text off (overflow hidden or clip). */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} CSS px`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''}`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // Visually hidden text (1 px boxes) and closed dialogs are meant to be out of sight.
      if (rect.width <= 1 || rect.height <= 1 || style.display === 'none' || el.closest('dialog:not([open])')) continue;
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if (cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} cuts off its content below (${el.scrollHeight} > ${el.clientHeight})`);
      if (cuts(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} cuts off its content at the side (${el.scrollWidth} > ${el.clientWidth})`);
      // Content that runs off the right of the viewport (clipped by the page's own overflow).
      if (rect.right > root.clientWidth + 1 && style.position !== 'fixed') problems.push(`${name(el)} runs off the right edge (${Math.round(rect.right)} > ${root.clientWidth})`);
    }
    return problems;
  });
}

describe.skipIf(!hasChromium)('reading comfort in a real browser', () => {
  let site: BrowserSite;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    site = await startBrowserSite();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await site?.close();
  });

  /** A context of its own (own storage), closed at the end. */
  async function context(viewport: ViewportName, options: BrowserContextOptions = {}) {
    const created = await site.newContext(viewport, options);
    contexts.push(created);
    return created;
  }
  /**
   * The page every page type is visited in, one after another (much faster than a page each:
   * tests/support/browser.ts, OpenedPage.visit): dark scheme, at phone size to begin with. A reader's
   * own stylesheet (an extension, a user style) is not subject to the page's CSP; the test's is, unless bypassed.
   */
  let darkTab: Promise<OpenedPage> | undefined;
  const darkPage = () => (darkTab ??= context('phone', { colorScheme: 'dark', bypassCSP: true }).then((created) => site.open('phone', created)));
  /** The font size of the page's running text: the home page's introduction, a shop's or guide's body. */
  const bodyTextSize = (page: Page) =>
    page.evaluate(() => {
      const paragraph = document.querySelector('main [data-intro] p, main [data-body] p, main .prose p');
      if (!paragraph) throw new Error(`no running text on ${location.pathname}`);
      return parseFloat(getComputedStyle(paragraph).fontSize);
    });
  const state = (page: Page) =>
    page.evaluate(
      ([attribute, selector]) => ({
        size: document.documentElement.getAttribute(attribute!),
        pressed: document.querySelector(selector!)?.getAttribute('aria-pressed'),
      }),
      [TEXT_SIZE_ATTRIBUTE, TOGGLE],
    );

  describe('large-text mode', () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      it(`${viewport}: a labelled toggle button of at least 44 px; pressing it makes body text ≥ 125% and targets larger`, async () => {
        const { page, problems } = await site.open(viewport, await context(viewport));
        await page.goto('/');
        const toggle = page.locator(TOGGLE);
        expect(await toggle.evaluate((b) => [b.tagName, b.getAttribute('type')])).toEqual(['BUTTON', 'button']);
        expect(await page.getByRole('button', { name: '大字模式', pressed: false }).count()).toBe(1);
        const box = (await toggle.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
        const before = await bodyTextSize(page);
        expect(before).toBeGreaterThanOrEqual(18);
        // Chinese prose: line height at least 1.6 times the text.
        const lineHeight = await page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('main [data-intro] p')!);
          return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
        });
        expect(lineHeight).toBeGreaterThanOrEqual(1.6);
        const tapBefore = await page.locator('body > header a.tap').first().evaluate((a) => a.getBoundingClientRect().height);
        await toggle.click();
        expect(await state(page)).toEqual({ size: 'large', pressed: 'true' });
        expect(await page.getByRole('button', { name: '大字模式', pressed: true }).count()).toBe(1);
        expect((await bodyTextSize(page)) / before).toBeGreaterThanOrEqual(1.25);
        const tapAfter = await page.locator('body > header a.tap').first().evaluate((a) => a.getBoundingClientRect().height);
        expect(tapAfter).toBeGreaterThan(tapBefore);
        expect(await page.evaluate((key) => localStorage.getItem(key), TEXT_SIZE_STORAGE_KEY)).toBe('large');
        await toggle.click();
        expect(await state(page)).toEqual({ size: 'normal', pressed: 'false' });
        expect(await bodyTextSize(page)).toBe(before);
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('is named in English on English pages', async () => {
      const { page } = await site.open('phone', await context('phone'));
      await page.goto('/en/');
      expect(await page.getByRole('button', { name: 'Larger text', pressed: false }).count()).toBe(1);
      await page.close();
    });

    it('the choice holds on the next page and in a new tab, applied before the body is parsed (no flash)', async () => {
      const ctx = await context('phone');
      // Records, in the order they happened, when <html> gets the attribute and when <body> is inserted.
      await ctx.addInitScript((attribute) => {
        const order: string[] = [];
        (window as unknown as { paintOrder: string[] }).paintOrder = order;
        new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === 'attributes' && record.target === document.documentElement && record.attributeName === attribute) order.push('attribute');
            for (const node of record.addedNodes) if (node.nodeName === 'BODY' || node.nodeName === 'LINK') order.push(node.nodeName.toLowerCase());
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [attribute] });
      }, TEXT_SIZE_ATTRIBUTE);
      const { page, problems } = await site.open('phone', ctx);
      await page.goto('/merchants/cuige-zhubao/');
      const normal = await bodyTextSize(page);
      await page.locator(TOGGLE).click();
      await page.goto('/stories/');
      await page.goto('/merchants/cuige-zhubao/');
      const order = await page.evaluate(() => (window as unknown as { paintOrder: string[] }).paintOrder);
      expect(order.indexOf('attribute'), `order of events: ${order.join(', ')}`).toBeGreaterThanOrEqual(0);
      expect(order.indexOf('attribute'), `order of events: ${order.join(', ')}`).toBeLessThan(order.indexOf('body'));
      // Before the stylesheet too: the first styled frame is already large.
      expect(order.indexOf('attribute')).toBeLessThan(order.indexOf('link'));
      expect(await state(page)).toEqual({ size: 'large', pressed: 'true' });
      expect((await bodyTextSize(page)) / normal).toBeGreaterThanOrEqual(1.25);
      const { page: tab } = await site.open('phone', ctx);
      await tab.goto('/en/visit/');
      expect(await state(tab)).toEqual({ size: 'large', pressed: 'true' });
      // Back to the usual size, and that holds too.
      await tab.locator(TOGGLE).click();
      await page.goto('/about/');
      expect(await state(page)).toEqual({ size: 'normal', pressed: 'false' });
      // Leaving a page at once cancels its favicon request: not a problem of the page.
      const real = problems.filter((p) => !/favicon\.svg net::ERR_ABORTED/.test(p));
      expect(real, real.join('\n')).toEqual([]);
      await page.close();
      await tab.close();
    });

    it('works from the keyboard: Tab reaches it with a visible focus, Enter and Space toggle it', async () => {
      const { page, problems } = await site.open('desktop', await context('desktop'));
      await page.goto('/activities/');
      let reached = false;
      for (let i = 0; i < 6 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate((selector) => document.activeElement === document.querySelector(selector), TOGGLE);
      }
      expect(reached, 'Tab reaches the button within the first few stops').toBe(true);
      const ring = await focusRing(page);
      expect(ring.outlineStyle).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Enter');
      expect(await state(page)).toEqual({ size: 'large', pressed: 'true' });
      await page.keyboard.press('Space');
      expect(await state(page)).toEqual({ size: 'normal', pressed: 'false' });
      await page.keyboard.press(' ');
      expect(await state(page)).toEqual({ size: 'large', pressed: 'true' });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('a browser whose storage throws (private modes) shows the page without errors, and the button still works for the page', async () => {
      const ctx = await context('phone');
      await ctx.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const { page, problems } = await site.open('phone', ctx);
      await page.goto('/learn/wangdian-kaidian/');
      expect(await state(page)).toEqual({ size: 'normal', pressed: 'false' });
      await page.locator(TOGGLE).click();
      expect(await state(page)).toEqual({ size: 'large', pressed: 'true' });
      await page.goto('/');
      expect(await state(page)).toEqual({ size: 'normal', pressed: 'false' });
      expect(problems).toEqual([]);
      await page.close();
    });

    it('without JavaScript the button is not shown (it could do nothing) and the page is at the usual size', async () => {
      const { page, problems } = await site.open('phone', await context('phone', { javaScriptEnabled: false }));
      await page.goto('/');
      expect(await page.locator(TOGGLE).count()).toBe(1);
      expect(await page.locator(TOGGLE).isVisible()).toBe(false);
      expect(await bodyTextSize(page)).toBe(18);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('dark colour scheme', () => {
    it('the open search dialog with results has no axe violations (highlighted words included)', async () => {
      const { page, problems } = await site.open('desktop', await context('desktop', { colorScheme: 'dark' }));
      await page.goto('/');
      await page.keyboard.press('/');
      await page.keyboard.type('琥珀');
      await page.locator('dialog[data-search-dialog] mark').first().waitFor({ state: 'visible', timeout: 15_000 });
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('the shop filter, opened and in use, is dark and has no axe violations', async () => {
      const { page, problems } = await site.open('phone', await context('phone', { colorScheme: 'dark' }));
      await page.goto('/merchants/');
      await page.locator('details summary').first().click();
      await page.getByRole('checkbox', { name: /琥珀/ }).first().check();
      await expect.poll(() => page.locator('#filter-results li.card').count(), { timeout: 15_000 }).toBe(2);
      // The result cards are dark surfaces too (no white card left from the light scheme).
      const card = await page.locator('#filter-results li.card').first().evaluate((li) => getComputedStyle(li).backgroundColor);
      expect(contrast(card, 'rgb(0, 0, 0)')).toBeLessThan(2);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${colorScheme}: the focus ring has at least 3:1 against what is behind it`, async () => {
        const { page } = await site.open('desktop', await context('desktop', { colorScheme }));
        await page.goto('/merchants/');
        const checked: string[] = [];
        for (let i = 0; i < 14; i += 1) {
          await page.keyboard.press('Tab');
          const ring = await focusRing(page);
          const label = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim().slice(0, 20));
          expect(ring.outlineStyle, label).not.toBe('none');
          expect(contrast(ring.outline, ring.background), `${label}: ${ring.outline} on ${ring.background}`).toBeGreaterThanOrEqual(3);
          checked.push(label);
        }
        expect(checked.length).toBe(14);
        await page.close();
      });
    }

    it('printing keeps dark text on white paper whatever the system scheme (guide and placard)', async () => {
      const { page } = await site.open('desktop', await context('desktop', { colorScheme: 'dark' }));
      for (const [path, card] of [
        ['/merchants/cuige-zhubao/placard/', 'article.placard'],
        ['/learn/wangdian-kaidian/', 'main'],
      ] as const) {
        await page.goto(path);
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        const [text, background] = await page.evaluate((selector) => {
          const el = document.querySelector(selector)!;
          let bg = 'rgb(255, 255, 255)';
          for (let node: Element | null = el; node; node = node.parentElement) {
            const color = getComputedStyle(node).backgroundColor;
            if (!color.startsWith('rgba(0, 0, 0, 0)') && color !== 'transparent') {
              bg = color;
              break;
            }
          }
          return [getComputedStyle(el.querySelector('h1')!).color, bg];
        }, card);
        expect(contrast(background!, 'rgb(255, 255, 255)'), `${path}: paper ${background}`).toBeLessThan(1.1);
        expect(contrast(text!, 'rgb(255, 255, 255)'), `${path}: text ${text}`).toBeGreaterThanOrEqual(12);
        await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
      }
      await page.close();
    });
  });

  describe('every page type as readers set their browsers: nothing cut off or scrolling sideways, no axe violations in the dark', () => {
    /**
     * Each page type is opened once, at phone size in the dark scheme with WCAG 1.4.12 text spacing
     * (the harsher case: what it breaks, it breaks with large text or zoom too), and checked three ways:
     * 1. as opened: the scheme really is dark, axe finds nothing (at the usual text size, so running
     *    text is judged by the stricter normal-text contrast), and the layout holds;
     * 2. with large text on (the attribute the head script sets before the first paint): the layout holds;
     * 3. then at 200% zoom (1280 × 900 seen as 640 × 450 CSS px, the narrowest two-column layout): the layout holds.
     * Changing the text size and the viewport in place gives the same layout as loading the page so
     * (CSS only); the large-text tests above check that the setting is applied before the first paint.
     */
    for (const type of pageTypes) {
      it(type.name, async ({ expect }) => {
        const { status = 200 } = type;
        const path = site.routeOf(type)!;
        const { page, visit } = await darkPage();
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
  });

  describe('reduced motion', () => {
    it('nothing moves when the reader asks for reduced motion', async () => {
      const ctx = await context('phone', { reducedMotion: 'reduce' });
      for (const path of ['/', '/learn/wangdian-kaidian/', '/merchants/']) {
        const { page, problems } = await site.open('phone', ctx);
        await page.goto(path);
        await page.locator(TOGGLE).click();
        const moving = await page.evaluate(() => {
          const found: string[] = [];
          for (const el of document.querySelectorAll('*')) {
            for (const pseudo of [null, '::before', '::after']) {
              const style = getComputedStyle(el, pseudo);
              const seconds = `${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d) || 0);
              if (seconds.some((s) => s > 0.01)) found.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className)}${pseudo ?? ''}`);
            }
          }
          return found;
        });
        expect(moving, `${path}: ${moving.join(', ')}`).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }
    });
  });

  it('no request left the local host', () => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});

