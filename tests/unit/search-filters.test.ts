import { describe, expect, it } from 'vitest';
import { dateSearchAttributes, filterLabels, searchFilter } from '@/lib/search/filters';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dateSearchAttributes', () => {
  it('gives a dated page its year filter and its day as the date sort', () => {
    expect(dateSearchAttributes({ date: day('2018-05-10') })).toEqual({ filter: '年份:2018', sort: 'date:2018-05-10' });
  });

  it('gives an activity known only from a report the report’s year, and no date to sort by', () => {
    expect(dateSearchAttributes({ reported: day('2018-06-29') })).toEqual({ filter: '年份:2018' });
  });

  it('gives a regular activity neither', () => {
    expect(dateSearchAttributes({})).toEqual({});
  });

  it('reads the calendar day as stored (UTC), wherever the build runs', () => {
    expect(dateSearchAttributes({ date: day('2019-01-01') }).filter).toBe('年份:2019');
    expect(dateSearchAttributes({ date: day('2018-12-31') }).sort).toBe('date:2018-12-31');
  });
});

describe('filterLabels', () => {
  it('names every filter in both languages, keyed by its Pagefind name', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const labels = filterLabels(lang);
      expect(Object.keys(labels).sort()).toEqual(Object.values(searchFilter).sort());
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
    }
  });

  it('gives English labels on English pages', () => {
    const labels = filterLabels('en');
    expect(labels[searchFilter.type]).toBe('Type');
    expect(labels[searchFilter.year]).toBe('Year');
    expect(labels[searchFilter.branch]).toBe('Party organisation');
    expect(filterLabels('zh-CN')[searchFilter.year]).toBe('年份');
  });
});
