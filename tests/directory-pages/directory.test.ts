/**
 * The shop directory at more than one page: every shop reachable without JavaScript, facet counts
 * on the page, the filter island small and loaded only on demand, shop pages carrying the filters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBuild, type BuildResult } from '../support/build';
import { directoryPages } from '../support/sites';
import { SEARCH_BOOTSTRAP } from '../support/scripts';

let result: BuildResult;
beforeAll(() => {
  result = siteBuild(directoryPages);
});
const page = (route: string) => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));

describe('the shop directory', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('lists 24 shops a page and reaches every shop through its pages', () => {
    const first = page('merchants');
    const second = page('merchants/page/2');
    const links = (p: ReturnType<typeof page>) => p('#directory-list h2 a').map((_, a) => p(a).attr('href')).get();
    expect(links(first)).toHaveLength(24);
    expect(links(second)).toHaveLength(6);
    expect(new Set([...links(first), ...links(second)]).size).toBe(30);
    expect(first('nav[aria-label="分页"] a[aria-current="page"]').text().trim()).toBe('1');
    expect(first('nav[aria-label="分页"] a[rel="next"]').attr('href')).toBe('/merchants/page/2/');
    expect(second('nav[aria-label="分页"] a[rel="prev"]').attr('href')).toBe('/merchants/');
  });

  it('shows the facet values with their counts in the page itself', () => {
    const text = page('merchants')('details').text().replace(/\s+/g, '');
    expect(text).toContain('琥珀(10)');
    expect(text).toContain('文明诚信经营户(14)');
    expect(text).toContain('测试党支部(30)');
  });

  it('loads no script file until the filter is opened, and the island itself is small', () => {
    const $ = page('merchants');
    // Only the header's search bootstrap (tests/market-sample/site.test.ts), which loads nothing until search is opened.
    expect($('script[src]').not(SEARCH_BOOTSTRAP)).toHaveLength(0);
    expect($(SEARCH_BOOTSTRAP)).toHaveLength(1);
    expect($('link[rel="modulepreload"]')).toHaveLength(0);
    const island = $('astro-island[client="open"]');
    expect(island).toHaveLength(1);
    const chunk = readFileSync(path.join(result.outDir, island.attr('component-url')!));
    expect(gzipSync(chunk).length).toBeLessThan(30 * 1024);
  });

  it('marks each shop page with the filters and data the island shows', () => {
    const $ = page('merchants/test-shop');
    const filters = $('[data-pagefind-filter]').map((_, e) => $(e).attr('data-pagefind-filter')).get();
    expect(filters).toEqual(expect.arrayContaining(['类型:商户', '类别:测试类', '市场:测试商厦', '荣誉:和谐商户', '党组织:测试党支部']));
    const meta = $('[data-pagefind-meta]').map((_, e) => $(e).attr('data-pagefind-meta')).get();
    expect(meta).toEqual(expect.arrayContaining(['nameEn:Test Shop', 'category:测试类', 'honours:和谐商户']));
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toMatch(/^rank:\d+$/);
  });
});

describe('the English shop directory', () => {
  it('has the same pages under /en/, linking English shop pages and English page URLs', () => {
    const first = page('en/merchants');
    const second = page('en/merchants/page/2');
    const links = (p: ReturnType<typeof page>) => p('#directory-list h2 a').map((_, a) => p(a).attr('href')).get();
    expect(links(first)).toHaveLength(24);
    expect(links(second)).toHaveLength(6);
    expect([...links(first), ...links(second)].every((href) => href.startsWith('/en/merchants/'))).toBe(true);
    expect(first('nav[aria-label="Pages"] a[rel="next"]').attr('href')).toBe('/en/merchants/page/2/');
    expect(second('nav[aria-label="Pages"] a[rel="prev"]').attr('href')).toBe('/en/merchants/');
    expect(second('title').text()).toMatch(/^Model shops · Page 2/);
  });

  it('gives the island English labels and the English names of the Chinese facet values', () => {
    const $ = page('en/merchants');
    const island = $('astro-island[client="open"]');
    expect(island).toHaveLength(1);
    const props = island.attr('props')!;
    expect(props).toContain('Clear filters');
    expect(props).toContain('"en"');
    expect(props).toContain('Civilised and honest trader');
    const text = $('details').text().replace(/\s+/g, '');
    expect(text).toContain('Civilisedandhonesttrader(14)');
    expect(text).toContain('Category');
  });

  it('marks each English shop page with the same filters as the Chinese page, and English metadata', () => {
    const $ = page('en/merchants/test-shop');
    const filters = $('[data-pagefind-filter]').map((_, e) => $(e).attr('data-pagefind-filter')).get();
    expect(filters).toEqual(expect.arrayContaining(['类型:商户', '类别:测试类', '市场:测试商厦', '荣誉:和谐商户', '党组织:测试党支部']));
    const meta = $('[data-pagefind-meta]').map((_, e) => $(e).attr('data-pagefind-meta')).get();
    expect(meta).toEqual(expect.arrayContaining(['nameZh:测试商店', 'category:测试类', 'honours:Harmonious merchant']));
    expect(meta.some((m) => m.startsWith('nameEn:'))).toBe(false);
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe(page('merchants/test-shop')('[data-pagefind-sort]').attr('data-pagefind-sort'));
  });
});
