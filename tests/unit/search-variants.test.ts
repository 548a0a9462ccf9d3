import { describe, expect, it } from 'vitest';
import { stringsIn, traditionalVariants } from '@/lib/search/variants';

/** A stand-in for OpenCC: a few simplified characters and their Taiwan and Hong Kong forms. */
const table: Record<string, string[]> = {
  宝: ['寶', '寶'],
  员: ['員', '員'],
  里: ['裡', '裏'],
  干: ['乾', '幹'],
  乾: ['乾', '乾'],
  面: ['面', '面'],
  说: ['說話', '說'],
};
const stub = (char: string) => table[char] ?? [char];

describe('traditionalVariants', () => {
  it('maps the traditional forms of the characters the texts use to them', () => {
    expect(traditionalVariants(['翠格珠宝', '党员商户'], stub)).toEqual({ 寶: '宝', 員: '员' });
  });

  it('keeps every regional form of a character', () => {
    expect(traditionalVariants(['里面'], stub)).toEqual({ 裏: '里', 裡: '里' });
  });

  it('leaves out characters whose traditional form is the same, and text that is not Han', () => {
    expect(traditionalVariants(['面 amber 123 ，。'], stub)).toEqual({});
  });

  it('leaves out a traditional form that the texts use as a character of its own', () => {
    // 乾 is written on the site (乾隆): mapping it to 干 would make it unsearchable; 幹 still maps.
    expect(traditionalVariants(['乾隆', '干部'], stub)).toEqual({ 幹: '干' });
    expect(traditionalVariants(['干部'], stub)).toEqual({ 乾: '干', 幹: '干' });
  });

  it('gives a shared traditional form to the character the texts use more often, whatever their order', () => {
    const stubShared = (char: string) => (char === '后' || char === '侯' ? ['後'] : [char]);
    expect(traditionalVariants(['侯', '后后'], stubShared)).toEqual({ 後: '后' });
    expect(traditionalVariants(['后后', '侯'], stubShared)).toEqual({ 後: '后' });
    // A tie goes to the lower code point (侯 U+4FAF < 后 U+540E).
    expect(traditionalVariants(['后', '侯'], stubShared)).toEqual({ 後: '侯' });
  });

  it('works character by character: an answer longer than one character is ignored', () => {
    expect(traditionalVariants(['说'], (char) => table[char]!.slice(0, 1))).toEqual({});
    expect(traditionalVariants(['说'], stub)).toEqual({ 說: '说' });
  });

  it('accepts a converter that gives a single form', () => {
    expect(traditionalVariants(['珠宝'], (char) => (char === '宝' ? '寶' : char))).toEqual({ 寶: '宝' });
  });
});

describe('stringsIn', () => {
  it('collects every string of nested content data and skips dates, numbers and other objects', () => {
    const data = {
      name: '翠格珠宝',
      summary: { zh: '珠宝店', en: 'Jewellery' },
      honours: [{ kind: '和谐商户', year: 2017 }],
      verified: new Date('2018-01-01'),
      photos: [new (class Image { alt = '不收' })()],
      nothing: null,
    };
    expect(stringsIn(data)).toEqual(['翠格珠宝', '珠宝店', 'Jewellery', '和谐商户']);
  });
});
