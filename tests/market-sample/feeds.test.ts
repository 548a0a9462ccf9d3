/**
 * Builds the market-sample fixture and reads its feeds back as a feed reader and a
 * calendar app would: /rss.xml with an XML parser, /activities.ics with node-ical.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixtureDir, FIXTURE_BUILD_TIME, type BuildResult } from '../support/build';
import { shanghaiDay } from '@/lib/recurrence';
import { marketSample } from '../support/sites';

let result: BuildResult;
let builtAt: Date;
const read = (file: string) => readFileSync(path.join(result.outDir, file), 'utf8');

/** The ids of a collection's entries, and the frontmatter of each. */
function entries(collection: string): { id: string; frontmatter: string }[] {
  const folder = path.join(fixtureDir('market-sample'), collection);
  return readdirSync(folder)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ id: file.replace(/\.mdx?$/, ''), frontmatter: readFileSync(path.join(folder, file), 'utf8').split(/^---$/m)[1] ?? '' }));
}

/** Every built HTML file, relative to dist/. */
function htmlFiles(dir = result.outDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [path.relative(result.outDir, full)] : [];
  });
}

/** True when an absolute URL on the site is served by a built file. */
function builtPage(url: string): boolean {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return existsSync(path.join(result.outDir, pathname, pathname.endsWith('/') ? 'index.html' : ''));
}

beforeAll(() => {
  builtAt = new Date(FIXTURE_BUILD_TIME);
  result = builtSite(marketSample);
});

describe('/rss.xml', () => {
  const stories = entries('stories');
  const datedActivities = entries('activities').filter((entry) => /^date:/m.test(entry.frontmatter));

  it('has one item per story and per dated activity, with absolute links to built pages', () => {
    expect(stories.length).toBeGreaterThan(0);
    const $ = load(read('rss.xml'), { xml: true });
    expect($('rss > channel > language').text()).toBe('zh-cn');
    expect($('channel > title').text()).toBe('豫园小商品市场党建');
    const items = $('item').toArray();
    expect(items).toHaveLength(stories.length + datedActivities.length);
    const links = items.map((item) => $(item).children('link').text());
    for (const link of links) {
      expect(link, link).toMatch(/^https?:\/\//);
      expect(builtPage(link), link).toBe(true);
    }
    for (const story of stories) expect(links.some((link) => new URL(link).pathname === `/stories/${story.id}/`), story.id).toBe(true);
    for (const item of items) {
      expect($(item).children('title').text().trim()).not.toBe('');
      expect($(item).children('description').text().trim()).not.toBe('');
      expect(Number.isNaN(Date.parse($(item).children('pubDate').text()))).toBe(false);
    }
  });
});

describe('/activities.ics', () => {
  const events = () => Object.values(ical.sync.parseICS(read('activities.ics'))).filter((c): c is VEvent => c?.type === 'VEVENT');

  it('has the monthly service day (为民服务日) as a rule on the 10th, starting on its next occurrence', () => {
    const serviceDay = events().find((event) => event.uid.startsWith('weimin-fuwu-ri@'));
    expect(serviceDay, read('activities.ics')).toBeDefined();
    expect(serviceDay!.summary).toBe('党员为民服务日');
    expect(serviceDay!.start.dateOnly).toBe(true);
    expect(serviceDay!.start.getDate()).toBe(10);
    const rule = serviceDay!.rrule!.toString();
    expect(rule).toContain('FREQ=MONTHLY');
    expect(rule).toContain('BYMONTHDAY=10');
    // The next 10th on or after the build day in Shanghai: no more than a month ahead.
    const today = shanghaiDay(builtAt);
    const start = serviceDay!.start;
    const startKey = start.getFullYear() * 10000 + (start.getMonth() + 1) * 100 + start.getDate();
    const todayKey = today.year * 10000 + today.month * 100 + today.day;
    expect(startKey).toBeGreaterThanOrEqual(todayKey);
    expect(start.getTime() - builtAt.getTime()).toBeLessThan(32 * 24 * 60 * 60 * 1000);
  });

  it('has an event for every dated activity and none for reported ones or rules without a day', () => {
    const uids = events().map((event) => event.uid.split('@')[0]);
    for (const activity of entries('activities')) {
      const expected = /^date:/m.test(activity.frontmatter) || /dayOfMonth:/.test(activity.frontmatter);
      expect(uids.includes(activity.id), activity.id).toBe(expected);
    }
  });
});

describe('the page head', () => {
  it('links both feeds on every built page, and both are built', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const $ = load(read(file));
      expect($('head link[rel="alternate"][type="application/rss+xml"]').attr('href'), file).toBe('/rss.xml');
      expect($('head link[rel="alternate"][type="application/rss+xml"]').attr('title'), file).toBeTruthy();
      expect($('head link[rel="alternate"][type="text/calendar"]').attr('href'), file).toBe('/activities.ics');
      expect($('head link[rel="alternate"][type="text/calendar"]').attr('title'), file).toBeTruthy();
    }
    expect(existsSync(path.join(result.outDir, 'rss.xml'))).toBe(true);
    expect(existsSync(path.join(result.outDir, 'activities.ics'))).toBe(true);
  });
});
