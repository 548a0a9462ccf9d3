/**
 * The activity archive, series pages and story pages of the market-sample fixture, built at a fixed moment
 * (FIXTURE_BUILD_TIME) so the "next" dates are known.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { marketSample } from '../support/sites';

// Fixture sites are built at FIXTURE_BUILD_TIME (tests/support/build.ts): 2026-12-10 20:00 in Shanghai.
let result: BuildResult;
beforeAll(() => {
  result = builtSite(marketSample);
});
const page = (route: string) => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));
const jsonLd = ($: ReturnType<typeof page>) => JSON.parse($('head script[type="application/ld+json"]').html()!);

describe('the activity archive', () => {
  it('shows the next service day from the build date, in Shanghai time, and says when it was built', () => {
    // 20:00 on the 10th in Shanghai: the service day is today, so "next" is the 10th itself.
    const $ = page('activities');
    expect($('time[data-next-occurrence]').first().attr('datetime')).toBe('2026-12-10');
    expect($('[data-built-on]').attr('data-built-on')).toBe('2026-12-10');
    expect(page('')('time[data-next-occurrence]').first().attr('datetime')).toBe('2026-12-10');
  });

  it('lists regular activities first, then the rest by year and month', () => {
    const $ = page('activities');
    const headings = $('main h2, main h3').map((_, h) => $(h).text().trim()).get();
    expect(headings.indexOf('定期活动')).toBeLessThan(headings.indexOf('2018年'));
    expect(headings).toContain('2018年10月');
  });

  it('has a static page per series, linked from the archive, showing only that series', () => {
    const archive = page('activities');
    const links = archive('nav[aria-label="按系列查看"] a').map((_, a) => archive(a).attr('href')).get();
    expect(links).toContain('/activities/series/jiangzuo/');
    const lectures = page('activities/series/jiangzuo');
    expect(lectures('h1').text()).toBe('活动 · 讲座');
    const series = lectures('main .chip').filter((_, e) => lectures(e).closest('nav').length === 0).map((_, e) => lectures(e).text()).get();
    expect(series.length).toBeGreaterThan(0);
    expect(new Set(series)).toEqual(new Set(['讲座']));
  });

  it('describes the monthly service day as an Event with a schedule', () => {
    const event = jsonLd(page('activities/weimin-fuwu-ri'));
    expect(event['@type']).toBe('Event');
    expect(event.eventSchedule).toMatchObject({ repeatFrequency: 'P1M', byMonthDay: 10, scheduleTimezone: 'Asia/Shanghai' });
    expect(event.startDate).toBe('2026-12-10T00:00:00+08:00');
  });

  it('gives an activity reported without a date no Event', () => {
    expect(page('activities/mianfei-tijian')('head script[type="application/ld+json"]')).toHaveLength(0);
  });
});

describe('story pages', () => {
  it('describe the story as an Article and link to the newer and older story', () => {
    const stories = page('stories');
    const order = stories('main article h2 a').map((_, a) => stories(a).attr('href')).get();
    expect(order.length).toBeGreaterThan(2);
    const middle = page(order[1]!.slice(1, -1));
    expect(jsonLd(middle)).toMatchObject({ '@type': 'Article', datePublished: '2018-10-31', inLanguage: 'zh-CN' });
    expect(middle('a[rel="prev"]').attr('href')).toBe(order[0]);
    expect(middle('a[rel="next"]').attr('href')).toBe(order[2]);
  });

  it('show the shops each story concerns on the story list', () => {
    const stories = page('stories');
    expect(stories('main a[href="/merchants/cuige-zhubao/"]').length).toBeGreaterThan(0);
  });
});
