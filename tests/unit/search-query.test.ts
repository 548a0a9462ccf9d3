import { describe, expect, it } from 'vitest';
import { expandQuery, synonymTable } from '@/lib/search/expand';
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
  const pages: Record<string, string[]> = { a: ['琥珀', '吴善靖'], b: ['琥珀'], c: ['珠宝'], d: ['珠宝', '琥珀'], e: ['雨具'], v: ['来访'] };
  const search = async (text: string) => {
    const words = text.split(' ');
    const results: Hit[] = Object.entries(pages)
      .filter(([, terms]) => words.every((word) => terms.includes(word)))
      .map(([id], index) => ({ id, score: 1 - index / 10 }));
    return { results };
  };
  const ids = (outcome: { results: Hit[] }) => outcome.results.map((hit) => hit.id);

  it('lists the pages with every word first, then from partialFrom those with some of them', async () => {
    const outcome = await searchWithFallback(search, prepareQuery('琥珀 珠宝'));
    expect(ids(outcome)[0]).toBe('d');
    expect(ids(outcome).slice(1).sort()).toEqual(['a', 'b', 'c']);
    expect([outcome.partial, outcome.partialFrom]).toEqual([false, 1]);
  });
  it('when no page has every word: the pages with the most words first, and says so', async () => {
    const outcome = await searchWithFallback(search, prepareQuery('吴善靖 珠宝 雨具'));
    expect([outcome.partial, outcome.partialFrom]).toEqual([true, 0]);
    expect(ids(outcome)[0]).toBe('a');
    expect(ids(outcome).sort()).toEqual(['a', 'c', 'd', 'e']);
  });
  it('does not search an empty query', async () => {
    expect(await searchWithFallback(search, prepareQuery('  '))).toEqual({ results: [], partial: false, partialFrom: 0 });
  });
  it('keeps the pages with every word first when the search also returned others (as Pagefind does for Chinese)', async () => {
    const loose = async (text: string) => {
      const words = text.split(' ');
      const results: Hit[] = Object.entries(pages)
        .filter(([, terms]) => words.some((word) => terms.includes(word)))
        .map(([id], index) => ({ id, score: 1 - index / 10 }));
      return { results };
    };
    const outcome = await searchWithFallback(loose, prepareQuery('琥珀 珠宝'));
    expect([ids(outcome)[0], outcome.partialFrom]).toEqual(['d', 1]);
  });
  it('returns nothing, not partial, when no word matches anywhere', async () => {
    expect(await searchWithFallback(search, prepareQuery('伞 帽子'))).toEqual({ results: [], partial: false, partialFrom: 0 });
  });
  it("finds a word's pages through its alternatives (a synonym)", async () => {
    const query = prepareQuery('雨伞');
    const outcome = await searchWithFallback(search, query, expandQuery(query.terms, synonymTable([['雨具', '雨伞', 'umbrella']])));
    expect(ids(outcome)).toEqual(['e']);
  });
  it("puts the page answering the question's intent first, and searches only the words that mean something", async () => {
    const query = prepareQuery('请问琥珀怎么走');
    const answer = async () => ({ id: 'v', score: 0 });
    const outcome = await searchWithFallback(search, query, expandQuery(query.terms), answer);
    expect(ids(outcome)).toEqual(['v', 'a', 'b', 'd']);
    expect(outcome.partialFrom).toBe(4);
  });
});
