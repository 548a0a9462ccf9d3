import { describe, expect, it } from 'vitest';
import { colloquialVariants, expandQuery, spellingVariants, synonymTable } from '@/lib/search/expand';
import { prepareQuery } from '@/lib/search/query';
import { siteSchema } from '@/lib/schema/collections';
import { image } from '@/lib/content/schema-context';

const synonyms = synonymTable([
  ['雨具', '雨伞', '伞', 'umbrella', 'rain gear'],
  ['珠宝', '首饰', 'Jewellery'],
]);
const expand = (raw: string) => expandQuery(prepareQuery(raw).terms, synonyms);
const alternatives = (raw: string) => expand(raw).terms.map((term) => term.alternatives);

describe('expandQuery', () => {
  it("gives a word the other words of its synonym group, whichever is typed", () => {
    expect(alternatives('umbrella')).toEqual([['umbrella', '雨具', '雨伞', '伞', 'rain gear']]);
    expect(alternatives('雨伞')[0]).toContain('雨具');
    // A group's words are compared in lower case, as queries are.
    expect(alternatives('jewellery')[0]).toContain('珠宝');
  });

  it('reaches a synonym group through a spelling variant (jewelry → jewellery → 珠宝)', () => {
    expect(alternatives('jewelry')[0]).toEqual(expect.arrayContaining(['jewellery', '珠宝', '首饰']));
  });

  it("searches a page language's own script: on Chinese pages 雨具 for umbrella, on English pages umbrella for 雨伞", () => {
    expect(expandQuery(['umbrella'], synonyms, 'han').terms[0]!.alternatives).toEqual(['umbrella', '雨具', '雨伞', '伞']);
    expect(expandQuery(['雨伞'], synonyms, 'latin').terms[0]!.alternatives).toEqual(['雨伞', 'umbrella', 'rain gear']);
  });

  it('leaves out the words that only make a question, and keeps what is asked', () => {
    expect(expand('豫园怎么走')).toEqual({ terms: [{ term: '豫园', alternatives: ['豫园'] }], intent: 'directions' });
    expect(expand('请问豫园在哪里').terms.map((term) => term.term)).toEqual(['豫园']);
    expect(expand('how do I get to Yu Garden')).toEqual({ terms: [{ term: 'yu', alternatives: ['yu'] }, { term: 'garden', alternatives: ['garden'] }], intent: 'directions' });
    expect(expand('where is the amber shop').terms.map((term) => term.term)).toEqual(['amber', 'shop']);
    expect(expand('营业时间').intent).toBeUndefined();
  });

  it('keeps words that only start like a question word (在线, 要素, 我们)', () => {
    expect(expand('在线 要素 我们').terms.map((term) => term.term)).toEqual(['在线', '要素', '我们']);
    expect(expand('有雨伞吗').terms.map((term) => term.term)).toEqual(['雨伞']);
    expect(expand('哪里有雨伞').terms.map((term) => term.term)).toEqual(['雨伞']);
    expect(expand('有机').terms.map((term) => term.term)).toEqual(['有机']);
  });

  it('keeps a query of question words alone as it is', () => {
    expect(expand('怎么').terms.map((term) => term.term)).toEqual(['怎么']);
    expect(expand('how').terms.map((term) => term.term)).toEqual(['how']);
  });
});

describe('spellingVariants', () => {
  it.each([
    ['jewelry', 'jewellery'],
    ['jewellery', 'jewelry'],
    ['color', 'colour'],
    ['colour', 'color'],
    ['center', 'centre'],
    ['centre', 'center'],
    ['organize', 'organise'],
    ['organisation', 'organization'],
    ['program', 'programme'],
    ['programmes', 'programs'],
    ['catalog', 'catalogue'],
  ])('%s ↔ %s', (word, other) => {
    expect(spellingVariants(word)).toContain(other);
  });

  it('leaves short words and non-words alone', () => {
    expect(spellingVariants('or')).toEqual([]);
    expect(spellingVariants('琥珀')).toEqual([]);
  });
});

describe('colloquialVariants', () => {
  it('reads a day of the month said with 号, and a month and day typed as people type them', () => {
    expect(colloquialVariants('10号')).toEqual(['每月10日', '10日']);
    expect(colloquialVariants('每月10号')).toEqual(['每月10日', '10日']);
    expect(colloquialVariants('3月10号')).toEqual(['3月10日', '每月10日', '10日']);
    expect(colloquialVariants('3.10')).toEqual(['3月10日', '每月10日', '10日']);
    expect(colloquialVariants('13.10')).toEqual([]);
  });

  it('says a day of the week three ways', () => {
    expect(colloquialVariants('周一')).toEqual(['星期一', '礼拜一']);
    expect(colloquialVariants('礼拜天')).toEqual(['星期天', '周天']);
    expect(colloquialVariants('周边')).toEqual([]);
  });
});

describe('site.yaml searchSynonyms', () => {
  const schema = siteSchema({ image });
  const issues = (groups: unknown) => {
    const result = schema.safeParse({ searchSynonyms: groups });
    return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === 'searchSynonyms').map((issue) => issue.message);
  };

  it('refuses a word in two groups, naming the group it is in', () => {
    expect(issues([['雨具', '伞'], ['阳伞', '伞']]).join()).toContain('“伞”已经在第 1 组里');
    expect(issues([['珠宝', 'Jewellery'], ['jewellery', '首饰']]).join()).toContain('已经在第 1 组里');
  });

  it('refuses a group of one word', () => {
    expect(issues([['雨具']]).join()).toContain('至少两个词');
  });

  it('accepts groups without a shared word', () => {
    expect(issues([['雨具', '伞'], ['珠宝', '首饰']])).toEqual([]);
  });
});
