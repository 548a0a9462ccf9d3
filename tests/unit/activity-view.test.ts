import { describe, expect, it } from 'vitest';
import type { Activity, Branch, Guide, Merchant, Site, Story } from '@/lib/content/site';
import { activityView } from '@/lib/views/activity';

const siteUrl = 'https://example.org';
const now = new Date('2026-12-10T12:00:00Z');
const activity = (data: Record<string, unknown> = {}) =>
  ({
    collection: 'activities',
    id: 'service-day',
    data: { title: '为民服务日', titleEn: 'Service day', series: '为民服务日', place: '豫园', summary: { zh: '每月服务。', en: 'Monthly service.' }, ...data },
  }) as unknown as Activity;

const organiser = { collection: 'branches', id: 'cell', data: { name: '第一党支部', nameEn: 'First Branch' } } as unknown as Branch;
const shops = [
  { collection: 'merchants', id: 'named', data: { name: '翠阁珠宝', nameEn: 'Cuige Jewellery' } },
  { collection: 'merchants', id: 'unnamed', data: { name: '别处' } },
] as unknown as Merchant[];
const story = { collection: 'stories', id: 'tale', data: { title: '一个故事', titleEn: 'A story' } } as unknown as Story;
const guide = { collection: 'guides', id: 'fire', data: { title: '消防安全' } } as unknown as Guide;

const site = (withOrganiser = true) =>
  ({
    activity: {
      organiser: () => (withOrganiser ? organiser : undefined),
      merchants: () => shops,
      stories: () => [story],
      guides: () => [guide],
    },
  }) as unknown as Pick<Site, 'activity'>;

describe('activityView in Chinese', () => {
  const view = activityView(site(), activity({ recurrence: { frequency: 'monthly', dayOfMonth: 10 } }), 'zh-CN', { siteUrl, now });

  it('trails to the activities and names it in Chinese', () => {
    expect(view.trail).toEqual([
      { label: '首页', href: '/' },
      { label: '活动', href: '/activities/' },
    ]);
    expect([view.title, view.titleLang, view.description, view.organiser]).toEqual(['为民服务日', undefined, '每月服务。', organiser]);
  });

  it('links shops, stories and guides in Chinese', () => {
    expect(view.merchants).toEqual([
      { href: '/merchants/named/', label: '翠阁珠宝', lang: undefined },
      { href: '/merchants/unnamed/', label: '别处', lang: undefined },
    ]);
    expect(view.stories).toEqual([{ href: '/stories/tale/', label: '一个故事' }]);
    expect(view.guides).toEqual([{ href: '/learn/fire/', label: '消防安全' }]);
  });

  it('gives a recurring activity an Event with its schedule and next day, counted from the time passed in', () => {
    expect(view.event).toMatchObject({
      '@type': 'Event',
      name: '为民服务日',
      url: 'https://example.org/activities/service-day/',
      startDate: '2026-12-10T00:00:00+08:00',
      eventSchedule: { repeatFrequency: 'P1M', byMonthDay: 10, startDate: '2026-12-10' },
      location: { name: '豫园' },
      organizer: { name: '第一党支部', url: 'https://example.org/branches/cell/' },
    });
    const later = activityView(site(), activity({ recurrence: { frequency: 'monthly', dayOfMonth: 10 } }), 'zh-CN', { siteUrl, now: new Date('2026-12-20T00:00:00Z') });
    expect((later.event as { startDate: string }).startDate).toBe('2027-01-10T00:00:00+08:00');
  });

  it('gives no Event to an activity without a date or a rule, and no organizer when it has none', () => {
    expect(activityView(site(), activity(), 'zh-CN', { siteUrl, now }).event).toBeUndefined();
    const dated = activityView(site(false), activity({ date: new Date('2019-05-20T00:00:00Z') }), 'zh-CN', { siteUrl, now });
    expect(dated.event).toMatchObject({ startDate: '2019-05-20T00:00:00+08:00' });
    expect(dated.event).not.toHaveProperty('organizer');
  });
});

describe('activityView in English', () => {
  const view = activityView(site(), activity({ date: new Date('2019-05-20T00:00:00Z') }), 'en', { siteUrl, now });

  it('leads with the English title and summary', () => {
    expect(view.trail[1]).toEqual({ label: 'Activities', href: '/en/activities/' });
    expect([view.title, view.titleLang, view.description]).toEqual(['Service day', undefined, 'Monthly service.']);
    expect(view.event).toMatchObject({
      name: 'Service day',
      description: 'Monthly service.',
      url: 'https://example.org/en/activities/service-day/',
      organizer: { name: 'First Branch', url: 'https://example.org/branches/cell/' },
    });
  });

  it('marks the Chinese title and falls back to the archive’s description without English', () => {
    const bare = activityView(site(), activity({ titleEn: undefined, summary: { zh: '每月服务。' } }), 'en', { siteUrl, now });
    expect([bare.title, bare.titleLang, bare.description]).toEqual(['为民服务日', 'zh-CN', 'Activities of the market’s party organisation.']);
  });

  it('links English shop pages and the Chinese story and guide pages, said so', () => {
    expect(view.merchants).toEqual([
      { href: '/en/merchants/named/', label: 'Cuige Jewellery', lang: undefined },
      { href: '/en/merchants/unnamed/', label: '别处', lang: 'zh-CN' },
    ]);
    expect(view.stories).toEqual([{ href: '/stories/tale/', label: 'A story', lang: undefined, hreflang: 'zh-CN', note: 'in Chinese' }]);
    expect(view.guides).toEqual([{ href: '/learn/fire/', label: '消防安全', lang: 'zh-CN', hreflang: 'zh-CN', note: 'in Chinese' }]);
  });
});
