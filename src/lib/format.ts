/**
 * Dates, recurrences and figures as readers see them, per language.
 * Calendar days are stored at 00:00 UTC, so they are formatted in UTC: the same day on every machine.
 */
import { t, type Lang } from '@/i18n/ui';
import { frequencyLabel } from './labels';
import { HAN_CHARACTER } from '@/lib/text/han';
import type { FREQUENCY_WORDS } from '@/lib/schema/word-lists';

/** How often a regular activity recurs (the frequency table's values). */
export type Frequency = (typeof FREQUENCY_WORDS)[number]['value'];

const dayFormats: Record<Lang, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** 2018-10-31 → 2018年10月31日 / 31 October 2018 */
export function formatDay(date: Date, lang: Lang = 'zh-CN'): string {
  return dayFormats[lang].format(date);
}

/** The machine-readable form for <time datetime>: 2018-10-31 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date known to the year or month, as stored ("2009-03") → 2009年3月 / March 2009. */
export function formatPartialDate(text: string, lang: Lang = 'zh-CN'): string {
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  if (day) return formatDay(new Date(Date.UTC(year, month! - 1, day)), lang);
  if (month) {
    return lang === 'zh-CN'
      ? `${year}年${month}月`
      : new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  }
  return lang === 'zh-CN' ? `${year}年` : String(year);
}

export interface Recurrence {
  frequency: Frequency;
  dayOfMonth?: number;
  since?: string;
}

/** { monthly, 10 } → 每月10日 / On the 10th of every month */
export function formatRecurrence(rule: Recurrence, lang: Lang = 'zh-CN'): string {
  const text =
    rule.frequency === 'monthly' && rule.dayOfMonth
      ? t('activities.monthlyDay', lang, { day: lang === 'en' ? ordinal(rule.dayOfMonth) : rule.dayOfMonth })
      : frequencyLabel(rule.frequency, lang);
  return rule.since ? text + t('activities.since', lang, { date: formatPartialDate(rule.since, lang) }) : text;
}

/** 1 → 1st, 2 → 2nd, 10 → 10th, 22 → 22nd */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Reading time of Chinese prose at about 400 characters a minute; Latin words count as one each. */
export function readingMinutes(text: string): number {
  const han = (text.match(new RegExp(HAN_CHARACTER, 'gu')) ?? []).length;
  const words = (text.replace(new RegExp(HAN_CHARACTER, 'gu'), ' ').match(/[A-Za-z0-9]+/g) ?? []).length;
  return Math.max(1, Math.round(han / 400 + words / 200));
}
