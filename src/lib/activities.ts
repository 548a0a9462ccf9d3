/**
 * The activity archive: regular activities first, then dated ones grouped by year and month,
 * newest first (an activity the source reports without a date is grouped by the source's date),
 * and the static URL of each series. Pure; the archive, series pages and home page use it.
 */
import { ACTIVITY_SERIES } from './schema/collections';
import { FREQUENCY_WORDS, SERIES } from './schema/word-lists';
import type { Lang } from '@/i18n/ui';
import { pathTo } from './routes';
import { sectionOfCollection } from './sections';

interface Timed {
  id: string;
  data: { title: string; series?: string; date?: Date; recurrence?: { frequency: string }; reported?: Date };
}

/** Most frequent first, in the order of the frequency table. */
const frequencyOrder = (frequency: string) => {
  const index = FREQUENCY_WORDS.findIndex((word) => word.value === frequency);
  return index === -1 ? FREQUENCY_WORDS.length : index;
};

export function recurringActivities<T extends Timed>(activities: readonly T[]): T[] {
  return activities
    .filter((a) => a.data.recurrence)
    .sort((a, b) => frequencyOrder(a.data.recurrence!.frequency) - frequencyOrder(b.data.recurrence!.frequency) || a.id.localeCompare(b.id));
}

export interface MonthGroup<T> {
  year: number;
  month: number;
  activities: T[];
}

/** Dated and reported activities by year and month (in UTC, where calendar days are stored), newest first. */
export function groupByMonth<T extends Timed>(activities: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  const dayOf = (a: T) => (a.data.date ?? a.data.reported)!;
  const timed = activities.filter((a) => a.data.date || a.data.reported).sort((a, b) => dayOf(b).getTime() - dayOf(a).getTime() || a.id.localeCompare(b.id));
  for (const activity of timed) {
    const day = dayOf(activity);
    const key = `${day.getUTCFullYear()}-${day.getUTCMonth()}`;
    const group = groups.get(key) ?? { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, activities: [] };
    group.activities.push(activity);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export type Series = (typeof ACTIVITY_SERIES)[number];

/** The URL slug of each series, so /activities/series/<slug>/ stays readable ASCII (./schema/word-lists.ts). */
export const seriesSlugs = Object.fromEntries(SERIES.map((word) => [word.value, word.slug])) as Record<Series, string>;

/** The page of a series: /activities/series/<slug>/, or /en/activities/series/<slug>/ in English. */
export function seriesPath(series: Series, lang: Lang = 'zh-CN'): string {
  return `${pathTo(sectionOfCollection.activities, 'series', lang)}${seriesSlugs[series]}/`;
}

/** Each series with how many activities it has, in the order of the list. */
export function seriesCounts<T extends Timed>(activities: readonly T[]): { series: Series; count: number }[] {
  return ACTIVITY_SERIES.map((series) => ({ series, count: activities.filter((a) => a.data.series === series).length }));
}
