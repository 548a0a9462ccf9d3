/**
 * English shop pages and the English directory, built from the basics fixture: its shop has an
 * English name but no English summary, so the English page shows the Chinese summary, marked.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

let result: BuildResult;
const page = (route: string): CheerioAPI => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));
const alternates = ($: CheerioAPI) =>
  Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href')!).pathname]]).get());

beforeAll(() => {
  result = builtSite(basics);
});

describe('the English shop page', () => {
  it('exists, in English, with the English name as its h1 and the Chinese name beside it', () => {
    expect(existsSync(path.join(result.outDir, 'en/merchants/test-shop/index.html'))).toBe(true);
    const $ = page('en/merchants/test-shop');
    expect($('html').attr('lang')).toBe('en');
    expect($('h1')).toHaveLength(1);
    expect($('h1').text().trim()).toBe('Test Shop');
    const chinese = $('main header [lang="zh-CN"]').filter((_, e) => $(e).text().trim() === '测试商店');
    expect(chinese).toHaveLength(1);
    // Inside the indexed body, so a search for the name on the sign finds the English page.
    expect(chinese.closest('[data-pagefind-body]')).toHaveLength(1);
    expect(chinese.closest('[data-pagefind-ignore]')).toHaveLength(0);
  });

  it('shows the Chinese summary marked as Chinese and not yet translated', () => {
    const $ = page('en/merchants/test-shop');
    const summary = $('main header [lang="zh-CN"]').filter((_, e) => $(e).text().trim() === '用于构建测试的商户。');
    expect(summary).toHaveLength(1);
    expect(summary.next('[data-not-translated]').text().trim()).toBe('Not yet translated');
    // The Markdown body is Chinese: marked so, with a note.
    expect($('main [data-body]').attr('lang')).toBe('zh-CN');
    expect($('main [data-body]').text()).toContain('测试正文。');
    expect($('main [data-body-note] [data-not-translated]').text().trim()).toBe('Not yet translated');
  });

  it('names honours, headings and the source in English, with the Chinese filter values kept', () => {
    const $ = page('en/merchants/test-shop');
    expect($('main .honour').text()).toContain('Harmonious merchant');
    expect($('main .honour').text()).not.toContain('和谐商户');
    expect($('main h2#directions').text()).toBe('How to get there');
    expect($('main').text()).toContain('Source:');
    const filters = $('[data-pagefind-filter]').map((_, e) => $(e).attr('data-pagefind-filter')).get();
    expect(filters).toEqual(expect.arrayContaining(['类型:商户', '类别:测试类', '市场:测试商厦', '荣誉:和谐商户', '党组织:测试党支部']));
    const meta = $('[data-pagefind-meta]').map((_, e) => $(e).attr('data-pagefind-meta')).get();
    expect(meta).toEqual(expect.arrayContaining(['title', 'nameZh:测试商店', 'honours:Harmonious merchant']));
  });

  it('links stories to their Chinese pages, marked Chinese, and activities to their English pages; no placard', () => {
    const $ = page('en/merchants/test-shop');
    const story = $('main a[href="/stories/test-story/"]');
    expect(story).toHaveLength(1);
    expect(story.attr('hreflang')).toBe('zh-CN');
    expect(story.find('[lang="zh-CN"]').text()).toBe('测试故事');
    expect($('main a[href="/en/activities/test-activity/"]')).toHaveLength(1);
    expect($('a[href*="/placard/"]')).toHaveLength(0);
  });

  it('is described as a Store under its English name, the Chinese one as alternateName', () => {
    const store = JSON.parse(page('en/merchants/test-shop')('head script[type="application/ld+json"]').html()!);
    expect(store['@type']).toBe('Store');
    expect(store.name).toBe('Test Shop');
    expect(store.alternateName).toBe('测试商店');
    expect(store.url).toMatch(/\/en\/merchants\/test-shop\/$/);
  });

  it('pairs with the Chinese page through hreflang both ways, x-default the Chinese', () => {
    const expected = { 'zh-CN': '/merchants/test-shop/', en: '/en/merchants/test-shop/', 'x-default': '/merchants/test-shop/' };
    expect(alternates(page('en/merchants/test-shop'))).toEqual(expected);
    expect(alternates(page('merchants/test-shop'))).toEqual(expected);
  });

  it('is reached from the Chinese page by the language switch and a visible link, and links back', () => {
    const zh = page('merchants/test-shop');
    const switches = zh('header a[hreflang="en"]');
    expect(switches.length).toBeGreaterThan(0);
    switches.each((_, a) => expect(zh(a).attr('href')).toBe('/en/merchants/test-shop/'));
    const visible = zh('main a[href="/en/merchants/test-shop/"][hreflang="en"]');
    expect(visible).toHaveLength(1);
    expect(visible.find('[lang="en"]').text()).toBe('English version');
    expect(visible.text()).toContain('英文版');

    const en = page('en/merchants/test-shop');
    const back = en('header a[hreflang="zh-CN"]');
    expect(back.length).toBeGreaterThan(0);
    back.each((_, a) => expect(en(a).attr('href')).toBe('/merchants/test-shop/'));
  });
});

describe('the English directory', () => {
  it('lists the shop under its English name, with the Chinese name and English honours', () => {
    const $ = page('en/merchants');
    expect($('html').attr('lang')).toBe('en');
    const card = $('#directory-list article').filter((_, e) => $(e).find('a[href="/en/merchants/test-shop/"]').length > 0);
    expect(card).toHaveLength(1);
    expect(card.find('h2').text().trim()).toBe('Test Shop');
    expect(card.find('[lang="zh-CN"]').first().text().trim()).toBe('测试商店');
    expect(card.find('.honour').text()).toContain('Harmonious merchant');
  });

  it('shows the facets in English, keeping the Chinese values where there is no English', () => {
    const $ = page('en/merchants');
    const text = $('details').text().replace(/\s+/g, ' ');
    expect(text).toContain('Harmonious merchant (1)');
    expect(text).toContain('Test Mall (2)');
    // The fixture's category has no English: shown in Chinese, marked so.
    expect($('details [lang="zh-CN"]').filter((_, e) => $(e).text() === '测试类')).toHaveLength(1);
  });
});

describe('the English search index', () => {
  it('holds the English shop page in an English index beside the Chinese one', () => {
    const entry = JSON.parse(readFileSync(path.join(result.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    expect(entry.languages.en.page_count).toBeGreaterThan(0);
  });
});
