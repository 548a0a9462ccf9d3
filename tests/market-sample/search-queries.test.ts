/**
 * The query suite: what visitors type, as the site's search handles it (src/lib/search/query.ts:
 * tidying, traditional → simplified through the built map, the partial-match fallback), run against
 * the real site's built Pagefind indexes from Node. Each case names the page(s) that must come first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { openIndex, type IndexResult, type SearchIndex } from '../../scripts/lib/pagefind-node';
import { prepareQuery, searchWithFallback, VARIANTS_PATH, type QueryNotice } from '@/lib/search/query';
import { excerptAtBoundaries } from '@/lib/search/view';
import { expandQuery, synonymTable, SYNONYMS_PATH, type QueryIntent } from '@/lib/search/expand';
import { answerFilter } from '@/lib/search/filters';
import { marketSample } from '../support/sites';

let result: BuildResult;
let indexes: Record<'zh-cn' | 'en', SearchIndex>;
let variants: Record<string, string>;
let synonyms: ReturnType<typeof synonymTable>;

beforeAll(async () => {
  result = builtSite(marketSample);
  variants = JSON.parse(readFileSync(path.join(result.outDir, VARIANTS_PATH), 'utf8'));
  synonyms = synonymTable(JSON.parse(readFileSync(path.join(result.outDir, SYNONYMS_PATH), 'utf8')));
  indexes = { 'zh-cn': await openIndex(result.outDir, 'zh-cn'), en: await openIndex(result.outDir, 'en') };
});

/** Runs a query the way the site does (src/lib/search/engine.ts) and returns the result URLs, best first. */
async function ask(lang: 'zh-cn' | 'en', raw: string): Promise<{ urls: string[]; partial: boolean; partialFrom: number; notice?: QueryNotice }> {
  const prepared = prepareQuery(raw, variants);
  const answer = async (intent: QueryIntent) => (await indexes[lang](null, { filters: { [answerFilter]: intent } })).results[0];
  const outcome = await searchWithFallback<IndexResult>((text) => indexes[lang](text), prepared, expandQuery(prepared.terms, synonyms, lang === 'en' ? 'latin' : 'han'), answer);
  const urls = await Promise.all(outcome.results.map(async (hit) => (await hit.data()).url));
  return { urls, partial: outcome.partial, partialFrom: outcome.partialFrom, notice: prepared.notice };
}

const amber = ['/merchants/shanghai-hupo-wu/', '/merchants/wu-shanjing-hupo-dian/'];
const enAmber = ['/en/merchants/shanghai-hupo-wu/', '/en/merchants/wu-shanjing-hupo-dian/'];

