/**
 * The site's structure in one table: each section (the first segment of its pages' paths), the
 * collection it shows, whether it has English pages, its navigation label, the search type its pages
 * carry, its print copies and the word `npm run new` makes its entries with. Routes, navigation,
 * English twins, share images, search types, the scaffolder, the content checks, the i18n report and
 * the browser tests' page list are derived from it; README.md "Adding a collection" says how to grow it.
 * Plain data with type-only imports, so plain Node (scripts/build.ts) imports it too.
 */
import type { UIKey } from '../i18n/ui';
import type { SearchType } from './search/filters';
import type { QueryIntent } from './search/expand';
import type { ColumnType } from './page-metadata';

/** The content collections (besides the site data, src/content/site.yaml), in the order they are checked. */
export const COLLECTION_NAMES = ['branches', 'markets', 'merchants', 'stories', 'activities', 'guides', 'pages'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];


export interface SectionRow {
  /** The collection with a page per entry at /<section>/<id>/. */
  collection?: CollectionName;
  /** True when its pages exist in English too, under /en/. */
  english: boolean;
  /** The UI string that names it (header, footer, share image); `nav: true` puts it in the header. */
  label: UIKey;
  nav: boolean;
  /** The page-type filter value its pages carry in search. */
  searchType: SearchType;
  /** Its column type in the page metadata government-website platforms read (src/lib/page-metadata.ts). */
  columnType: ColumnType;
  /** A prose page editors keep in src/content/pages/ (<section>.md and en/<section>.md). */
  prose?: { zh: string; en: string };
  /**
   * A print copy of each entry page at /<section>/<id>/<printCopy>/: Chinese only, its canonical page
   * is the entry page, so it is left out of the sitemap.
   */
  printCopy?: string;
  /** `npm run new <kind>`: the word the editor types, the file type of a new entry, how it is named. */
  scaffold?: { kind: string; extension: '.md' | '.mdx'; label: string };
  /**
   * The office's register (台账) of this collection as a spreadsheet, `npm run import` / `npm run export`:
   * its file name (templates/<title>.xlsx) and its sheet's name.
   */
  register?: { title: string; sheet: string };
  /**
   * Its entries can be exported as 公众号 (WeChat) articles: `npm run wechat -- <collection>/<id>`, and
   * the 复制到公众号 button of `npm run dev` (src/integrations/wechat-export).
   */
  wechat?: true;
  /**
   * Its entries are dated (the fields that date them, newest wins) and are expected to be kept
   * current: check:content and the build warn when the newest is older than `days` (site.yaml's
   * `freshness` changes it). `onHome`: the home page lists its newest (src/lib/views/home.ts), so the
   * home page's own limit covers them.
   */
  freshness?: { dates: readonly string[]; days: number; onHome?: true };
  /** What a search query's question its pages answer (how to get there): search puts them first for it. */
  answers?: QueryIntent;
}

/** Every section, in the header's order; `home` is the root page. */
export const SECTIONS = {
  home: { english: true, label: 'nav.home', nav: false, searchType: 'page', columnType: '首页' },
  about: { english: true, label: 'nav.about', nav: true, searchType: 'page', columnType: '概况信息' },
  branches: {
    collection: 'branches',
    english: false,
    label: 'nav.branches',
    nav: true,
    searchType: 'organisation',
    columnType: '机构职能',
    scaffold: { kind: 'branch', extension: '.md', label: '党组织 branch' },
  },
  merchants: {
    collection: 'merchants',
    english: true,
    label: 'nav.merchants',
    nav: true,
    searchType: 'merchant',
    columnType: '工作动态',
    printCopy: 'placard',
    scaffold: { kind: 'merchant', extension: '.md', label: '商户 shop' },
    register: { title: '示范商户登记表', sheet: '示范商户' },
  },
  stories: {
    collection: 'stories',
    english: false,
    label: 'nav.stories',
    nav: true,
    searchType: 'story',
    columnType: '工作动态',
    scaffold: { kind: 'story', extension: '.mdx', label: '故事 story' },
    wechat: true,
    freshness: { dates: ['date'], days: 183, onHome: true },
  },
  activities: {
    collection: 'activities',
    english: true,
    label: 'nav.activities',
    nav: true,
    searchType: 'activity',
    columnType: '工作动态',
    scaffold: { kind: 'activity', extension: '.md', label: '活动 activity' },
    register: { title: '活动计划表', sheet: '活动计划' },
    wechat: true,
    freshness: { dates: ['date', 'reported'], days: 14, onHome: true },
  },
  learn: {
    collection: 'guides',
    english: false,
    label: 'nav.learn',
    nav: true,
    searchType: 'guide',
    columnType: '政策解读',
    scaffold: { kind: 'guide', extension: '.mdx', label: '学习指南 guide' },
    wechat: true,
    freshness: { dates: ['updated'], days: 365 },
  },
  visit: { english: true, label: 'nav.visit', nav: true, searchType: 'page', columnType: '办事服务', prose: { zh: '来访指南', en: 'the visitor page' }, answers: 'directions' },
  search: { english: true, label: 'nav.search', nav: true, searchType: 'page', columnType: '办事服务' },
  privacy: { english: true, label: 'footer.privacy', nav: false, searchType: 'page', columnType: '概况信息', prose: { zh: '个人信息保护声明', en: 'the privacy notice' } },
  accessibility: {
    english: true,
    label: 'footer.accessibility',
    nav: false,
    searchType: 'page',
    columnType: '概况信息',
    prose: { zh: '无障碍声明', en: 'the accessibility statement' },
  },
} as const satisfies Record<string, SectionRow>;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/** The sections with a page per entry of a collection. */
export type EntrySection = { [S in SectionName]: (typeof SECTIONS)[S] extends { collection: CollectionName } ? S : never }[SectionName];
/** The collections with a page per entry. */
export type RoutedCollection = (typeof SECTIONS)[EntrySection]['collection'];

