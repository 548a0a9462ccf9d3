/**
 * What goes into the search index of the real site, queried from Node through Pagefind's own
 * pagefind.js (tests/support/pagefind.ts): names found by pinyin, traditional characters read
 * through the built variants map, Chinese names found on English shop pages, the filters and sorts
 * of every page type, and only main content indexed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { openIndex, urlsOf, type SearchIndex } from '../../scripts/lib/pagefind-node';
import { prepareQuery, VARIANTS_PATH } from '@/lib/search/query';
import { t } from '@/i18n/ui';
import { marketSample } from '../support/sites';

let result: BuildResult;
let zh: SearchIndex;
let en: SearchIndex;
const amberShops = ['/merchants/shanghai-hupo-wu/', '/merchants/wu-shanjing-hupo-dian/'];
const html = (route: string) => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));

/** Every page of the index with its indexed text, metadata, filters and sorts. */
async function pagesOf(index: SearchIndex) {
  const { results } = await index(null);
  const all = await Promise.all(results.map((hit) => hit.data()));
  return new Map(all.map((page) => [page.url, page]));
}

beforeAll(async () => {
  result = builtSite(marketSample);
  zh = await openIndex(result.outDir, 'zh-cn');
  en = await openIndex(result.outDir, 'en');
});

describe('names by pinyin (Chinese index)', () => {
  it('finds both amber shops by "hupo", and the story titled with 琥珀 (titles are found by their pinyin too)', async () => {
    expect((await urlsOf(zh('hupo'))).sort()).toEqual([...amberShops, '/stories/yueyuan-hupo-dian/']);
  });

  it('finds 翠格珠宝 by "cuige", by its whole name and by the start of a word', async () => {
    for (const query of ['cuige', 'cuigezhubao', 'cuig']) expect(await urlsOf(zh(query)), query).toEqual(['/merchants/cuige-zhubao/']);
  });

  it('finds party organisations by the pinyin of their names', async () => {
    expect(await urlsOf(zh('shequdangwei'))).toEqual(['/branches/shequ-dangwei/']);
  });

  it('keeps the pinyin out of what a result shows', async () => {
    const [first] = (await zh('hupo')).results;
    const page = await first!.data();
    expect(page.excerpt).not.toMatch(/hupo/i);
    expect(page.content).not.toMatch(/hupo/i);
    // Hidden from every reader too.
    const hidden = html('merchants/shanghai-hupo-wu')('[data-pagefind-meta^="pinyin:"]');
    expect(hidden).toHaveLength(1);
    expect(hidden.attr('hidden')).toBeDefined();
    expect(hidden.attr('aria-hidden')).toBe('true');
    expect(hidden.text()).toBe('');
  });
});

describe('traditional characters', () => {
  const variants = () => JSON.parse(readFileSync(path.join(result.outDir, VARIANTS_PATH), 'utf8')) as Record<string, string>;

  it('are mapped to the simplified ones the site uses, in a small file', () => {
    const map = variants();
    expect(map['寶']).toBe('宝');
    expect(map['黨']).toBe('党');
    expect(readFileSync(path.join(result.outDir, VARIANTS_PATH)).length).toBeLessThan(20_000);
    for (const [traditional, simplified] of Object.entries(map)) {
      expect([...traditional], traditional).toHaveLength(1);
      expect([...simplified], simplified).toHaveLength(1);
      expect(traditional).not.toBe(simplified);
    }
  });

  it('so that 珠寶 finds 翠格珠宝', async () => {
    const query = prepareQuery('珠寶', variants());
    expect(query.text).toBe('珠宝');
    expect(await urlsOf(zh(query.text))).toContain('/merchants/cuige-zhubao/');
    expect(await urlsOf(zh('珠寶'))).not.toContain('/merchants/cuige-zhubao/');
  });
});

describe('English shop pages', () => {
  it('are found by a word of the Chinese name on the sign', async () => {
    expect((await urlsOf(en('琥珀'))).sort()).toEqual(amberShops.map((route) => `/en${route}`));
    expect(await urlsOf(en('珠宝'))).toEqual(['/en/merchants/cuige-zhubao/']);
  });

  it('are found by the English word', async () => {
    expect(await urlsOf(en('amber'))).toEqual(expect.arrayContaining(amberShops.map((route) => `/en${route}`)));
  });
});

