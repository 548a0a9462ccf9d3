/**
 * The footer and the two statements: filing numbers, the 党政机关网站标识 and 网站标识码, the account's QR
 * code and a contact line appear only when site data has them (the basics fixture sets all three; the market-sample fixture, like the
 * real site, sets none) and link to the official lookup pages; the privacy and accessibility pages
 * exist in both languages. Mistyped or missing ones are content errors (tests/content-errors/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { fileOf } from '../support/dist';
import { basics, marketSample } from '../support/sites';

const ICP = '沪ICP备12345678号-1';
const POLICE = '沪公网安备31010102001234号';

const html = (outDir: string, route: string) => load(readFileSync(fileOf(outDir, route), 'utf8'));

describe('footer and statements with nothing configured (the market-sample fixture)', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = builtSite(marketSample);
  });
  it('shows no filing number, no QR code and no contact line: nothing invented', () => {
    for (const route of ['/', '/en/', '/privacy/', '/en/accessibility/']) {
      const $ = html(result.outDir, route);
      const footer = $('footer');
      expect(footer.find('[data-registration]'), route).toHaveLength(0);
      expect(footer.find('a[href*="beian"]'), route).toHaveLength(0);
      expect(footer.text(), route).not.toMatch(/ICP|公网安备/);
      expect(footer.find('[data-wechat-qr], img'), route).toHaveLength(0);
      expect(footer.find('[data-contact]'), route).toHaveLength(0);
      expect(footer.find('[data-party-gov-mark], [data-site-code]'), route).toHaveLength(0);
      expect(footer.text(), route).not.toContain('网站标识码');
      expect(footer.text(), route).toContain('城南美豫');
    }
  });
  it('says on both statements that no contact line is published yet, and points to the account', () => {
    for (const route of ['/privacy/', '/accessibility/', '/en/privacy/', '/en/accessibility/']) {
      expect(html(result.outDir, route)('main [data-site-contact] [data-no-contact]').text(), route).toContain('城南美豫');
    }
  });
});

describe('footer and statements with filing numbers, the account QR code and a contact line (the basics fixture)', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = builtSite(basics);
  });
  it('links every page to the statements in its own language', () => {
    const zh = html(result.outDir, '/merchants/test-shop/')('footer nav a').map((_, a) => a.attribs.href).get();
    expect(zh).toEqual(['/privacy/', '/accessibility/']);
    const en = html(result.outDir, '/en/merchants/test-shop/')('footer nav a').map((_, a) => a.attribs.href).get();
    expect(en).toEqual(['/en/privacy/', '/en/accessibility/']);
    const $ = html(result.outDir, '/privacy/');
    expect($('footer nav a[aria-current="page"]').attr('href')).toBe('/privacy/');
  });
  it('has the privacy and accessibility pages in Chinese and English, paired, with who runs the site', () => {
    for (const [route, title, twin] of [
      ['/privacy/', '个人信息保护声明', '/en/privacy/'],
      ['/accessibility/', '无障碍声明', '/en/accessibility/'],
      ['/en/privacy/', 'Test privacy page', '/privacy/'],
      ['/en/accessibility/', 'Test accessibility page', '/accessibility/'],
    ] as const) {
      const $ = html(result.outDir, route);
      expect($('h1').text(), route).toBe(title);
      expect($('html').attr('lang'), route).toBe(route.startsWith('/en/') ? 'en' : 'zh-CN');
      expect($(`link[rel="alternate"][hreflang]`).map((_, link) => new URL(link.attribs.href!).pathname).get(), route).toContain(twin);
      const contact = $('main [data-site-contact]');
      expect(contact.text(), route).toContain(route.startsWith('/en/') ? 'Test host' : '测试主办单位');
      expect($('main [data-body]').text(), route).toMatch(/测试正文|Test text/);
    }
  });

  it('links the ICP number to the MIIT lookup page', () => {
    const $ = html(result.outDir, '/');
    const icp = $('footer a[data-icp]');
    expect(icp.text()).toBe(ICP);
    expect(icp.attr('href')).toBe('https://beian.miit.gov.cn/');
  });
  it('links the public-security number to its query page, with the filing badge as a local image with alt text', () => {
    for (const [route, alt] of [['/', '公安备案'], ['/en/', 'Public-security filing']] as const) {
      const $ = html(result.outDir, route);
      const police = $('footer a[data-police]');
      expect(police.text().trim(), route).toBe(POLICE);
      expect(police.attr('href'), route).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=31010102001234');
      const badge = police.find('img');
      expect(badge.attr('alt'), route).toBe(alt);
      expect(badge.attr('src'), route).toMatch(/^\/(?!\/)/);
      expect(existsSync(fileOf(result.outDir, badge.attr('src')!)), route).toBe(true);
      expect(badge.attr('width')).toBe('20');
      expect(badge.attr('height')).toBe('20');
    }
    // Chinese numbers on an English page keep their language.
    expect(html(result.outDir, '/en/')('footer a[data-police] span').attr('lang')).toBe('zh-CN');
  });
  it('shows the committed QR image with alt text and size, served from this site', () => {
    const $ = html(result.outDir, '/');
    const qr = $('footer [data-wechat-qr] img');
    expect(qr).toHaveLength(1);
    expect(qr.attr('alt')).toContain('测试号');
    expect(qr.attr('alt')).toContain('二维码');
    expect(Number(qr.attr('width'))).toBeGreaterThan(0);
    expect(Number(qr.attr('height'))).toBeGreaterThan(0);
    expect(qr.attr('src')).toMatch(/^\/_astro\//);
    expect(existsSync(fileOf(result.outDir, qr.attr('src')!))).toBe(true);
    expect(html(result.outDir, '/en/')('footer [data-wechat-qr] img').attr('alt')).toBe('QR code of the 测试号 WeChat account');
  });
  it('shows the contact line in the footer and on both statements, instead of the "no contact yet" note', () => {
    expect(html(result.outDir, '/')('footer [data-contact]').text()).toContain('办公电话：测试号码');
    for (const route of ['/privacy/', '/en/accessibility/']) {
      const $ = html(result.outDir, route);
      expect($('main [data-site-contact] [data-contact]').text(), route).toBe('办公电话：测试号码');
      expect($('main [data-no-contact]'), route).toHaveLength(0);
    }
  });
  it('shows the 党政机关网站标识 as the office’s own image, linking to its verification page, and the 网站标识码', () => {
    for (const [route, alt, label] of [['/', '党政机关网站标识（点击核验）', '网站标识码'], ['/en/', 'Party and government website badge (select to verify)', 'Site identification code']] as const) {
      const $ = html(result.outDir, route);
      const mark = $('footer a[data-party-gov-mark]');
      expect(mark.attr('href'), route).toBe('https://bszs.conac.cn/sitename?method=show&id=00000000000000000000000000000000');
      const image = mark.find('img');
      expect(image.attr('alt'), route).toBe(alt);
      expect(image.attr('src'), route).toMatch(/^\/_astro\//);
      expect(existsSync(fileOf(result.outDir, image.attr('src')!)), route).toBe(true);
      expect($('footer [data-site-code]').text(), route).toContain(`${label}`);
      expect($('footer [data-site-code]').text(), route).toContain('9999990001');
    }
  });
});
