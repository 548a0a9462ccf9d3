/** The search engine on a stand-in Pagefind: loading, the query rules, the fallback and the facet counts. */
import { describe, expect, it, vi } from 'vitest';
import { countPages, createSearchEngine } from '@/lib/search/engine';
import { fakePagefind, marketPages } from '../support/fake-pagefind';

const strings = { indexMissing: 'no index', unavailable: 'unavailable' };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

function engineOn(pages = marketPages, variants: Record<string, string> = {}) {
  const pagefind = fakePagefind(pages);
  const engine = createSearchEngine({ importPagefind: async () => pagefind, fetch: vi.fn(async () => json(variants)) });
  return { pagefind, engine };
}

describe('the search engine', () => {
  it('loads Pagefind on the page thread and turns traditional characters into simplified ones', async () => {
    const { pagefind, engine } = engineOn(marketPages, { 寶: '宝' });
    await engine.load();
    expect(pagefind.optionsSet).toEqual([{ noWorker: true }]);
    const found = await engine.find('珠寶');
    expect(found.query.text).toBe('珠宝');
    expect(found.results.map((hit) => hit.id)).toEqual(['/merchants/amber-shop/', '/merchants/jewels/']);
  });

  it('searches as typed when the variants map cannot be fetched', async () => {
    const pagefind = fakePagefind(marketPages);
    const engine = createSearchEngine({ importPagefind: async () => pagefind, fetch: vi.fn(async () => Promise.reject(new Error('offline'))) });
    await engine.load();
    expect(engine.prepare('珠寶').text).toBe('珠寶');
  });

  it('counts the facets from Pagefind’s own answer when the results are that answer', async () => {
    const { pagefind, engine } = engineOn();
    await engine.load();
    const found = await engine.find('琥珀', { 类型: ['商户', '故事'] });
    expect(found.partial).toBe(false);
    expect(found.results).toHaveLength(3);
    const before = pagefind.searches.length;
    const counts = await found.counts();
    expect(counts.类型).toEqual({ 商户: 2, 故事: 1, 活动: 0 });
    expect(counts.类别).toEqual({ 琥珀: 2, 珠宝: 0 });
    expect(pagefind.searches.length, 'no search beyond the answer itself').toBe(before);
    expect(pagefind.searches[0]).toEqual({ term: '琥珀', filters: { 类型: { any: ['商户', '故事'] } } });
  });

  it('falls back to partial matches, and counts those page by page', async () => {
    const { engine } = engineOn();
    await engine.load();
    const found = await engine.find('琥珀 巧克力');
    expect(found.partial).toBe(true);
    expect(found.results.map((hit) => hit.id)).toEqual(['/merchants/amber-house/', '/merchants/amber-shop/', '/stories/amber/']);
    expect((await found.counts()).类型).toEqual({ 商户: 2, 故事: 1, 活动: 0 });
  });

  it('counts partial matches of words that are never on one page together, though Pagefind found none', async () => {
    const { engine } = engineOn();
    await engine.load();
    const found = await engine.find('珠宝 服务');
    expect(found.partial).toBe(true);
    expect(found.results.map((hit) => hit.id).sort()).toEqual(['/activities/day/', '/merchants/amber-shop/', '/merchants/jewels/']);
    expect((await found.counts()).类型).toEqual({ 商户: 2, 故事: 0, 活动: 1 });
  });

  it('with no words: the pages the filters choose, or nothing and every page’s totals', async () => {
    const { engine } = engineOn();
    await engine.load();
    const browsing = await engine.find('  ', { 年份: ['2018'] });
    expect(browsing.results.map((hit) => hit.id)).toEqual(['/stories/amber/']);
    expect((await browsing.counts()).类型).toEqual({ 商户: 0, 故事: 1, 活动: 0 });
    const nothing = await engine.find('');
    expect(nothing.query.notice).toBe('empty');
    expect(nothing.results).toEqual([]);
    expect((await nothing.counts()).类型).toEqual({ 商户: 3, 故事: 1, 活动: 1 });
  });

  it('tries loading Pagefind again after a failure', async () => {
    const pagefind = fakePagefind(marketPages);
    const importPagefind = vi.fn().mockRejectedValueOnce(new Error('404')).mockResolvedValue(pagefind);
    const engine = createSearchEngine({ importPagefind, fetch: vi.fn(async () => json({})) });
    await expect(engine.load()).rejects.toThrow('404');
    await engine.load();
    expect(importPagefind).toHaveBeenCalledTimes(2);
  });

  it('says how to build an index when there is none, else that search is unavailable', async () => {
    const message = (fetch: typeof globalThis.fetch, dev = false) => createSearchEngine({ importPagefind: vi.fn(), fetch, dev }).failureMessage(strings);
    expect(await message(vi.fn(async () => new Response('', { status: 404 })))).toBe('no index');
    expect(await message(vi.fn(async () => new Response('', { status: 200 })))).toBe('unavailable');
    expect(await message(vi.fn(async () => Promise.reject(new Error('offline'))))).toBe('unavailable');
    expect(await message(vi.fn(), true)).toBe('no index');
  });

  it('counts pages of each value among a set of results', () => {
    expect(countPages(['a', 'd', 'x'], { 类型: { 商户: ['a', 'b', 'c'], 故事: ['d'], 活动: [] } })).toEqual({ 类型: { 商户: 1, 故事: 1, 活动: 0 } });
  });
});