describe('filters and sorts', () => {
  it('count every page type in the type filter', async () => {
    const types = (await zh.filters())['类型'] ?? {};
    for (const type of ['商户', '故事', '活动', '组织', '课堂', '页面']) expect(types[type], type).toBeGreaterThan(0);
    const english = (await en.filters())['类型'] ?? {};
    for (const type of ['商户', '活动', '页面']) expect(english[type], type).toBeGreaterThan(0);
  });

  it('give stories and activities a year, in both languages; stories a date to sort by', async () => {
    const zhPages = await pagesOf(zh);
    const enPages = await pagesOf(en);
    const story = zhPages.get('/stories/baojing-xiajiang/')!;
    expect(story.filters['年份']).toEqual(['2018']);
    const byDate = await zh(null, { filters: { 类型: '故事' }, sort: { date: 'desc' } });
    expect(byDate.results.length).toBe((await zh.filters())['类型']!['故事']);
    const activity = zhPages.get('/activities/mianfei-tijian/')!;
    expect(activity.filters['年份']).toEqual(['2018']);
    expect(activity.filters['系列']).toEqual(['便民服务']);
    expect(enPages.get('/en/activities/mianfei-tijian/')!.filters['系列']).toEqual(['便民服务']);
    expect(enPages.get('/en/activities/mianfei-tijian/')!.filters['年份']).toEqual(['2018']);
    // The monthly service day has no year.
    expect(zhPages.get('/activities/weimin-fuwu-ri/')!.filters['年份']).toBeUndefined();
  });
});

describe('only main content', () => {
  it('indexes the home page by its introduction only', async () => {
    const home = (await pagesOf(zh)).get('/')!;
    expect(home.content).toContain('豫园小商品市场紧挨着豫园');
    const $ = html('');
    for (const heading of ['#mechanism', '#figures', '#featured', '#stories', '#activities', '#wechat']) {
      expect(home.content, heading).not.toContain($(heading).text().trim());
    }
  });

  it('leaves out breadcrumbs, related lists, the source note and the placard link of a shop page', async () => {
    const shop = (await pagesOf(zh)).get('/merchants/wu-shanjing-hupo-dian/')!;
    const $ = html('merchants/wu-shanjing-hupo-dian');
    expect(shop.content).toContain('吴善靖');
    // The breadcrumb (Pagefind also skips every <nav> itself) starts at 首页, a word no shop's text uses.
    expect($('main nav ol a').first().text()).toBe(t('nav.home'));
    expect(shop.content).not.toContain(t('nav.home'));
    expect(shop.content).not.toContain($('main cite').text().trim());
    expect($('main a[href$="/placard/"]').text().trim()).toBe(t('merchants.placard'));
    expect(shop.content).not.toContain(t('merchants.placard'));
    expect(shop.content).not.toContain('English version');
    // The related stories and activities: their headings and the titles they link to.
    const related = $('main section').filter((_, e) => [t('merchants.stories'), t('merchants.activities')].includes($(e).find('h2').text().trim()));
    expect(related).toHaveLength(2);
    for (const text of related.find('h2, a').map((_, e) => $(e).text().trim()).get()) expect(shop.content, text).not.toContain(text);
  });

  it('indexes no header, navigation or footer', async () => {
    const $ = html('stories/baojing-xiajiang');
    expect($('body > header, body > footer')).toHaveLength(2);
    expect($('body > header, body > footer').find('[data-pagefind-body]')).toHaveLength(0);
    expect($('[data-pagefind-body]').closest('body > header, body > footer')).toHaveLength(0);
    const story = (await pagesOf(zh)).get('/stories/baojing-xiajiang/')!;
    expect($('a[rel="next"], a[rel="prev"]').length).toBeGreaterThan(0);
    expect(story.content).not.toMatch(/较新的故事|较早的故事/);
    expect(story.content).not.toContain('分钟读完');
  });
});
