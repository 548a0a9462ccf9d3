/**
 * Names of fixed lists (honours, activity series) in the page's language, from the dictionary.
 * Content stores the Chinese name; the dictionary holds both.
 */
import { t, type Lang, type UIKey } from '../i18n/ui';
import type { HonourKind } from './schema/pieces';
import { seriesSlugs, type Series } from './activities';

const honourKeys: Record<HonourKind, UIKey> = {
  共产党员示范岗: 'honour.model-post',
  文明诚信经营户: 'honour.honest-trader',
  文明诚信经营户标兵: 'honour.honest-trader-model',
  和谐商户: 'honour.harmonious',
  转型发展党员商户典范: 'honour.transformation',
};

export function honourLabel(kind: HonourKind, lang: Lang): string {
  return t(honourKeys[kind], lang);
}

export function seriesLabel(series: Series, lang: Lang): string {
  return t(`series.${seriesSlugs[series]}` as UIKey, lang);
}