const sectionRows = Object.entries(SECTIONS) as [SectionName, SectionRow][];

/** The section whose pages show a collection's entries: guides → learn. */
export const sectionOfCollection = Object.fromEntries(
  sectionRows.flatMap(([name, row]) => (row.collection ? [[row.collection, name]] : [])),
) as Record<RoutedCollection, EntrySection>;

/** The row of a section by the first segment of a path ('' for home); undefined for a path outside the table. */
export function sectionRow(segment: string): (SectionRow & { name: SectionName }) | undefined {
  if (segment === 'home') return undefined; // the home page is /, not /home/
  const name = segment || 'home';
  return Object.hasOwn(SECTIONS, name) ? { ...(SECTIONS as Record<string, SectionRow>)[name]!, name: name as SectionName } : undefined;
}

/** True when a collection's entries have English pages (merchants, activities). */
export function hasEnglishPages(collection: CollectionName): boolean {
  return sectionRows.some(([, row]) => row.collection === collection && row.english);
}

/**
 * The entry page a print copy stands for (/merchants/x/placard/ → /merchants/x/, with or without
 * /en), else undefined.
 */
export function printCopyOf(pathname: string): string | undefined {
  const match = /^((?:\/en)?\/([^/]+)\/[^/]+\/)([^/]+)\/$/.exec(pathname);
  return match && sectionRow(match[2]!)?.printCopy === match[3] ? match[1] : undefined;
}

/** True for the path of a print copy (a shop's placard). */
export function isPrintCopy(pathname: string): boolean {
  return printCopyOf(pathname) !== undefined;
}

/** The prose pages editors keep, by name (visit, privacy, accessibility). */
export const PROSE_PAGES = Object.fromEntries(sectionRows.flatMap(([name, row]) => (row.prose ? [[name, row.prose]] : []))) as {
  [S in SectionName as (typeof SECTIONS)[S] extends { prose: object } ? S : never]: { zh: string; en: string };
};

/** The words `npm run new` takes: merchant, story, activity, guide, branch. */
export type ScaffoldKind = { [S in SectionName]: (typeof SECTIONS)[S] extends { scaffold: { kind: infer K } } ? K : never }[SectionName];

/** The collections `npm run new` makes entries for, by the word the editor types. */
export const SCAFFOLD_KINDS = Object.fromEntries(
  sectionRows.flatMap(([, row]) => (row.scaffold && row.collection ? [[row.scaffold.kind, { ...row.scaffold, folder: row.collection }]] : [])),
) as Record<ScaffoldKind, { kind: ScaffoldKind; folder: RoutedCollection; extension: '.md' | '.mdx'; label: string }>;

/** The collections kept in a spreadsheet register (merchants, activities), with the word `npm run new` makes their entries with. */
export type RegisterCollection = { [S in SectionName]: (typeof SECTIONS)[S] extends { register: object; collection: infer C } ? C : never }[SectionName];

export const REGISTERS = Object.fromEntries(
  sectionRows.flatMap(([, row]) => (row.register && row.collection && row.scaffold ? [[row.collection, { ...row.register, kind: row.scaffold.kind, extension: row.scaffold.extension }]] : [])),
) as Record<RegisterCollection, { title: string; sheet: string; kind: ScaffoldKind; extension: '.md' | '.mdx' }>;

/** The collections whose entries can be exported as 公众号 articles (stories, activities, guides). */
export type WechatCollection = { [S in SectionName]: (typeof SECTIONS)[S] extends { wechat: true; collection: infer C } ? C : never }[SectionName];

export const WECHAT_COLLECTIONS = sectionRows.flatMap(([, row]) => (row.wechat && row.collection ? [row.collection] : [])) as WechatCollection[];

/** The newest dated item reachable from the home page may be at most this many days old (site.yaml `freshness.home`). */
export const HOME_FRESHNESS_DAYS = 14;

/** The sections whose entries are dated and kept current (stories, activities, learn), with their defaults. */
export const FRESHNESS_SECTIONS = Object.fromEntries(
  sectionRows.flatMap(([name, row]) => (row.freshness && row.collection ? [[name, { ...row.freshness, collection: row.collection }]] : [])),
) as Record<string, { dates: readonly string[]; days: number; onHome?: true; collection: CollectionName }>;

/** The sections in the header that show a collection: one without entries must be filled or hidden (site.yaml `hiddenSections`). */
export const NAV_COLLECTION_SECTIONS = sectionRows.flatMap(([name, row]) => (row.nav && row.collection ? [name] : [])) as EntrySection[];
