import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, prepareQuery, searchWithFallback, type Hit } from '@/lib/search/query';

const variants = { 寶: '宝', 琥: '琥', 義: '义', 務: '务', 會: '会' };

describe('prepareQuery', () => {
  it('says when there is nothing to search', () => {
    expect(prepareQuery('')).toEqual({ text: '', terms: [], notice: 'empty' });
    expect(prepareQuery('   \u3000 ')).toEqual({ text: '', terms: [], notice: 'empty' });
    expect(prepareQuery('？！。，…')).toEqual({ text: '', terms: [], notice: 'punctuation' });
    expect(prepareQuery('!!! ---').notice).toBe('punctuation');
  });
  it('turns traditional characters into simplified ones', () => {
    expect(prepareQuery('珠寶', variants).text).toBe('珠宝');
    expect(prepareQuery('義務 服務', variants).terms).toEqual(['义务', '服务']);
  });
  it('folds white space and lower-cases Latin letters', () => {
    expect(prepareQuery('  Amber   SHOP ').text).toBe('amber shop');
    expect(prepareQuery('ｈｕｐｏ').text).toBe('hupo');
  });
  it('cuts a long paste and says so', () => {
    const pasted = prepareQuery('豫园'.repeat(100));
    expect(pasted.notice).toBe('truncated');
    expect([...pasted.text].length).toBe(MAX_QUERY_LENGTH);
  });
  it('treats markup as plain words', () => {
    expect(prepareQuery('<script>alert(1)</script>').terms).toEqual(['script', 'alert', '1', '/script']);
  });
  it('splits at Chinese and Latin punctuation between words', () => {
    expect(prepareQuery('琥珀，珠宝、雨具').terms).toEqual(['琥珀', '珠宝', '雨具']);
  });
});

describe('searchWithFallback', () => {
  const pages: Record<string, string[]> = { a: ['琥珀', '吴善靖'], b: ['琥珀'], c: ['珠宝'], d: ['珠宝', '琥珀'] };
  const search = async (text: string) => {
    const words = text.split(' ');
    const results: Hit[] = Object.entries(pages)
      .filter(([, terms]) => words.every((word) => terms.includes(word)))
      .map(([id], index) => ({ id, score: 1 - index / 10 }));
    return { results };
  };
  it('returns the pages with every term when there are some', async () => {
    const outcome = await searchWithFallback(search, prepareQuery('琥珀 珠宝'));
    expect(outcome).toEqual({ results: [{ id: 'd', score: 1 }], partial: false });
  });
  it('falls back to pages with some terms, those with more terms first, and says so', async () => {
    const outcome = await searchWithFallback(search, prepareQuery('吴善靖 珠宝 雨具'));
    expect(outcome.partial).toBe(true);
    expect(outcome.results.map((hit) => hit.id)).toEqual(['a', 'c', 'd']);
  });
  it('does not search an empty query', async () => {
    expect(await searchWithFallback(search, prepareQuery('  '))).toEqual({ results: [], partial: false });
  });
  it('keeps only the pages with every word when the search also returned others (as Pagefind does for Chinese)', async () => {
    const loose = async (text: string) => {
      const words = text.split(' ');
      const results: Hit[] = Object.entries(pages)
        .filter(([, terms]) => words.some((word) => terms.includes(word)))
        .map(([id], index) => ({ id, score: 1 - index / 10 }));
      return { results };
    };
    expect(await searchWithFallback(loose, prepareQuery('琥珀 珠宝'))).toEqual({ results: [{ id: 'd', score: 0.7 }], partial: false });
    const partial = await searchWithFallback(loose, prepareQuery('吴善靖 雨具'));
    expect(partial.partial).toBe(true);
    expect(partial.results.map((hit) => hit.id)).toEqual(['a']);
  });
  it('returns nothing, not partial, when no term matches anywhere', async () => {
    expect(await searchWithFallback(search, prepareQuery('雨具 伞'))).toEqual({ results: [], partial: false });
  });
});
