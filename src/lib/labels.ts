/**
 * Names of fixed lists (honours, activity series) in the page's language: content stores the
 * Chinese name, the table (./schema/word-lists.ts) holds the English one.
 */
import type { Lang } from '../i18n/ui';
import type { HonourKind } from './schema/pieces';
import { HONOURS, SERIES, wordOf } from './schema/word-lists';
import type { Series } from './activities';

export function honourLabel(kind: HonourKind, lang: Lang): string {
  return lang === 'en' ? wordOf(HONOURS, kind).en : kind;
}

export function seriesLabel(series: Series, lang: Lang): string {
  return lang === 'en' ? wordOf(SERIES, series).en : series;
}
