/**
 * The page metadata that government-website platforms and crawlers read (<meta name="SiteName" …>),
 * as 国务院办公厅《政府网站发展指引》(国办发〔2017〕47号) 附件《政府网站网页设计规范》 lists it:
 * - site tags on every page: SiteName, SiteDomain, SiteIDCode (the 网站标识码, only when the site has one);
 * - column tags on column and article pages: ColumnName, ColumnDescription, ColumnKeywords, ColumnType
 *   (one of the annex's fixed column types);
 * - article tags on article pages: ArticleTitle, PubDate (YYYY-MM-DD HH:MM), ContentSource (required);
 *   Keywords, Author, Description, Image, Url (optional).
 * Names, case and formats follow the annex as reproduced at
 * https://blog.csdn.net/weixin_42023088/article/details/133034899 (the annex on gov.cn could not be read
 * from here), checked against government pages that carry them: the 邯郸 templates in
 * github.com/kevin3691/renmin (src/main/webapp/WEB-INF/views/affairs/details.jsp, list.jsp) and
 * moe.gov.cn's PubDate "2026-07-19 07:16". GB/T 42147-2022 was not available to compare.
 */
import { isoDay } from './format';

/** The annex's column types (ColumnType). */
export const COLUMN_TYPES = [
  '首页', '概况信息', '机构职能', '负责人信息', '工作动态', '政策文件', '信息公开指南', '信息公开目录', '信息公开年报',
  '依法申请公开', '数据发布', '数据开放', '政策解读', '回应关切', '办事服务', '咨询投诉', '征集调查', '在线访谈',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface PageMetadataInput {
  site: { name: string; url: string; idCode?: string };
  column?: { name: string; description: string; keywords: readonly string[]; type: ColumnType };
  article?: {
    title: string;
    published?: Date;
    source: string;
    keywords: readonly string[];
    author: string;
    description: string;
    image?: string;
    url: string;
  };
}

/**
 * "YYYY-MM-DD HH:MM" in China's time: a calendar day (the content's dates, midnight UTC) is that day
 * at 00:00; a moment (a commit's) is its time in Shanghai.
 */
export function pubDate(date: Date): string {
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) return `${isoDay(date)} 00:00`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The <meta name content> pairs of a page, in the annex's order; empty values are left out. */
export function pageMetadata({ site, column, article }: PageMetadataInput): { name: string; content: string }[] {
  const tags: [string, string | undefined][] = [
    ['SiteName', site.name],
    ['SiteDomain', new URL(site.url).host],
    ['SiteIDCode', site.idCode],
  ];
  if (column) {
    tags.push(['ColumnName', column.name], ['ColumnDescription', column.description], ['ColumnKeywords', column.keywords.join(',')], ['ColumnType', column.type]);
  }
  if (article) {
    tags.push(
      ['ArticleTitle', article.title],
      ['PubDate', article.published && pubDate(article.published)],
      ['ContentSource', article.source],
      ['Keywords', article.keywords.join(',')],
      ['Author', article.author],
      ['Description', article.description],
      ['Image', article.image],
      ['Url', article.url],
    );
  }
  return tags.flatMap(([name, content]) => (content?.trim() ? [{ name, content: content.trim() }] : []));
}
