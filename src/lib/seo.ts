/**
 * What a page tells crawlers and share cards (WeChat, search engines) besides its title and
 * description: the section whose default share image it gets, its Open Graph locales, whether it is
 * indexed at all, and which of its photos can stand for it. Pure (like src/lib/i18n.ts), so tested directly.
 */
import type { Lang, UIKey } from '../i18n/ui';
import { basePath, hasPageIn, langOfPath, LANGS } from './i18n';
import { printCopyOf, SECTION_NAMES, SECTIONS, type SectionName } from './sections';

/** Every section has a default share image; a path outside them gets the home page's. */
export const SHARE_SECTIONS = SECTION_NAMES;
export type ShareSection = SectionName;

/**
 * The default share images are square, 600 × 600: WeChat shows a square thumbnail (it crops wider
 * images to their middle) and wants at least 300 × 300; 600 stays sharp on a 2× screen and is small.
 */
export const SHARE_IMAGE_SIZE = 600;
/** The smallest side of an image WeChat and Open Graph readers accept for a share card. */
export const MIN_SHARE_IMAGE_SIDE = 300;
/** A page's own photo is scaled down to at most this width for sharing (Open Graph's usual 1200). */
export const MAX_SHARE_PHOTO_WIDTH = 1200;

/** The UI string naming each section (the header's and the footer's link text), for the share image's alt text. */
export function shareSectionLabel(section: ShareSection): UIKey {
  return SECTIONS[section].label;
}

/** The site path of a section's default share image (built by src/pages/og/[section].png.ts). */
export function shareImagePath(section: ShareSection): string {
  return `/og/${section}.png`;
}

const ogLocaleOf: Record<Lang, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };

/** `og:locale` of a page, and `og:locale:alternate` for each language its twin exists in. */
export function ogLocales(pathname: string): { locale: string; alternates: string[] } {
  const lang = langOfPath(pathname);
  return {
    locale: ogLocaleOf[lang],
    alternates: LANGS.filter((other) => other !== lang && hasPageIn(pathname, other)).map((other) => ogLocaleOf[other]),
  };
}

/**
 * The canonical path of a page: its own, except the not-found page (built and served as /404.html)
 * and a shop's placard, a print copy of the shop page (its QR code leads there), whose canonical
 * page is the shop page: search engines send people to the shop page, and the placard stays crawlable.
 */
export function canonicalPathOf(pathname: string): string {
  if (/^\/404(\/|\.html)?$/.test(pathname)) return '/404.html';
  return printCopyOf(pathname) ?? pathname;
}

/** False for the page search engines must not index: the not-found page. */
export function isIndexable(pathname: string): boolean {
  return !/^\/404(\/|\.html)?$/.test(basePath(pathname));
}

/** The pages the sitemap lists: indexable, and their own canonical page (so not the placards). */
export function inSitemap(pathname: string): boolean {
  return isIndexable(pathname) && canonicalPathOf(pathname) === pathname;
}

interface Sized {
  width: number;
  height: number;
}

/**
 * The first photo big enough to stand for its page in a share card (both sides ≥ 300 px), and the
 * width to render it at: at most 1200 px, never enlarged, and never so narrow that its height drops
 * below 300 px (a panorama keeps more width). Undefined when no photo is big enough.
 */
export function pickSharePhoto<Photo extends { src: Sized }>(photos: readonly Photo[]): { photo: Photo; width: number } | undefined {
  const photo = photos.find(({ src }) => src.width >= MIN_SHARE_IMAGE_SIDE && src.height >= MIN_SHARE_IMAGE_SIDE);
  if (!photo) return undefined;
  const { width, height } = photo.src;
  const tallEnough = Math.ceil((MIN_SHARE_IMAGE_SIDE * width) / height);
  return { photo, width: Math.min(width, Math.max(MAX_SHARE_PHOTO_WIDTH, tallEnough)) };
}