/** [what is typed, the index, pages of which one must be first, or which must all be in the top n]. */
type Case = { query: string; lang?: 'zh-cn' | 'en'; first?: string[]; top?: { urls: string[]; within: number } };
const cases: Record<string, Case[]> = {
  'shop names': [
    { query: '翠格珠宝', first: ['/merchants/cuige-zhubao/'] },
    { query: '雷靖雨具', first: ['/merchants/leijing-yuju/'] },
    { query: '上海琥珀屋', first: ['/merchants/shanghai-hupo-wu/'] },
    { query: '别出心裁', first: ['/merchants/biechu-xincai/'] },
    { query: '西晶昊', first: ['/merchants/xijinghao/'] },
    { query: '吴善靖经营的琥珀店', top: { urls: ['/merchants/wu-shanjing-hupo-dian/'], within: 2 } },
  ],
  'two-character words and single characters': [
    { query: '琥珀', top: { urls: amber, within: 3 } },
    { query: '珠宝', first: ['/merchants/cuige-zhubao/'] },
    { query: '雨具', first: ['/merchants/leijing-yuju/'] },
    { query: '翠格', first: ['/merchants/cuige-zhubao/'] },
    { query: '琥', top: { urls: amber, within: 4 } },
    { query: '翠', top: { urls: ['/merchants/cuige-zhubao/'], within: 2 } },
  ],
  'activities and guides': [
    { query: '为民服务日', first: ['/activities/weimin-fuwu-ri/'] },
    { query: '小候鸟', first: ['/activities/xiaohouniao-peihu-ban/'] },
    { query: '居住证积分', first: ['/activities/juzhuzheng-jifen-jiangzuo/'] },
    { query: '免费体检', first: ['/activities/mianfei-tijian/'] },
    { query: '颜值', top: { urls: ['/activities/shangpin-yanzhi-jiangzuo/'], within: 3 } },
    { query: '互联网+', top: { urls: ['/activities/hulianwang-jineng-peixun/'], within: 4 } },
    { query: '灭火器', first: ['/learn/tanwei-xiaofang-anquan/'] },
    { query: '消防安全', top: { urls: ['/learn/tanwei-xiaofang-anquan/'], within: 2 } },
    { query: '网店', top: { urls: ['/learn/wangdian-kaidian/'], within: 3 } },
    { query: '消费纠纷', top: { urls: ['/learn/chengxin-jingying-yu-jiufen/'], within: 3 } },
    { query: '网格长', top: { urls: ['/activities/wanggezhang-gongzuo-huiyi/'], within: 5 } },
  ],
  'people, organisations and figures in the article': [
    { query: '冯锦莱', top: { urls: ['/stories/feng-jinlai-shiba-nian/'], within: 3 } },
    { query: '吴善靖', top: { urls: ['/merchants/wu-shanjing-hupo-dian/', '/stories/yueyuan-hupo-dian/'], within: 4 } },
    { query: '悦园商厦党支部', first: ['/branches/yueyuan-shangsha-dangzhibu/'] },
    { query: '党总支', top: { urls: ['/branches/shichang-dangzongzhi/'], within: 4 } },
    { query: '10日', top: { urls: ['/activities/weimin-fuwu-ri/'], within: 3 } },
    { query: '110', top: { urls: ['/stories/baojing-xiajiang/'], within: 3 } },
    { query: '三建三带', top: { urls: ['/about/'], within: 5 } },
    { query: '金牌', top: { urls: ['/stories/shifangang-jinzi-zhaopai/'], within: 3 } },
  ],
  'traditional characters': [
    { query: '珠寶', first: ['/merchants/cuige-zhubao/'] },
    { query: '為民服務日', first: ['/activities/weimin-fuwu-ri/'] },
    { query: '雷靖雨具', first: ['/merchants/leijing-yuju/'] },
    { query: '消費糾紛', top: { urls: ['/learn/chengxin-jingying-yu-jiufen/'], within: 3 } },
    { query: '滅火器', first: ['/learn/tanwei-xiaofang-anquan/'] },
  ],
  pinyin: [
    // The amber shops, and the story whose title has 琥珀.
    { query: 'hupo', top: { urls: [...amber, '/stories/yueyuan-hupo-dian/'], within: 3 } },
    { query: 'cuige', first: ['/merchants/cuige-zhubao/'] },
    { query: 'zhubao', first: ['/merchants/cuige-zhubao/'] },
    { query: 'leijing', first: ['/merchants/leijing-yuju/'] },
    { query: 'yuju', first: ['/merchants/leijing-yuju/'] },
    { query: 'feng jinlai', first: ['/stories/feng-jinlai-shiba-nian/'] },
    { query: 'fengjinlai', first: ['/stories/feng-jinlai-shiba-nian/'] },
    { query: 'yueyuan shangsha', top: { urls: ['/branches/yueyuan-shangsha-dangzhibu/'], within: 3 } },
    { query: 'weimin fuwu', first: ['/activities/weimin-fuwu-ri/'] },
    { query: 'xiaofang', top: { urls: ['/learn/tanwei-xiaofang-anquan/'], within: 2 } },
  ],
  synonyms: [
    { query: '雨伞', first: ['/merchants/leijing-yuju/'] },
    { query: '伞', first: ['/merchants/leijing-yuju/'] },
    { query: '首饰', first: ['/merchants/cuige-zhubao/'] },
    { query: 'umbrella', lang: 'en', first: ['/en/merchants/leijing-yuju/'] },
    { query: 'umbrellas', lang: 'en', first: ['/en/merchants/leijing-yuju/'] },
  ],
  'British and American spelling': [
    { query: 'jewelry', lang: 'en', first: ['/en/merchants/cuige-zhubao/'] },
    { query: 'Jewelry shop', lang: 'en', first: ['/en/merchants/cuige-zhubao/'] },
  ],
  'colloquial Chinese': [
    { query: '每月10号', top: { urls: ['/activities/weimin-fuwu-ri/'], within: 3 } },
    { query: '10号', top: { urls: ['/activities/weimin-fuwu-ri/'], within: 3 } },
    { query: '3月10号', top: { urls: ['/activities/weimin-fuwu-ri/'], within: 3 } },
    { query: '3.10', top: { urls: ['/activities/weimin-fuwu-ri/'], within: 3 } },
  ],
  'questions': [
    { query: '豫园怎么走', first: ['/visit/'] },
    { query: '请问豫园在哪里', first: ['/visit/'] },
    { query: '翠格珠宝怎么走', top: { urls: ['/visit/', '/merchants/cuige-zhubao/'], within: 2 } },
    { query: 'how to get to Yu Garden', lang: 'en', first: ['/en/visit/'] },
    { query: '有雨伞吗', first: ['/merchants/leijing-yuju/'] },
    { query: '哪里有雨伞', top: { urls: ['/visit/', '/merchants/leijing-yuju/'], within: 2 } },
    { query: 'where is the amber shop', lang: 'en', top: { urls: ['/en/visit/', ...enAmber], within: 3 } },
  ],
  'several words, some on each page': [
    { query: '琥珀 雨具', top: { urls: [...amber, '/merchants/leijing-yuju/'], within: 5 } },
    { query: 'amber umbrella', lang: 'en', top: { urls: [...enAmber, '/en/merchants/leijing-yuju/'], within: 5 } },
  ],
  'English pages': [
    { query: 'amber', lang: 'en', top: { urls: enAmber, within: 3 } },
    { query: 'jewellery', lang: 'en', first: ['/en/merchants/cuige-zhubao/'] },
    { query: 'rain gear', lang: 'en', first: ['/en/merchants/leijing-yuju/'] },
    { query: 'service day', lang: 'en', top: { urls: ['/en/activities/weimin-fuwu-ri/'], within: 3 } },
    { query: '翠格珠宝', lang: 'en', first: ['/en/merchants/cuige-zhubao/'] },
    { query: '琥珀', lang: 'en', top: { urls: enAmber, within: 2 } },
  ],
};

