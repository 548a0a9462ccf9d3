/**
 * Reading comfort in a real browser: the header's large-text mode (大字模式: src/lib/text-size, the head
 * script in src/components/ReaderComfortHead.astro), the dark colour scheme (tokens in global.css),
 * and reduced motion, on the pages and components they matter most to. Every page type under these
 * settings: ./page-types.browser.test.ts. The harness (Chromium, skipping, the server): tests/support/browser.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, hasChromium, reportMissingBrowser, startBrowserSite, type BrowserSite, type ViewportName } from '../support/browser';
import { contrast } from '../support/reader-settings';
import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY } from '@/lib/text-size/settings';

reportMissingBrowser();

const TOGGLE = 'body > header [data-text-size-toggle]';

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

  /**
   * A context of its own (own storage, scripts, settings), closed at the end: for tests that leave the
   * large-text choice set or change the browser. The rest share one per size (site.open) and leave it as they found it.
   */
  async function context(viewport: ViewportName, options: BrowserContextOptions = {}) {
    const created = await site.newContext(viewport, options);
    contexts.push(created);
    return created;
  }
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
        const { page, problems } = await site.open(viewport);
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
      const { page } = await site.open('phone');
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
      const { page, problems } = await site.open('desktop');
      await page.emulateMedia({ colorScheme: 'dark' });
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
      const { page, problems } = await site.open('phone');
      await page.emulateMedia({ colorScheme: 'dark' });
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
        const { page } = await site.open('desktop');
        await page.emulateMedia({ colorScheme });
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
      const { page } = await site.open('desktop');
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

  describe('reduced motion', () => {
    it('nothing moves when the reader asks for reduced motion', async () => {
      const { page, problems, visit } = await site.open('phone', await context('phone', { reducedMotion: 'reduce' }));
      for (const path of ['/', '/learn/wangdian-kaidian/', '/merchants/']) {
        await visit(path);
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
      }
      await page.close();
    });
  });

  it('no request left the local host', () => {
    expect(site.offsite, site.offsite.join('\n')).toEqual([]);
  });
});

