/**
 * Names of the Pagefind filters and the values of the page-type filter, in one place: pages mark
 * their content with them and the search UI shows them. The names and values are the same on
 * Chinese and English pages (the directory's filter depends on them); `filterLabels` gives the
 * names to show in each language.
 */
import { t, type Lang, type UIKey } from '@/i18n/ui';

export const searchFilter = {
  type: '类型',
  honour: '荣誉',
  category: '类别',
  market: '市场',
  series: '系列',
  section: '栏目',
  branch: '党组织',
  year: '年份',
} as const;
export type SearchFilterKey = keyof typeof searchFilter;

/**
 * The hidden filter of the pages that answer a question's intent (the visitor guide: how to get
 * there; src/lib/sections.ts `answers`): search asks for them by it, and shows it as no facet.
 */
export const answerFilter = '解答';
export type SearchFilterName = (typeof searchFilter)[SearchFilterKey];

export const searchTypes = {
  page: '页面',
  organisation: '组织',
  merchant: '商户',
  story: '故事',
  activity: '活动',
  guide: '课堂',
} as const;
export type SearchType = keyof typeof searchTypes;

/** Shop pages carry their place in the directory's order under this sort key. */
export const directorySort = 'rank';

/**
 * Searchable metadata that only helps pages be found and is never shown: the pinyin of a shop's or
 * party organisation's name and of a page's title on Chinese pages, the words of a shop's Chinese
 * name on English pages.
 */
export const searchMeta = {
  pinyin: 'pinyin',
  nameWords: 'nameWords',
  /** The pinyin of a Chinese page's title: a story's person, a guide, an activity. */
  titlePinyin: 'titlePinyin',
} as const;

/** Stories and dated activities carry their day (YYYY-MM-DD) under this sort key. */
export const dateSort = 'date';

/**
 * The year filter and date sort of a page, as `data-pagefind-filter` / `data-pagefind-sort` values:
 * the year of its day, else of the source that reports it (an activity without a known day, as the
 * activity archive groups it); sorted by date only with a day of its own. A regular activity has
 * neither. Days are calendar days stored at UTC midnight. (Not through src/lib/format.ts: the shop
 * directory's island imports this module, and that one's date formatters would come with it.)
 */
export function dateSearchAttributes({ date, reported }: { date?: Date; reported?: Date }): { filter?: string; sort?: string } {
  const yearDay = date ?? reported;
  return {
    ...(yearDay ? { filter: `${searchFilter.year}:${yearDay.getUTCFullYear()}` } : {}),
    ...(date ? { sort: `${dateSort}:${date.toISOString().slice(0, 10)}` } : {}),
  };
}

const filterLabelKeys: Record<SearchFilterKey, UIKey> = {
  type: 'search.filter.type',
  honour: 'search.filter.honour',
  category: 'search.filter.category',
  market: 'search.filter.market',
  series: 'search.filter.series',
  section: 'search.filter.section',
  branch: 'search.filter.branch',
  year: 'search.filter.year',
};

/** What to call each filter in `lang`, by its Pagefind name: { 类型: 'Type', … } in English. */
export function filterLabels(lang: Lang): Record<SearchFilterName, string> {
  return Object.fromEntries(
    (Object.keys(searchFilter) as SearchFilterKey[]).map((key) => [searchFilter[key], t(filterLabelKeys[key], lang)]),
  ) as Record<SearchFilterName, string>;
}
