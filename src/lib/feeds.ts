/**
 * The site's two feeds, built from plain content data so they can be tested without a build:
 * - /rss.xml: every story and every activity with a day of its own, newest first;
 * - /activities.ics: the activities a calendar can show (the monthly service day as a rule, dated ones as days).
 * The pages in src/pages only load the content and hand it here.
 */
import ical, { ICalEventRepeatingFreq, type ICalCalendar, type ICalEventData } from 'ical-generator';
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Recurrence } from './format';
import { nextOccurrence } from './recurrence';
import { absoluteUrl, entryPath } from './routes';
import type { RoutedCollection } from './sections';

/** The parts of a story the feeds use (a loaded entry fits). */
export interface FeedStory {
  collection: RoutedCollection;
  id: string;
  data: { title: string; date: Date; summary: { zh: string }; tags: readonly string[] };
}

/** The parts of an activity the feeds use: exactly one of date, recurrence or reported is set. */
export interface FeedActivity {
  collection: RoutedCollection;
  id: string;
  data: {
    title: string;
    date?: Date;
    recurrence?: Recurrence;
    reported?: Date;
    series: string;
    place?: string;
    summary: { zh: string };
  };
}

/** What the feeds read from the loaded site (`loadSite()` fits). */
export interface FeedSite {
  site: { name: { zh: string }; tagline: { zh: string } };
  stories: readonly FeedStory[];
  activities: readonly FeedActivity[];
}

/**
 * One RSS item per story and per activity that has a `date`, newest first.
 * Recurring activities and those only `reported` by a source have no publication day of their own.
 */
export function rssItems(site: FeedSite, siteUrl: URL | string): RSSFeedItem[] {
  const stories = site.stories.map((story) => ({
    id: story.id,
    item: {
      title: story.data.title,
      link: absoluteUrl(entryPath(story), siteUrl),
      pubDate: story.data.date,
      description: story.data.summary.zh,
      categories: [...story.data.tags],
    } satisfies RSSFeedItem,
  }));
  const activities = site.activities.flatMap((activity) =>
    activity.data.date
      ? [
          {
            id: activity.id,
            item: {
              title: activity.data.title,
              link: absoluteUrl(entryPath(activity), siteUrl),
              pubDate: activity.data.date,
              description: activity.data.summary.zh,
              categories: [activity.data.series],
            } satisfies RSSFeedItem,
          },
        ]
      : [],
  );
  return [...stories, ...activities]
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.id.localeCompare(b.id))
    .map(({ item }) => item);
}

/** The options of the RSS feed for `@astrojs/rss`: the channel in Chinese, and its items. */
export function rssFeed(site: FeedSite, siteUrl: URL | string): RSSOptions {
  return {
    title: site.site.name.zh,
    description: site.site.tagline.zh,
    site: siteUrl,
    items: rssItems(site, siteUrl),
    customData: '<language>zh-cn</language>',
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The activity calendar. `now` is when it is built: the monthly service day starts on its next
 * occurrence in Shanghai after `now`, and every event is stamped with it.
 *
 * In the calendar:
 * - a monthly rule with a day (the 10th of every month): an all-day event on its next occurrence,
 *   repeating with RRULE:FREQ=MONTHLY;BYMONTHDAY=<day>;
 * - an activity with a `date`: an all-day event on that day.
 * Left out, because no day can be given for them: quarterly and biennial rules, monthly rules
 * without a day ("once a month"), and activities only `reported` by a source.
 */
export function calendarFor(site: FeedSite, siteUrl: URL | string, now: Date): ICalCalendar {
  const host = new URL(siteUrl).host;
  const calendar = ical({
    name: site.site.name.zh,
    description: site.site.tagline.zh,
    prodId: { company: host, product: 'activities', language: 'ZH' },
    url: absoluteUrl('/activities.ics', siteUrl),
    // The calendar's time zone is Asia/Shanghai, declared with X-WR-TIMEZONE rather than
    // ical-generator's `timezone` option: with that option set, ical-generator writes dates with
    // the build machine's local clock (a UTC build server would move every day) and DTSTAMP
    // without its required UTC "Z". All events are whole days (VALUE=DATE), which need no zone.
    x: { 'X-WR-TIMEZONE': 'Asia/Shanghai' },
  });

  for (const activity of site.activities) {
    const url = absoluteUrl(entryPath(activity), siteUrl);
    const common = {
      id: `${activity.id}@${host}`,
      stamp: now,
      allDay: true,
      summary: activity.data.title,
      description: `${activity.data.summary.zh}\n${url}`,
      location: activity.data.place ?? null,
      url,
      categories: [{ name: activity.data.series }],
    } satisfies Partial<ICalEventData>;

    if (activity.data.date) {
      calendar.createEvent({ ...common, ...wholeDay(activity.data.date) });
    } else if (activity.data.recurrence) {
      const rule = activity.data.recurrence;
      // Undefined for rules without a day of the month (quarterly, biennial, "once a month"): left out.
      const next = nextOccurrence(rule, now);
      if (!next || rule.frequency !== 'monthly' || !rule.dayOfMonth) continue;
      calendar.createEvent({
        ...common,
        ...wholeDay(next),
        repeating: { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay: [rule.dayOfMonth] },
      });
    }
    // `reported` activities: the source does not say when they took place, so they are not in the calendar.
  }
  return calendar;
}

/**
 * A calendar day (stored at 00:00 UTC) as an all-day event: DTSTART on that day, DTEND the next
 * (exclusive, as RFC 5545 counts). Without a calendar time zone ical-generator writes the UTC date.
 */
function wholeDay(day: Date): { start: Date; end: Date } {
  return { start: day, end: new Date(day.getTime() + DAY_MS) };
}
