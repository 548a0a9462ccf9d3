import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { excerptAtBoundaries, excerptSegments, fill, hanRuns, resultType, statusLines, textLang, valueLabel, type SearchStrings } from '@/lib/search/view';
import { searchStrings } from '../support/search-strings';

const strings: SearchStrings = {
  ...searchStrings,
  types: { 商户: 'Shop', 故事: 'Story' },
  values: { 琥珀: 'Amber' },
};

describe('excerptSegments', () => {
  it('cuts an excerpt into plain and marked text', () => {
    expect(excerptSegments('上海<mark>琥珀</mark>屋，经营<mark>琥珀</mark>')).toEqual([
      { text: '上海', marked: false },
      { text: '琥珀', marked: true },
      { text: '屋，经营', marked: false },
      { text: '琥珀', marked: true },
    ]);
  });
  it('keeps everything that is not a <mark> tag as text, markup included', () => {
    // Pagefind does not escape the page's text: a page quoting markup gives it back as it is.
    const segments = excerptSegments('x <script>alert(1)</script> <mark>amber</mark> <img src=x onerror=alert(1)> &amp;');
    expect(segments).toEqual([
      { text: 'x <script>alert(1)</script> ', marked: false },
      { text: 'amber', marked: true },
      { text: ' <img src=x onerror=alert(1)> &amp;', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('x <script>alert(1)</script> amber <img src=x onerror=alert(1)> &amp;');
  });
  it('joins neighbours of the same kind and drops empty pieces', () => {
    expect(excerptSegments('<mark>琥</mark><mark>珀</mark>店')).toEqual([
      { text: '琥珀', marked: true },
      { text: '店', marked: false },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('labels', () => {
  it('names a result by its type in the page language, or by the raw value', () => {
    expect(resultType({ 类型: ['商户'] }, strings)).toBe('Shop');
    expect(resultType({ 类型: ['页面'] }, strings)).toBe('页面');
    expect(resultType({ 荣誉: ['和谐商户'] }, strings)).toBeUndefined();
    expect(resultType(undefined, strings)).toBeUndefined();
  });
  it('names facet values: types by the type names, others by their English names where known', () => {
    expect(valueLabel('商户', strings, '类型', '类型')).toBe('Shop');
    expect(valueLabel('琥珀', strings, '类别', '类型')).toBe('Amber');
    expect(valueLabel('雨具', strings, '类别', '类型')).toBe('雨具');
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });
  it('marks Chinese on English pages only', () => {
    expect(textLang('上海琥珀屋', 'en')).toBe('zh-CN');
    expect(textLang('Amber', 'en')).toBeUndefined();
    expect(textLang('上海琥珀屋', 'zh-CN')).toBeUndefined();
    expect(hanRuns('Chinese name: 上海琥珀屋。A shop')).toEqual([
      { text: 'Chinese name: ', han: false },
      { text: '上海琥珀屋。', han: true },
      { text: 'A shop', han: false },
    ]);
  });
});

describe('statusLines', () => {
  const base = { query: '琥珀', count: 0, shown: 0, partial: false };
  it('counts results, saying when only the first are shown', () => {
    expect(statusLines({ ...base, count: 3, shown: 3 }, strings)).toEqual(['找到 3 个结果。']);
    expect(statusLines({ ...base, count: 20, shown: 8 }, strings)).toEqual(['找到 20 个结果，这里显示前 8 个。']);
  });
  it('says when the results only match some words', () => {
    expect(statusLines({ ...base, count: 2, shown: 2, partial: true }, strings)).toEqual(['找到 2 个结果。', strings.partial]);
  });
  it('suggests what to try when nothing is found, quoting the words as text', () => {
    expect(statusLines({ ...base, query: ' <b>x</b> ' }, strings)).toEqual(['没有找到与“<b>x</b>”有关的页面。', strings.suggest]);
  });
  it('gives the notices for empty, punctuation-only and cut input', () => {
    expect(statusLines({ ...base, notice: 'empty' }, strings)).toEqual([strings.empty]);
    expect(statusLines({ ...base, notice: 'punctuation' }, strings)).toEqual([strings.punctuation]);
    expect(statusLines({ ...base, notice: 'truncated', count: 1, shown: 1 }, strings)).toEqual([`只搜索了前 ${MAX_QUERY_LENGTH} 个字。`, '找到 1 个结果。']);
  });
  it('counts pages chosen by filters alone', () => {
    expect(statusLines({ ...base, query: '', notice: 'empty', count: 12, shown: 12, browsing: true }, strings)).toEqual(['找到 12 个结果。']);
  });
});

describe('excerptAtBoundaries', () => {
  const content = '“上海琥珀屋”是来源文章点名的转型发展党员商户典范之一，店名表明它经营琥珀。文章没有介绍这家店的位置和经营者，也没有说明它与吴善靖经营的琥珀店是否有关，本站因此不作推断。';

  it('widens a Chinese excerpt to the clause it is in, never starting in a name, keeping the marks', () => {
    expect(excerptAtBoundaries('靖经营的<mark>琥珀</mark>店是否有关', content)).toBe('也没有说明它与吴善靖经营的<mark>琥珀</mark>店是否有关，');
    expect(excerptAtBoundaries('绍这家店的位置', content)).toBe('文章没有介绍这家店的位置和经营者，');
  });

  it('leaves an excerpt it cannot place, or one in English, as it is', () => {
    expect(excerptAtBoundaries('不在正文里的字', content)).toBe('不在正文里的字');
    expect(excerptAtBoundaries('the <mark>amber</mark> shop', 'this is the amber shop of')).toBe('the <mark>amber</mark> shop');
    expect(excerptAtBoundaries('靖经营', undefined)).toBe('靖经营');
  });
});
