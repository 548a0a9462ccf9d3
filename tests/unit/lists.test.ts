import { describe, expect, it } from 'vitest';
import { groupByMonth, recurringActivities, seriesCounts, seriesPath, seriesSlugs } from '@/lib/activities';
import { guidesBySection, neighbours } from '@/lib/guides';
import { pathTo, entryPath, absoluteUrl } from '@/lib/routes';
import { closestMatches } from '@/lib/text/closest';

const activity = (id: string, data: object) => ({ id, data: { title: id, ...data } });

describe('recurringActivities and groupByMonth', () => {
  const list = [
    activity('old', { date: new Date('2019-01-10') }),
    activity('quarterly', { recurrence: { frequency: 'quarterly' } }),
    activity('new', { date: new Date('2020-05-10') }),
    activity('may-too', { date: new Date('2020-05-20') }),
    activity('monthly', { recurrence: { frequency: 'monthly' } }),
    activity('reported', { reported: new Date('2018-10-31') }),
  ];
  it('puts monthly rules before quarterly ones', () => {
    expect(recurringActivities(list).map((a) => a.id)).toEqual(['monthly', 'quarterly']);
  });
  it('groups by year and month, newest first, reported ones by the source date', () => {
    expect(groupByMonth(list).map((g) => [g.year, g.month, g.activities.map((a) => a.id)])).toEqual([
      [2020, 5, ['may-too', 'new']],
      [2019, 1, ['old']],
      [2018, 10, ['reported']],
    ]);
  });
  it('counts activities per series and gives each series an ASCII path', () => {
    const counts = seriesCounts([activity('a', { series: '讲座' }), activity('b', { series: '讲座' })]);
    expect(counts.find((c) => c.series === '讲座')?.count).toBe(2);
    expect(counts.find((c) => c.series === '豫园之书')?.count).toBe(0);
    expect(seriesPath('为民服务日')).toBe('/activities/series/weimin-fuwu-ri/');
    expect(seriesPath('为民服务日', 'en')).toBe('/en/activities/series/weimin-fuwu-ri/');
    expect(new Set(Object.values(seriesSlugs)).size).toBe(counts.length);
  });
});

describe('guidesBySection', () => {
  const guide = (id: string, section: string, order: number) => ({ id, data: { section, order, title: id } });
  const guides = [guide('b', '安全经营', 1), guide('a2', '网上经营', 2), guide('a1', '网上经营', 1)];
  const groups = guidesBySection(guides, ['网上经营', '诚信经营', '安全经营']);
  it('follows the section order, skips empty sections, sorts by order', () => {
    expect(groups.map((g) => [g.section, g.guides.map((x) => x.id)])).toEqual([
      ['网上经营', ['a1', 'a2']],
      ['安全经营', ['b']],
    ]);
  });
  it('gives previous and next across sections', () => {
    expect(neighbours(groups, 'a2')).toEqual({ prev: guides[2], next: guides[0] });
    expect(neighbours(groups, 'a1').prev).toBeUndefined();
    expect(neighbours(groups, 'missing')).toEqual({});
  });
});

describe('routes', () => {
  it('builds paths with a trailing slash', () => {
    expect(pathTo('home')).toBe('/');
    expect(pathTo('merchants')).toBe('/merchants/');
    expect(entryPath({ collection: 'merchants', id: 'cuige-zhubao' })).toBe('/merchants/cuige-zhubao/');
    expect(entryPath({ collection: 'guides', id: 'wangdian-kaidian' })).toBe('/learn/wangdian-kaidian/');
    expect(pathTo('merchants', 'cuige-zhubao', 'en')).toBe('/en/merchants/cuige-zhubao/');
    expect(pathTo('home', undefined, 'en')).toBe('/en/');
  });
  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/merchants/x/', 'https://yuyuan-market.example')).toBe('https://yuyuan-market.example/merchants/x/');
    expect(() => absoluteUrl('/merchants/x/', undefined)).toThrow('sets no `site`');
  });
});

describe('closestMatches', () => {
  it('finds near spellings, closest first', () => {
    expect(closestMatches('catgory', ['category', 'place', 'name'])).toEqual(['category']);
    expect(closestMatches('cuige', ['cuige-zhubao', 'leijing-yuju'])).toEqual(['cuige-zhubao']);
    expect(closestMatches('zzzz', ['category'])).toEqual([]);
  });
});
