/**
 * What the reading-comfort browser tests measure in a page: colour contrast, and layout that holds
 * (nothing cut off, nothing scrolling sideways) under a reader's own settings.
 */
import type { Page } from 'playwright-core';

/** 1280 × 900 at 200% browser zoom: the page sees a 640 × 450 CSS-pixel viewport. */
export const ZOOM_200 = { width: 640, height: 450 };
/** WCAG 1.4.12: what a reader's own stylesheet may set; nothing may be cut off or overlap. */
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** WCAG relative-luminance contrast of two CSS rgb()/rgba() colours (alpha ignored: callers pass opaque ones). */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Horizontal scrolling of the page, and elements that cut their own text off (overflow hidden or clip). */
export function layoutProblems(page: Page) {
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
