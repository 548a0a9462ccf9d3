/**
 * The fixed word lists of the content, each one table: the value an editor writes (Chinese, as the
 * market names it, except the recurrence rule's English keywords), its labels, and the readable ASCII
 * slug of a URL or anchor made for it. The schemas, the scaffolder, the labels on pages and the series
 * URLs all read these tables; no other file lists the values.
 */

export interface Word {
  /** What the content stores: the Chinese name. */
  value: string;
  /** The label on Chinese pages, where it is not the value itself. */
  zh?: string;
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

/** The kinds of party organisation, from the top of the market's hierarchy down. */
export const ORGANISATION_KIND_WORDS = [
  { value: '街道党工委', en: 'Sub-district Party working committee', slug: 'jiedao-dang-gongwei' },
  { value: '社区党委', en: 'Community Party committee', slug: 'shequ-dangwei' },
  { value: '党总支', en: 'General Party branch', slug: 'dang-zongzhi' },
  { value: '党支部', en: 'Party branch', slug: 'dang-zhibu' },
] as const satisfies readonly Word[];

/** The sections of the learning centre, in the order its contents list them. */
export const GUIDE_SECTION_WORDS = [
  { value: '网上经营', en: 'Selling online', slug: 'wangshang-jingying' },
  { value: '商品与营销', en: 'Goods and marketing', slug: 'shangpin-yingxiao' },
  { value: '诚信经营', en: 'Honest trading', slug: 'chengxin-jingying' },
  { value: '安全经营', en: 'Safe trading', slug: 'anquan-jingying' },
  { value: '党建与服务', en: 'Party building and service', slug: 'dangjian-fuwu' },
] as const satisfies readonly Word[];

/**
 * How often a regular activity recurs. The value is the keyword editors write (recurrence.frequency);
 * the labels are what pages show for a rule without a day of the month.
 */
export const FREQUENCY_WORDS = [
  { value: 'monthly', zh: '每月一次', en: 'Once a month', slug: 'monthly' },
  { value: 'quarterly', zh: '每季度一次', en: 'Once a quarter', slug: 'quarterly' },
  { value: 'biennial', zh: '每两年一次', en: 'Every two years', slug: 'biennial' },
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
