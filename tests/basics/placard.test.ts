/**
 * The printable window card, built from the basics fixture: its QR code opens the shop page on
 * the configured site, it prints on A6 with nothing but the card, and the shop page links to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, TEST_ORIGIN, type BuildResult } from '../support/build';
import { pageCss, printBlocks } from '../support/css';
import { SITE_WIDE_SCRIPTS } from '../support/scripts';
import { basics } from '../support/sites';

// Test builds are configured with TEST_ORIGIN as the site's address.
const site = TEST_ORIGIN;
const shopUrl = new URL('/merchants/test-shop/', site).href;

let result: BuildResult;
let $: CheerioAPI;
const page = (route: string) => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));

const css = ($page: CheerioAPI) => pageCss($page, result.outDir);

beforeAll(() => {
  result = builtSite(basics);
  $ = page('merchants/test-shop/placard');
});

describe('the placard page', () => {
  it('exists for the fixture shop', () => {
    expect(existsSync(path.join(result.outDir, 'merchants/test-shop/placard/index.html'))).toBe(true);
  });

  it('has an inline SVG QR code, labelled, that decodes to the shop page on the configured site', async () => {
    const svg = $('main svg[role="img"]');
    expect(svg).toHaveLength(1);
    expect(svg.attr('aria-label')).toBe(`二维码：${shopUrl}`);
    const markup = $.html(svg);
    const { data, info } = await sharp(Buffer.from(markup)).resize(400).png().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    expect(code?.data).toBe(shopUrl);
    expect(shopUrl).toMatch(/\/merchants\/test-shop\/$/);
  });

  it('shows the shop name as the one h1, its English name, its honours and the bilingual scan line', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).toBe('测试商店');
    expect($('main [lang="en"]').first().text().trim()).toBe('Test Shop');
    expect($('main .honour').text()).toContain('和谐商户');
    // The fixture shop records no pledge, so the card promises its page, not a pledge.
    expect($('main span[lang="zh-CN"]').text()).toBe('扫码查看本店介绍');
    expect($('main span[lang="en"]').text()).toBe('Scan to see this shop’s page');
    expect($('main .placard-site').text().trim()).toBe('测试站点');
  });

  it('has a title and description from the dictionary, and is left out of the search index', () => {
    expect($('title').text()).toMatch(/^测试商店店铺二维码牌/);
    expect($('meta[name="description"]').attr('content')).toContain('测试商店');
    expect($('[data-pagefind-body]')).toHaveLength(0);
  });

  it('links back to the shop page and has a print button with a no-script hint', () => {
    expect($('main a[href="/merchants/test-shop/"]').length).toBeGreaterThan(0);
    expect($('button#print-placard').text().trim()).toBe('打印');
    expect($('noscript').text()).toContain('用浏览器的打印功能打印本页');
    const script = $('script').not(SITE_WIDE_SCRIPTS);
    expect(script).toHaveLength(1);
    expect(script.attr('src')).toBeUndefined();
    expect(script.text()).toContain('window.print()');
  });

  it('prints on A6 with only the card: header, footer, skip link and tools hidden, the QR code 40 mm wide', () => {
    const text = css($);
    // A6 as its size in millimetres: Chromium ignores the keyword `size: A6` and prints on Letter.
    expect(text).toMatch(/@page\s*\{[^}]*size:\s*105mm 148mm/);
    const print = printBlocks(text).join('\n');
    for (const hidden of ['header', 'footer', '.skip-link', '.placard-tools']) expect(print, hidden).toContain(hidden);
    expect(print).toMatch(/display:\s*none/);
    expect(text).toMatch(/\.placard-qr svg\s*\{[^}]*width:\s*40mm/);
  });
});

describe('the shop page', () => {
  it('links to its placard', () => {
    const shop = page('merchants/test-shop');
    const link = shop('main a[href="/merchants/test-shop/placard/"]');
    expect(link).toHaveLength(1);
    expect(link.text().trim()).toBe('打印店铺二维码牌');
  });

  it('does not get the A6 page size of the placard', () => {
    expect(css(page('merchants/test-shop'))).not.toMatch(/@page/);
  });
});

describe('placards and English pages', () => {
  it('exist in Chinese only: no English placard, no hreflang twin, and the English shop page does not link one', () => {
    expect(existsSync(path.join(result.outDir, 'en/merchants/test-shop/placard/index.html'))).toBe(false);
    expect($('link[rel="alternate"][hreflang]')).toHaveLength(0);
    const english = page('en/merchants/test-shop');
    expect(english('a[href*="placard"]')).toHaveLength(0);
    expect(english('main').text()).not.toContain('Print the window card');
  });

  it('encode the Chinese shop page, which offers its English twin near the top', () => {
    const shop = page('merchants/test-shop');
    const english = shop('main header a[href="/en/merchants/test-shop/"][hreflang="en"]');
    expect(english).toHaveLength(1);
    expect(english.find('[lang="en"]').text()).toBe('English version');
  });
});
