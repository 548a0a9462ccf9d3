/**
 * What the 三建三带 page (/about/, /en/about/) shows of the content graph: the chain of organisations
 * from the top down to the deepest branch, the number of branches as site data counts it, the lead
 * in the page's language and the sources the mechanism cites. Pure.
 */
import { t, type Lang } from '@/i18n/ui';
import type { Branch, Site, SiteData } from '@/lib/content/site';
import { citedSources } from './sources';

export interface AboutView {
  /** The organisations above the deepest branch, from the top of the chain (the subdistrict) down. */
  chain: Branch[];
  /** How many organisations site data's `branches` figure counts, and when ("5个（2018年）"), when it has one. */
  branchCount?: string;
  lead: { text: string; lang: Lang };
  /** The sources the mechanism's parts cite, each once (as site data lists them). */
  sources: SiteData['sources'];
}

/** What the about page reads of the content graph (Site, or a stand-in in tests). */
interface AboutContent {
  site: SiteData;
  branches: readonly Branch[];
  branch: Site['branch'];
  source: Site['source'];
}

export function aboutView(site: AboutContent, lang: Lang): AboutView {
  const english = lang === 'en';
  const { tagline, figures, mechanism } = site.site;
  // The chain runs from the subdistrict down to a branch; the source adds member merchants and ordinary merchants below it.
  const deepest = [...site.branches].sort((a, b) => site.branch.ancestors(b).length - site.branch.ancestors(a).length)[0];
  const figure = figures.find((f) => f.id === 'branches');
  return {
    chain: deepest ? [...site.branch.ancestors(deepest)].reverse() : [],
    branchCount: figure && t('about.branchCount', lang, { count: figure.value, year: figure.asOf.getUTCFullYear() }),
    lead: { text: english ? (tagline.en ?? tagline.zh) : tagline.zh, lang: english && tagline.en ? 'en' : 'zh-CN' },
    sources: citedSources(site, mechanism),
  };
}
