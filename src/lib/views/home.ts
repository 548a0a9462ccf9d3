/**
 * What the home page (/, /en/) shows of the content graph: its title in the page's language, the
 * key figures with their sources, the first model shops, the newest stories, the regular activities (the monthly service day first) and
 * how many there are of each. Pure.
 */
import type { Lang } from '@/i18n/ui';
import { recurringActivities } from '@/lib/activities';
import type { Activity, Merchant, Site, SiteData, Story } from '@/lib/content/site';
import { pick } from '@/lib/i18n';
import { citedSources } from './sources';

/** What the home page reads of the content graph (Site, or a stand-in in tests). */
interface HomeContent {
  site: SiteData;
  merchants: readonly Merchant[];
  stories: readonly Story[];
  activities: readonly Activity[];
  source: Site['source'];
}

export function homeView(site: HomeContent, lang: Lang) {
  const figures = site.site.figures.slice(0, 8);
  return {
    /** The site's name in the page's language when there is one, with the language it is in. */
    title: pick(site.site.name, lang),
    /** The key figures shown, and the sources they cite. */
    figures,
    figureSources: citedSources(site, figures),
    featured: site.merchants.slice(0, 6),
    stories: site.stories.slice(0, 3),
    recurring: recurringActivities(site.activities).slice(0, 3),
    counts: { merchants: site.merchants.length, stories: site.stories.length, activities: site.activities.length },
  };
}
