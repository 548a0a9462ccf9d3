import { getRssString } from '@astrojs/rss';
import { load } from 'cheerio';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { calendarFor, rssFeed, rssItems, type FeedActivity, type FeedSite } from '@/lib/feeds';

const siteUrl = 'https://yuyuan-market.example';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const activities: FeedActivity[] = [
  {
    collection: 'activities' as const,
    id: 'fuwu-ri',
    data: {
      title: '党员为民服务日',
      recurrence: { frequency: 'monthly', dayOfMonth: 10 },
      series: '为民服务日',
      place: '豫园',
      summary: { zh: '每月10日，党员商户服务队到豫园为市民群众服务。' },
    },
  },
  {
    collection: 'activities' as const,
    id: 'dated-lecture',
    data: { title: '消防安全讲座', date: day('2019-05-20'), series: '讲座', place: '悦园商厦', summary: { zh: '消防部门为商户讲解摊位消防安全。' } },
  },
  {
    collection: 'activities' as const,
    id: 'reported-class',
    data: { title: '爱心陪护班', reported: day('2018-10-31'), series: '便民服务', summary: { zh: '为商户开设爱心陪护班，帮助商户照看孩子。' } },
  },
  {
    collection: 'activities' as const,
    id: 'quarterly-meeting',
    data: { title: '网格长工作会议', recurrence: { frequency: 'quarterly' }, series: '会议', summary: { zh: '网格长每季度开会通报问题。' } },
  },
  {
    collection: 'activities' as const,
    id: 'monthly-no-day',
    data: { title: '党支部网格长会议', recurrence: { frequency: 'monthly' }, series: '会议', summary: { zh: '每月召集一次网格长会议。' } },
  },
];

const site: FeedSite = {
  site: { name: { zh: '豫园小商品市场党建' }, tagline: { zh: '“三建三带”引领市场转型' } },
  stories: [
    {
      collection: 'stories' as const,
      id: 'old-story',
      data: { title: '十八年的坚守', date: day('2018-10-31'), summary: { zh: '党总支书记十八年如一日扎根市场。' }, tags: ['人物', '党建'] },
    },
  ],
  activities,
};

/** A Date that node-ical made for a VALUE=DATE (local midnight), as YYYY-MM-DD. */
const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('rssItems', () => {
  const items = rssItems(site, siteUrl);

  it('has every story and the dated activities, newest first, and nothing for recurring or reported ones', () => {
    expect(items.map((item) => item.title)).toEqual(['消防安全讲座', '十八年的坚守']);
  });

  it('links absolutely to the pages on the site', () => {
    expect(items.map((item) => item.link)).toEqual([
      'https://yuyuan-market.example/activities/dated-lecture/',
      'https://yuyuan-market.example/stories/old-story/',
    ]);
  });

  it('dates each item by its own day, describes it with the Chinese summary and categorises it', () => {
    expect(items[0]).toMatchObject({ pubDate: day('2019-05-20'), description: '消防部门为商户讲解摊位消防安全。', categories: ['讲座'] });
    expect(items[1]).toMatchObject({ pubDate: day('2018-10-31'), description: '党总支书记十八年如一日扎根市场。', categories: ['人物', '党建'] });
  });

  it('renders a Chinese channel with @astrojs/rss', async () => {
    const $ = load(await getRssString(rssFeed(site, new URL(siteUrl))), { xml: true });
    expect($('channel > title').text()).toBe('豫园小商品市场党建');
    expect($('channel > description').text()).toBe('“三建三带”引领市场转型');
    expect($('channel > language').text()).toBe('zh-cn');
    expect($('item')).toHaveLength(2);
    expect($('item').first().find('pubDate').text()).toBe('Mon, 20 May 2019 00:00:00 GMT');
    expect($('item').last().find('category').map((_, e) => $(e).text()).get()).toEqual(['人物', '党建']);
  });
});

describe('calendarFor', () => {
  // 26 November 2026 at noon in Shanghai: the next service day is 10 December.
  const now = new Date('2026-11-26T12:00:00+08:00');
  const text = calendarFor(site, siteUrl, now).toString();
  const events = Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
  const byUid = (uid: string) => events.find((event) => event.uid === uid);

  it('names the calendar after the site, in Shanghai time', () => {
    expect(text).toContain('X-WR-CALNAME:豫园小商品市场党建');
    expect(text).toContain('X-WR-TIMEZONE:Asia/Shanghai');
    expect(text).toContain('PRODID:-//yuyuan-market.example//');
  });

  it('repeats the monthly service day on the 10th, from its next occurrence', () => {
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=10');
    expect(text).toContain('DTSTART;VALUE=DATE:20261210');
    const event = byUid('fuwu-ri@yuyuan-market.example');
    expect(event?.summary).toBe('党员为民服务日');
    expect(event?.start.dateOnly).toBe(true);
    expect(localDay(event!.start)).toBe('2026-12-10');
    expect(event?.rrule?.toString()).toContain('FREQ=MONTHLY');
    expect(event?.rrule?.toString()).toContain('BYMONTHDAY=10');
    expect(event?.rrule?.all((_, index) => index < 3).map(localDay)).toEqual(['2026-12-10', '2027-01-10', '2027-02-10']);
    expect(event?.location).toBe('豫园');
    expect(text).toContain('URL;VALUE=URI:https://yuyuan-market.example/activities/fuwu-ri/');
    expect(event?.description).toBe('每月10日，党员商户服务队到豫园为市民群众服务。\nhttps://yuyuan-market.example/activities/fuwu-ri/');
  });

  it('starts on the same day whatever the time of day in Shanghai', () => {
    // 23:30 on 9 December UTC is already the 10th in Shanghai.
    expect(calendarFor(site, siteUrl, new Date('2026-12-09T23:30:00Z')).toString()).toContain('DTSTART;VALUE=DATE:20261210');
    expect(calendarFor(site, siteUrl, new Date('2026-12-10T16:30:00Z')).toString()).toContain('DTSTART;VALUE=DATE:20270110');
  });

  it('puts a dated activity on its day, as one whole day', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20190520');
    expect(text).toContain('DTEND;VALUE=DATE:20190521');
    const event = byUid('dated-lecture@yuyuan-market.example');
    expect(event?.summary).toBe('消防安全讲座');
    expect(localDay(event!.start)).toBe('2019-05-20');
    expect(event?.rrule).toBeUndefined();
  });

  it('leaves out what has no day: reported activities and rules without a day of the month', () => {
    expect(events.map((event) => event.uid).sort()).toEqual(['dated-lecture@yuyuan-market.example', 'fuwu-ri@yuyuan-market.example']);
    expect(text).not.toContain('爱心陪护班');
    expect(text).not.toContain('网格长工作会议');
    expect(text).not.toContain('党支部网格长会议');
  });

  it('is the same calendar for the same moment', () => {
    expect(calendarFor(site, siteUrl, now).toString()).toBe(text);
  });
});
