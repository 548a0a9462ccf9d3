/**
 * Which pages exist in which language, and the URL of a page's twin in the other language.
 * Chinese is the default at the root; English lives under /en/. Pure, so it is tested directly.
 */
import type { Lang } from '../i18n/ui';
import { isPrintCopy, sectionRow, type SectionName } from './sections.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** The language of a site path: /en/… is English, everything else Chinese. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh-CN';
}

/** The path without its language prefix: /en/merchants/x/ → /merchants/x/. */
export function basePath(pathname: string): string {
  return langOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}

/** The section of a page (either language): /en/merchants/x/ → merchants; a path outside every section → home. */
export function sectionOfPath(pathname: string): SectionName {
  return sectionRow(basePath(pathname).split('/')[1] ?? '')?.name ?? 'home';
}

/** The same page in `lang`, whether or not it exists. */
export function pathInLang(pathname: string, lang: Lang): string {
  const base = basePath(pathname);
  return lang === 'en' ? (base === '/' ? '/en/' : `/en${base}`) : base;
}

/**
 * True when the page at `pathname` exists in `lang`: every page exists in Chinese; in English, the
 * pages of sections with English pages (src/lib/sections.ts) except print copies (placards).
 */
export function hasPageIn(pathname: string, lang: Lang): boolean {
  if (lang === 'zh-CN') return true;
  const base = basePath(pathname);
  return !isPrintCopy(base) && (sectionRow(base.split('/')[1] ?? '')?.english ?? false);
}

/**
 * Where the language switcher goes from `pathname`: the twin when it exists, else the other
 * language's home page (so a visitor always reaches content in their language).
 */
export function switchTarget(pathname: string, to: Lang): { href: string; isTwin: boolean } {
  const twin = pathInLang(pathname, to);
  return hasPageIn(pathname, to) ? { href: twin, isTwin: true } : { href: to === 'en' ? '/en/' : '/', isTwin: false };
}

/** hreflang alternates for a page: each language it exists in, and x-default (the Chinese page). */
export function alternates(pathname: string): { hreflang: string; path: string }[] {
  const list = LANGS.filter((lang) => hasPageIn(pathname, lang)).map((lang) => ({ hreflang: lang, path: pathInLang(pathname, lang) }));
  return list.length > 1 ? [...list, { hreflang: 'x-default', path: pathInLang(pathname, 'zh-CN') }] : [];
}

/** Content text in the page's language when it has it, else the Chinese with a note that it is not translated. */
export function pick(text: { zh: string; en?: string }, lang: Lang): { text: string; lang: Lang; translated: boolean } {
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en', translated: true };
  return { text: text.zh, lang: 'zh-CN', translated: lang === 'zh-CN' };
}
