/**
 * Names of the Pagefind filters and the values of the page-type filter, in one place: pages mark
 * their content with them and the search UI shows them, so they are written in the reader's language.
 */
export const searchFilter = {
  type: '类型',
  honour: '荣誉',
  category: '类别',
  market: '市场',
  series: '系列',
  section: '栏目',
  branch: '党组织',
} as const;

/** Shop pages carry their place in the directory's order under this sort key. */
export const directorySort = 'rank';

export const searchTypes = {
  page: '页面',
  organisation: '组织',
  merchant: '商户',
  story: '故事',
  activity: '活动',
  guide: '课堂',
} as const;
export type SearchType = keyof typeof searchTypes;
