import { describe, expect, it } from 'vitest';
import { facetCountsFrom, pagefindFilters } from '../../src/lib/facet-search';

describe('pagefindFilters', () => {
  it('always limits to shops and ORs the values of a facet', () => {
    expect(pagefindFilters({})).toEqual({ 类型: '商户' });
    expect(pagefindFilters({ category: ['琥珀', '珠宝'], honour: ['和谐商户'] })).toEqual({
      类型: '商户',
      类别: { any: ['琥珀', '珠宝'] },
      荣誉: { any: ['和谐商户'] },
    });
  });
  it('leaves out the facet being counted', () => {
    expect(pagefindFilters({ category: ['琥珀'], honour: ['和谐商户'] }, 'category')).toEqual({ 类型: '商户', 荣誉: { any: ['和谐商户'] } });
  });
});

describe('facetCountsFrom', () => {
  it('turns Pagefind counts into sorted facet counts, dropping values no shop has', () => {
    const filters = { 类别: { 琥珀: 2, 珠宝: 1, 雨具: 0 } };
    expect(facetCountsFrom(filters, 'category')).toEqual([
      { value: '琥珀', count: 2 },
      { value: '珠宝', count: 1 },
    ]);
  });
  it('keeps a chosen value at zero and copes with a missing filter', () => {
    expect(facetCountsFrom({ 类别: { 雨具: 0 } }, 'category', ['雨具'])).toEqual([{ value: '雨具', count: 0 }]);
    expect(facetCountsFrom(undefined, 'market')).toEqual([]);
  });
});
