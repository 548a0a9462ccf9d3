import { describe, expect, it } from 'vitest';
import {
  countFacets,
  countsWithoutOwnChoice,
  facetCountsFrom,
  facetOrder,
  filterFaceted,
  isEmptySelection,
  pagefindFilters,
  pageSlice,
  pageWindow,
  queryFromSelection,
  selectionFromQuery,
  shopFilters,
  toggleValue,
  type Faceted,
} from '@/lib/facets';

const shops: Faceted[] = [
  { id: 'a', facets: { category: ['珠宝'], honour: ['共产党员示范岗', '和谐商户'], market: ['悦园商厦'] } },
  { id: 'b', facets: { category: ['琥珀'], honour: ['和谐商户'], market: ['悦园商厦'] } },
  { id: 'c', facets: { category: ['琥珀'], honour: ['共产党员示范岗'] } },
  { id: 'd', facets: { honour: [] } },
];

describe('filterFaceted', () => {
  it('ORs values within a facet and ANDs facets', () => {
    expect(filterFaceted(shops, { category: ['珠宝', '琥珀'] }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(filterFaceted(shops, { category: ['琥珀'], honour: ['和谐商户'] }).map((s) => s.id)).toEqual(['b']);
    expect(filterFaceted(shops, {}).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('countFacets', () => {
  it('counts every value over all shops when nothing is chosen, largest first', () => {
    const counts = countFacets(shops);
    expect(counts.category).toEqual([{ value: '琥珀', count: 2 }, { value: '珠宝', count: 1 }]);
    expect(counts.honour).toEqual([{ value: '共产党员示范岗', count: 2 }, { value: '和谐商户', count: 2 }]);
    expect(counts.branch).toEqual([]);
  });
  it('counts a facet against the other facets only, so alternatives stay visible', () => {
    const counts = countFacets(shops, { category: ['琥珀'] });
    expect(counts.category).toEqual([{ value: '琥珀', count: 2 }, { value: '珠宝', count: 1 }]);
    expect(counts.honour).toEqual([{ value: '共产党员示范岗', count: 1 }, { value: '和谐商户', count: 1 }]);
    expect(counts.market).toEqual([{ value: '悦园商厦', count: 1 }]);
  });
  it('keeps a chosen value that no shop has any more, at zero', () => {
    expect(countFacets(shops, { market: ['不存在的商厦'] }).market).toContainEqual({ value: '不存在的商厦', count: 0 });
  });
});

describe('URL state', () => {
  it('round-trips a selection in a stable order', () => {
    const query = queryFromSelection({ honour: ['和谐商户'], category: ['琥珀', '珠宝'] });
    expect(query).toBe(`?category=${encodeURIComponent('琥珀')}&category=${encodeURIComponent('珠宝')}&honour=${encodeURIComponent('和谐商户')}`);
    expect(selectionFromQuery(query)).toEqual({ category: ['琥珀', '珠宝'], honour: ['和谐商户'] });
    expect(queryFromSelection({})).toBe('');
  });
  it('ignores unknown keys, empty and overlong values and duplicates', () => {
    expect(selectionFromQuery('?colour=red&category=&category=%20珠宝%20&category=珠宝&honour=' + 'x'.repeat(41))).toEqual({ category: ['珠宝'] });
  });
  it('toggles a value on and off, dropping an emptied facet', () => {
    const on = toggleValue({}, 'honour', '和谐商户');
    expect(on).toEqual({ honour: ['和谐商户'] });
    expect(toggleValue(on, 'honour', '和谐商户')).toEqual({});
    expect(isEmptySelection({ honour: [] })).toBe(true);
    expect(isEmptySelection(on)).toBe(false);
  });
});

describe('facets as Pagefind filters', () => {
  it('turns chosen values into Pagefind filters, one left out on request', () => {
    const chosen = { 类型: ['商户'], 荣誉: ['和谐商户', '共产党员示范岗'], 类别: [] };
    expect(pagefindFilters(chosen)).toEqual({ 类型: { any: ['商户'] }, 荣誉: { any: ['和谐商户', '共产党员示范岗'] } });
    expect(pagefindFilters(chosen, '类型')).toEqual({ 荣誉: { any: ['和谐商户', '共产党员示范岗'] } });
  });
  it('limits the directory to shops and ORs the values of a facet', () => {
    expect(shopFilters({})).toEqual({ 类型: '商户' });
    expect(shopFilters({ category: ['琥珀', '珠宝'], honour: ['和谐商户'] })).toEqual({
      类型: '商户',
      类别: { any: ['琥珀', '珠宝'] },
      荣誉: { any: ['和谐商户'] },
    });
    expect(shopFilters({ category: ['琥珀'], honour: ['和谐商户'] }, 'category')).toEqual({ 类型: '商户', 荣誉: { any: ['和谐商户'] } });
  });
  it('turns Pagefind counts into sorted facet counts, dropping values no shop has', () => {
    expect(facetCountsFrom({ 类别: { 珠宝: 1, 琥珀: 2, 雨具: 0 } }, 'category')).toEqual([
      { value: '琥珀', count: 2 },
      { value: '珠宝', count: 1 },
    ]);
  });
  it('keeps a chosen value at zero and copes with a missing filter', () => {
    expect(facetCountsFrom({ 类别: { 雨具: 0 } }, 'category', ['雨具'])).toEqual([{ value: '雨具', count: 0 }]);
    expect(facetCountsFrom(undefined, 'market')).toEqual([]);
  });
  it('counts a facet with a choice without that choice, and shares the main counts among the others', async () => {
    const asked: string[] = [];
    const counts = await countsWithoutOwnChoice(['a', 'b', 'c'], { a: ['x'], b: [] }, 'main', async (key) => {
      asked.push(key);
      return `without ${key}`;
    });
    expect(counts).toEqual({ a: 'without a', b: 'main', c: 'main' });
    expect(asked).toEqual(['a']);
  });
  it('orders values by how many pages have them, years newest first', () => {
    expect(facetOrder({ 故事: 3, 商户: 5, 课堂: 3 })).toEqual(['商户', '故事', '课堂']);
    expect(facetOrder({ '2017': 9, '2019': 1, '2018': 4 })).toEqual(['2019', '2018', '2017']);
  });
});

describe('pageSlice', () => {
  it('slices pages and counts them, with at least one page', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(pageSlice(items, 1, 24)).toEqual({ items: items.slice(0, 24), pages: 3 });
    expect(pageSlice(items, 3, 24).items).toEqual([48, 49]);
    expect(pageSlice([], 1, 24)).toEqual({ items: [], pages: 1 });
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('keeps first, last and the neighbours of the current page, with gaps marked', () => {
    expect(pageWindow(1, 250)).toEqual([1, 2, 3, null, 250]);
    expect(pageWindow(125, 250)).toEqual([1, null, 123, 124, 125, 126, 127, null, 250]);
    expect(pageWindow(250, 250)).toEqual([1, null, 248, 249, 250]);
    expect(pageWindow(4, 250)).toEqual([1, 2, 3, 4, 5, 6, null, 250]);
  });
});
