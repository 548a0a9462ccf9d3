/**
 * URLs of pages, built in one place so links and routes cannot drift apart: sections and the
 * collection each shows come from src/lib/sections.ts. Every path ends with a slash (trailingSlash: 'always').
 */
import type { Lang } from '../i18n/ui';
import { sectionOfCollection, type RoutedCollection, type SectionName } from './sections.ts';

const prefixes: Record<Lang, string> = { 'zh-CN': '', en: '/en' };

/** The path of a section's page in a language: pathTo('about', undefined, 'en') → /en/about/ */
export function pathTo(section: SectionName, id?: string, lang: Lang = 'zh-CN'): string {
  const parts = section === 'home' ? [] : [section, ...(id ? [id] : [])];
  return `${prefixes[lang]}/${parts.map(encodeURIComponent).join('/')}${parts.length > 0 ? '/' : ''}`;
}

/** The path of an entry's page: entryPath(merchant) → /merchants/cuige-zhubao/; guides live under /learn/. */
export function entryPath(entry: { collection: RoutedCollection; id: string }, lang: Lang = 'zh-CN'): string {
  return pathTo(sectionOfCollection[entry.collection], entry.id, lang);
}

/**
 * The absolute URL of a path on the configured site (pass `Astro.site`): canonical links, structured
 * data, share images and placard QR codes need it, so a build without `site` stops here, once.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site` (src/lib/env.ts, SITE_URL): absolute URLs cannot be made.');
  return new URL(path, site).href;
}
