/**
 * What an activity's page (/activities/<id>/, /en/activities/<id>/) shows, worked out from the
 * content graph: its title and description in the page's language, its organiser, the shops, stories
 * and guides linked to it, and its schema.org Event. Pure: the moment "next" is counted from is passed in.
 */
import { t, type Lang } from '@/i18n/ui';
import type { Activity, Branch, Site } from '@/lib/content/site';
import { nextOccurrence } from '@/lib/recurrence';
import { absoluteUrl, entryPath } from '@/lib/routes';
import { eventJsonLd } from '@/lib/structured-data';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { LinkItem } from './links';

export interface ActivityView {
  trail: Crumb[];
  /** The page's own title: English on English pages when there is one. */
  title: string;
  /** lang="zh-CN" for the title when an English page has only the Chinese one. */
  titleLang?: 'zh-CN';
  description: string;
  organiser?: Branch;
  merchants: LinkItem[];
  stories: LinkItem[];
  guides: LinkItem[];
  /** The schema.org Event; none for an activity without a date or a rule. */
  event?: Record<string, unknown>;
}

/** `siteUrl`: the published address (Astro.site); `now`: the build time, for a recurring activity's next day. */
export function activityView(
  site: Pick<Site, 'activity'>,
  activity: Activity,
  lang: Lang,
  { siteUrl, now }: { siteUrl: URL | string | undefined; now: Date },
): ActivityView {
  const english = lang === 'en';
  const { title, titleEn, place, summary, date, recurrence } = activity.data;
  const organiser = site.activity.organiser(activity);
  const shownTitle = english && titleEn ? titleEn : title;
  const inChinese = t('lang.inChinese', lang);
  return {
    trail: breadcrumbs(activity, lang),
    title: shownTitle,
    titleLang: english && !titleEn ? 'zh-CN' : undefined,
    description: english ? (summary.en ?? t('activities.description', lang)) : summary.zh,
    organiser,
    merchants: site.activity.merchants(activity).map((merchant) => ({
      href: entryPath(merchant, lang),
      label: english ? (merchant.data.nameEn ?? merchant.data.name) : merchant.data.name,
      lang: english && !merchant.data.nameEn ? 'zh-CN' : undefined,
    })),
    // Stories and guides have Chinese pages only: on English pages, the English title when there is one, and "in Chinese".
    stories: site.activity.stories(activity).map(
      (story): LinkItem =>
        english
          ? { href: entryPath(story), label: story.data.titleEn ?? story.data.title, lang: story.data.titleEn ? undefined : 'zh-CN', hreflang: 'zh-CN', note: inChinese }
          : { href: entryPath(story), label: story.data.title },
    ),
    guides: site.activity.guides(activity).map(
      (guide): LinkItem =>
        english
          ? { href: entryPath(guide), label: guide.data.title, lang: 'zh-CN', hreflang: 'zh-CN', note: inChinese }
          : { href: entryPath(guide), label: guide.data.title },
    ),
    event: eventJsonLd({
      url: absoluteUrl(entryPath(activity, lang), siteUrl),
      name: shownTitle,
      description: english ? (summary.en ?? summary.zh) : summary.zh,
      place,
      organiser: organiser && {
        name: english ? (organiser.data.nameEn ?? organiser.data.name) : organiser.data.name,
        url: absoluteUrl(entryPath(organiser), siteUrl),
      },
      date,
      recurrence,
      next: recurrence ? nextOccurrence(recurrence, now) : undefined,
    }),
  };
}
