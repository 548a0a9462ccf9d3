/**
 * Breadcrumb trails, from the section registry (src/lib/sections.ts): a section's label and link are
 * never written out by a page. Pure: no Astro imports.
 */
import { t, type Lang } from '@/i18n/ui';
import { pathTo } from '@/lib/routes';
import { SECTIONS, sectionOfCollection, type RoutedCollection, type SectionName } from '@/lib/sections';

/** One link of a trail (PageHeader's `trail`). */
export interface Crumb {
  label: string;
  href: string;
}

/**
 * The trail down to a section's index page, outermost first: the home page, then the section
 * (`sectionTrail('home')` is the home page alone: what a section's own index page shows above it).
 */
export function sectionTrail(section: SectionName, lang: Lang = 'zh-CN'): Crumb[] {
  const home = { label: t(SECTIONS.home.label, lang), href: pathTo('home', undefined, lang) };
  return section === 'home' ? [home] : [home, { label: t(SECTIONS[section].label, lang), href: pathTo(section, undefined, lang) }];
}

/**
 * The trail above an entry's page: the home page, the section its collection is shown in, then any
 * `parents` within the section, outermost first (a party organisation's chain of organisations).
 */
export function breadcrumbs(entry: { collection: RoutedCollection }, lang: Lang = 'zh-CN', parents: readonly Crumb[] = []): Crumb[] {
  return [...sectionTrail(sectionOfCollection[entry.collection], lang), ...parents];
}
