import { describe, expect, it } from 'vitest';
import { pageHref, readUrlState, readValueLists, urlSearch, writeQuery } from '@/lib/search/url-state';

describe('the URL-state codec', () => {
  it('reads the values of the named lists only, tidied', () => {
    const search = `?colour=red&a=&a=${encodeURIComponent(' x ')}&a=x&a=y&b=${'z'.repeat(41)}`;
    expect(readValueLists(search, ['a', 'b'])).toEqual({ a: ['x', 'y'] });
    expect(readValueLists('', ['a'])).toEqual({});
  });
  it('reads at most 20 values of a list', () => {
    const search = `?${Array.from({ length: 30 }, (_, i) => `a=v${i}`).join('&')}`;
    expect(readValueLists(search, ['a']).a).toHaveLength(20);
  });
  it('writes the words first, then the lists in the order named, values as given', () => {
    expect(writeQuery({ b: ['2', '1'], a: ['3'], c: ['ignored'] }, ['b', 'a'], '琥珀 店')).toBe(`?q=${encodeURIComponent('琥珀').replace(/%20/g, '+')}+${encodeURIComponent('店')}&b=2&b=1&a=3`);
    expect(writeQuery({ a: [] }, ['a'], '  ')).toBe('');
  });
});

describe('the search page URL', () => {
  it('reads the query and the chosen values of known filters only', () => {
    expect(readUrlState('?q=%E7%90%A5%E7%8F%80&%E7%B1%BB%E5%9E%8B=%E5%95%86%E6%88%B7&utm_source=x', ['类型', '荣誉'])).toEqual({
      q: '琥珀',
      filters: { 类型: ['商户'] },
    });
    expect(readUrlState('')).toEqual({ q: '', filters: {} });
    expect(readUrlState('?q=a+b&%E7%B1%BB%E5%9E%8B=&%E7%B1%BB%E5%9E%8B=x&%E7%B1%BB%E5%9E%8B=x', ['类型'])).toEqual({ q: 'a b', filters: { 类型: ['x'] } });
  });
  it('writes a shareable query string that reads back the same, filters in code-point order', () => {
    const state = { q: '琥珀 店', filters: { 荣誉: ['和谐商户'], 类型: ['商户', '故事'] } };
    const search = urlSearch(state);
    expect(search.startsWith('?q=')).toBe(true);
    expect(search.indexOf(encodeURIComponent('类型'))).toBeLessThan(search.indexOf(encodeURIComponent('荣誉')));
    expect(readUrlState(search, ['类型', '荣誉'])).toEqual(state);
    expect(urlSearch({ q: '  ', filters: {} })).toBe('');
  });
  it('links the dialog to the full page', () => {
    expect(pageHref('/en/search/', 'amber shop')).toBe('/en/search/?q=amber+shop');
    expect(pageHref('/search/', '')).toBe('/search/');
    expect(pageHref('/search/', '<script>')).toBe('/search/?q=%3Cscript%3E');
  });
});
