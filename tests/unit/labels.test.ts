import { describe, expect, it } from 'vitest';
import { frequencyLabel, guideSectionLabel, honourLabel, organisationKindLabel, seriesLabel } from '@/lib/labels';
import { ACTIVITY_SERIES, GUIDE_SECTIONS, ORGANISATION_KINDS } from '@/lib/schema/collections';
import { HONOUR_KINDS } from '@/lib/schema/pieces';
import { FREQUENCY_WORDS, GUIDE_SECTION_WORDS, HONOURS, ORGANISATION_KIND_WORDS, SERIES, type Word } from '@/lib/schema/word-lists';

describe('labels of fixed lists', () => {
  it('names every honour in both languages, the Chinese as stored', () => {
    for (const kind of HONOUR_KINDS) {
      expect(honourLabel(kind, 'zh-CN')).toBe(kind);
      expect(honourLabel(kind, 'en')).toMatch(/^[A-Z][a-z -]+$/);
    }
  });
  it('names every activity series in both languages, the Chinese as stored', () => {
    for (const series of ACTIVITY_SERIES) {
      expect(seriesLabel(series, 'zh-CN')).toBe(series);
      expect(seriesLabel(series, 'en')).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
  });
  it('names every organisation kind and guide section in both languages, the Chinese as stored', () => {
    for (const kind of ORGANISATION_KINDS) {
      expect(organisationKindLabel(kind, 'zh-CN')).toBe(kind);
      expect(organisationKindLabel(kind, 'en')).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
    for (const section of GUIDE_SECTIONS) {
      expect(guideSectionLabel(section, 'zh-CN')).toBe(section);
      expect(guideSectionLabel(section, 'en')).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
  });
  it('names a recurrence rule without a day', () => {
    expect(frequencyLabel('quarterly', 'zh-CN')).toBe('每季度一次');
    expect(frequencyLabel('biennial', 'en')).toBe('Every two years');
  });
});

describe('the word-list tables', () => {
  it.each([
    ['HONOURS', HONOURS],
    ['SERIES', SERIES],
    ['ORGANISATION_KIND_WORDS', ORGANISATION_KIND_WORDS],
    ['GUIDE_SECTION_WORDS', GUIDE_SECTION_WORDS],
    ['FREQUENCY_WORDS', FREQUENCY_WORDS],
  ] as [string, readonly Word[]][])('%s: values and slugs are unique, slugs readable ASCII', (_, list) => {
    expect(new Set(list.map((word) => word.value)).size).toBe(list.length);
    expect(new Set(list.map((word) => word.slug)).size).toBe(list.length);
    for (const word of list) expect(word.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