/** Precision at 3 of each case: of the pages it expects, how many are in the first three (at most 3). */
const precision: number[] = [];

describe.each(Object.entries(cases))('%s', (_group, list) => {
  it.each(list)('$query', async ({ query, lang = 'zh-cn', first, top }) => {
    const { urls } = await ask(lang, query);
    const expected = [...new Set([...(first ?? []).slice(0, 1), ...(top?.urls ?? [])])];
    const wanted = first ? [urls[0]].filter((url) => first.includes(url!)).length + (top?.urls ?? []).filter((url) => urls.slice(0, 3).includes(url)).length : expected.filter((url) => urls.slice(0, 3).includes(url)).length;
    precision.push(Math.min(3, wanted) / Math.min(3, expected.length));
    if (first) expect(first, `${query} → ${urls.slice(0, 3).join(' ')}`).toContain(urls[0]);
    if (top) for (const url of top.urls) expect(urls.slice(0, top.within), `${query} → ${urls.slice(0, 5).join(' ')}`).toContain(url);
  });
});

afterAll(() => {
  if (precision.length === 0) return;
  const mean = precision.reduce((sum, value) => sum + value, 0) / precision.length;
  console.log(`Search query suite: ${precision.length} cases, precision at 3 ${(mean * 100).toFixed(1)}%`);
});

describe('several words', () => {
  it('finds the pages with every word when there are some', async () => {
    const { urls, partial } = await ask('zh-cn', '吴善靖 琥珀');
    expect(partial).toBe(false);
    expect(urls.slice(0, 3)).toContain('/merchants/wu-shanjing-hupo-dian/');
  });
  it('lists the pages with every word first, then, from partialFrom, those with some', async () => {
    const { urls, partialFrom } = await ask('zh-cn', '琥珀 雨具');
    expect(partialFrom).toBeGreaterThan(0);
    expect(urls.slice(partialFrom)).toEqual(expect.arrayContaining([...amber, '/merchants/leijing-yuju/']));
    expect(urls.slice(0, partialFrom)).not.toContain('/merchants/leijing-yuju/');
  });
  it('falls back to the best partial matches when no page has every word, and says so', async () => {
    const { urls, partial } = await ask('zh-cn', '琥珀 巧克力');
    expect(partial).toBe(true);
    expect(urls.slice(0, 3)).toEqual(expect.arrayContaining([amber[0]]));
  });
});

describe('excerpts', () => {
  // Names the fixture's text holds: an excerpt must not start or end inside one.
  const names = ['吴善靖', '冯锦莱', '上海琥珀屋', '翠格珠宝', '雷靖雨具', '悦园商厦', '豫园小商品市场'];
  it.each(['琥珀', '吴善靖', '冯锦莱', '雨具', '党员示范岗'])('for %s start and end at a clause or word, never inside a name, and keep the marks', async (query) => {
    const prepared = prepareQuery(query, variants);
    const outcome = await searchWithFallback<IndexResult>((text) => indexes['zh-cn'](text), prepared, expandQuery(prepared.terms, synonyms, 'han'));
    for (const hit of outcome.results.slice(0, 8)) {
      const data = await hit.data();
      const excerpt = excerptAtBoundaries(data.excerpt, data.content);
      expect(excerpt, data.url).toContain('<mark>');
      const plain = excerpt.replace(/<\/?mark>/g, '');
      const start = data.content.indexOf(plain);
      const end = start + plain.length;
      for (const name of names) {
        for (let at = data.content.indexOf(name); at >= 0; at = data.content.indexOf(name, at + 1)) {
          expect(start > at && start < at + name.length, `${data.url}: “${plain}” starts inside ${name}`).toBe(false);
          expect(end > at && end < at + name.length, `${data.url}: “${plain}” ends inside ${name}`).toBe(false);
        }
      }
    }
  });
});

describe('hostile and empty input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['？！。…', 'punctuation'],
  ] as const)('"%s" searches nothing and says why', async (query, notice) => {
    expect(await ask('zh-cn', query)).toEqual({ urls: [], partial: false, partialFrom: 0, notice });
  });
  it('a 200-character paste is cut and searched without error', async () => {
    const pasted = '豫园小商品市场党建引领市场转型'.repeat(14).slice(0, 200);
    const { notice } = await ask('zh-cn', pasted);
    expect(notice).toBe('truncated');
  });
  it('markup typed into the box is searched as words, without error', async () => {
    await expect(ask('zh-cn', '<script>alert(1)</script>')).resolves.toMatchObject({ partial: expect.any(Boolean) });
  });
});
