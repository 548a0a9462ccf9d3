/**
 * URLs of pages, built in one place so links and routes cannot drift apart.
 * Every path ends with a slash (trailingSlash: 'always').
 */
import type { Lang } from '../i18n/ui';

export type Section = 'branches' | 'merchants' | 'stories' | 'activities' | 'learn';
/** Single pages: the prose pages editors keep in src/content/pages/, the about and search pages. */
export type SinglePage = 'about' | 'search' | 'visit' | 'privacy' | 'accessibility';

const prefixes: Record<Lang, string> = { 'zh-CN': '', en: '/en' };

/** The path of a page in a language: pathTo('merchants', 'cuige-zhubao') → /merchants/cuige-zhubao/ */
export function pathTo(section: Section | SinglePage | 'home', id?: string, lang: Lang = 'zh-CN'): string {
  const parts = section === 'home' ? [] : [section, ...(id ? [id] : [])];
  return `${prefixes[lang]}/${parts.map(encodeURIComponent).join('/')}${parts.length > 0 ? '/' : ''}`;
}

/** The collection each section shows; `learn` shows guides. */
export const sectionOfCollection = {
  branches: 'branches',
  merchants: 'merchants',
  stories: 'stories',
  activities: 'activities',
  guides: 'learn',
} as const satisfies Record<string, Section>;

/** The path of an entry of a collection. */
export function entryPath(collection: keyof typeof sectionOfCollection, id: string, lang: Lang = 'zh-CN'): string {
  return pathTo(sectionOfCollection[collection], id, lang);
}

/**
 * The absolute URL of a path on the configured site (pass `Astro.site`): canonical links, structured
 * data, share images and placard QR codes need it, so a build without `site` stops here, once.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site` (src/lib/env.ts, SITE_URL): absolute URLs cannot be made.');
  return new URL(path, site).href;
}
