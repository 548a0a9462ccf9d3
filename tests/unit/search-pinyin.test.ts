import { describe, expect, it } from 'vitest';
import { namePinyinTerms } from '@/lib/search/pinyin';

describe('namePinyinTerms', () => {
  it('gives each syllable, every two- and three-character window joined, and the whole name', () => {
    expect(namePinyinTerms('上海琥珀屋')).toEqual([
      'shang', 'hai', 'hu', 'po', 'wu',
      'shanghai', 'haihu', 'hupo', 'powu',
      'shanghaihu', 'haihupo', 'hupowu',
      'shanghaihupowu',
    ]);
  });

  it('finds the words visitors type for the model shops', () => {
    expect(namePinyinTerms('翠格珠宝')).toEqual(expect.arrayContaining(['cuige', 'zhubao', 'cuigezhubao']));
    expect(namePinyinTerms('吴善靖经营的琥珀店')).toEqual(expect.arrayContaining(['hupo', 'jingying', 'wushanjing']));
  });

  it('reads a character in its word (经营 is jing ying, 银行 is yin hang)', () => {
    expect(namePinyinTerms('经营')).toContain('jingying');
    expect(namePinyinTerms('银行')).toEqual(['yin', 'hang', 'yinhang']);
  });

  it('lists each word once', () => {
    const terms = namePinyinTerms('西晶昊西晶');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('splits the name at characters that are not Han and keeps ü', () => {
    expect(namePinyinTerms('绿A区女装')).toEqual(['lü', 'qu', 'nü', 'zhuang', 'qunü', 'nüzhuang', 'qunüzhuang']);
    expect(namePinyinTerms('Amber 123')).toEqual([]);
  });

  it('makes a two-character name its syllables and the pair', () => {
    expect(namePinyinTerms('西晶')).toEqual(['xi', 'jing', 'xijing']);
  });
});
