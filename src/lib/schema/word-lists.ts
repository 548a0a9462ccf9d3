/**
 * The fixed word lists of the content, each one table: the value an editor writes (Chinese, as the
 * market names it), its English label, and, where a page is made for it, the ASCII slug of its URL.
 * The schemas, the scaffolder, the labels on pages and the series URLs all read these tables.
 */

export interface Word {
  /** What the content stores: the Chinese name. */
  value: string;
  /** The label on English pages. */
  en: string;
  /** The URL slug, readable ASCII. */
  slug: string;
}

/** Honours a shop can hold, as the market names them. */
export const HONOURS = [
  { value: '共产党员示范岗', en: 'Party-member model post', slug: 'model-post' },
  { value: '文明诚信经营户', en: 'Civilised and honest trader', slug: 'honest-trader' },
  { value: '文明诚信经营户标兵', en: 'Model civilised and honest trader', slug: 'honest-trader-model' },
  { value: '和谐商户', en: 'Harmonious merchant', slug: 'harmonious' },
  { value: '转型发展党员商户典范', en: 'Role model of transformation', slug: 'transformation' },
] as const satisfies readonly Word[];

/** The series an activity belongs to; each has a page, /activities/series/<slug>/. */
export const SERIES = [
  { value: '豫园之书', en: 'Yuyuan Books', slug: 'yuyuan-zhi-shu' },
  { value: '豫园之讲', en: 'Yuyuan Talks', slug: 'yuyuan-zhi-jiang' },
  { value: '豫园之展', en: 'Yuyuan Exhibitions', slug: 'yuyuan-zhi-zhan' },
  { value: '豫园之家', en: 'Yuyuan Home', slug: 'yuyuan-zhi-jia' },
  { value: '豫园之心', en: 'Yuyuan Heart', slug: 'yuyuan-zhi-xin' },
  { value: '为民服务日', en: 'Service day for residents', slug: 'weimin-fuwu-ri' },
  { value: '培训', en: 'Training', slug: 'peixun' },
  { value: '讲座', en: 'Lectures', slug: 'jiangzuo' },
  { value: '会议', en: 'Meetings', slug: 'huiyi' },
  { value: '评选', en: 'Selections', slug: 'pingxuan' },
  { value: '便民服务', en: 'Community services', slug: 'bianmin-fuwu' },
] as const satisfies readonly Word[];

type Values<List extends readonly Word[]> = { [Index in keyof List]: List[Index]['value'] };

/** The values of a list, in its order, typed as a tuple (what z.enum takes). */
export function valuesOf<const List extends readonly Word[]>(list: List): Values<List> {
  return list.map((word) => word.value) as Values<List>;
}

/** The entry of a list for a value. */
export function wordOf<const List extends readonly Word[]>(list: List, value: List[number]['value']): List[number] {
  return list.find((word) => word.value === value)!;
}
