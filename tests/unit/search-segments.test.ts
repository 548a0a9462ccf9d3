import { describe, expect, it } from 'vitest';
import { nameWordTerms } from '@/lib/search/segments';

describe('nameWordTerms', () => {
  it('gives the words of the name, then every two-character window', () => {
    expect(nameWordTerms('上海琥珀屋')).toEqual(['上海', '琥珀', '屋', '海琥', '珀屋']);
  });

  it('finds the part of the name a visitor reads off the sign', () => {
    expect(nameWordTerms('吴善靖经营的琥珀店')).toEqual(expect.arrayContaining(['琥珀', '经营', '吴善', '珀店']));
    expect(nameWordTerms('翠格珠宝')).toEqual(expect.arrayContaining(['珠宝', '翠格']));
  });

  it('does not repeat the whole name or a word', () => {
    expect(nameWordTerms('琥珀')).toEqual([]);
    const terms = nameWordTerms('琥珀琥珀');
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toContain('琥珀');
  });

  it('keeps to the Han parts of a mixed name', () => {
    expect(nameWordTerms('A区琥珀 Shop')).toEqual(expect.arrayContaining(['琥珀', '区琥']));
    expect(nameWordTerms('A区琥珀 Shop').every((term) => /^\p{Script=Han}+$/u.test(term))).toBe(true);
  });
});
