/**
 * Names of the values of fixed lists (honours, activity series, organisation kinds, guide sections,
 * recurrence frequencies) in the page's language: each list is one table (./schema/word-lists.ts)
 * with the value content stores and its labels; nothing else repeats them.
 */
import type { Lang } from '@/i18n/ui';
import type { Series } from './activities';
import type { HonourKind } from './schema/pieces';
import { FREQUENCY_WORDS, GUIDE_SECTION_WORDS, HONOURS, ORGANISATION_KIND_WORDS, SERIES, type Word } from './schema/word-lists';

/** A value's label: the English one on English pages; on Chinese ones its own Chinese label, or the value. */
export function wordLabel<const List extends readonly Word[]>(list: List, value: List[number]['value'], lang: Lang): string {
  const word: Word | undefined = list.find((entry) => entry.value === value);
  if (!word) return value;
  return lang === 'en' ? word.en : (word.zh ?? word.value);
}

export const honourLabel = (kind: HonourKind, lang: Lang) => wordLabel(HONOURS, kind, lang);
export const seriesLabel = (series: Series, lang: Lang) => wordLabel(SERIES, series, lang);
export const organisationKindLabel = (kind: (typeof ORGANISATION_KIND_WORDS)[number]['value'], lang: Lang) =>
  wordLabel(ORGANISATION_KIND_WORDS, kind, lang);
export const guideSectionLabel = (section: (typeof GUIDE_SECTION_WORDS)[number]['value'], lang: Lang) => wordLabel(GUIDE_SECTION_WORDS, section, lang);
/** A recurrence rule without a day of the month: 每季度一次 / Once a quarter. */
export const frequencyLabel = (frequency: (typeof FREQUENCY_WORDS)[number]['value'], lang: Lang) => wordLabel(FREQUENCY_WORDS, frequency, lang);
