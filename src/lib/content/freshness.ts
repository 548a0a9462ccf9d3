/**
 * Whether the site is kept current (政府网站检查：首页两周以上不更新、栏目长期不更新是单项否决):
 * a warning when a dated section's newest item (src/lib/sections.ts `freshness`) is older than its
 * limit, and when the newest of those the home page lists is older than the home page's limit.
 * Limits from site.yaml `freshness`, else the registry's defaults.
 */
import { t } from '@/i18n/ui';
import { isoDay } from '@/lib/format';
import { FRESHNESS_SECTIONS, HOME_FRESHNESS_DAYS, SECTIONS, type SectionName } from '@/lib/sections';
import type { EntryRecord } from './integrity';
import type { ContentProblem } from './problems';

const DAY = 86_400_000;

interface Newest {
  date: Date;
  file: string;
  field: string;
  section: SectionName;
}

/** The newest dated entry of a section, or undefined when none is dated. */
function newestOf(records: readonly EntryRecord[], section: SectionName): Newest | undefined {
  const { collection, dates } = FRESHNESS_SECTIONS[section]!;
  let newest: Newest | undefined;
  for (const record of records) {
    if (record.collection !== collection || !record.filePath) continue;
    for (const field of dates) {
      const value = (record.data as Record<string, unknown>)[field];
      if (value instanceof Date && !Number.isNaN(value.getTime()) && (!newest || value > newest.date)) newest = { date: value, file: record.filePath, field, section };
    }
  }
  return newest;
}

export function findStaleSections(records: readonly EntryRecord[], limits: Readonly<Record<string, number | undefined>>, now: Date): ContentProblem[] {
  const ageOf = (date: Date) => Math.floor((now.getTime() - date.getTime()) / DAY);
  const label = (section: SectionName) => t(SECTIONS[section].label);
  const newestBySection = Object.keys(FRESHNESS_SECTIONS).flatMap((section) => {
    const newest = newestOf(records, section as SectionName);
    return newest ? [newest] : [];
  });
  const problems: ContentProblem[] = [];
  const warn = (newest: Newest, limit: number, zh: string, en: string, fixZh: string, setting: string) =>
    problems.push({
      code: 'stale-section',
      severity: 'warning',
      file: newest.file,
      field: newest.field,
      problem: { zh: `${zh}是 ${isoDay(newest.date)}，已经 ${ageOf(newest.date)} 天没有更新（要求 ${limit} 天内）`, en: `${en} is from ${isoDay(newest.date)}, ${ageOf(newest.date)} days ago (limit ${limit} days)` },
      fix: { zh: `${fixZh}；确实不需要这么频繁时，在 site.yaml 的 freshness.${setting} 改天数`, en: `publish something new, or change freshness.${setting} in site.yaml` },
    });
  for (const newest of newestBySection) {
    const limit = limits[newest.section] ?? FRESHNESS_SECTIONS[newest.section]!.days;
    if (ageOf(newest.date) > limit) {
      warn(newest, limit, `栏目“${label(newest.section)}”最新的一条`, `the newest item of section "${newest.section}"`, `发布一条新的“${label(newest.section)}”`, newest.section);
    }
  }
  const onHome = newestBySection.filter((newest) => FRESHNESS_SECTIONS[newest.section]!.onHome);
  const newestOfAll = onHome.reduce<Newest | undefined>((found, item) => (!found || item.date > found.date ? item : found), undefined);
  const homeLimit = limits.home ?? HOME_FRESHNESS_DAYS;
  if (newestOfAll && ageOf(newestOfAll.date) > homeLimit) {
    warn(newestOfAll, homeLimit, '首页上最新的一条内容', 'the newest item on the home page', '发布新的故事或活动', 'home');
  }
  return problems;
}
