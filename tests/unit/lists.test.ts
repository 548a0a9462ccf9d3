import { describe, expect, it } from 'vitest';
import { groupActivitiesByTiming } from '../../src/lib/activities';
import { guidesBySection, neighbours } from '../../src/lib/guides';
import { pathTo, entryPath, absoluteUrl } from '../../src/lib/routes';
import { closestMatches } from '../../src/lib/text/closest';

const activity = (id: string, data: object) => ({ id, data: { title: id, ...data } });

describe('groupActivitiesByTiming', () => {
  it('puts monthly rules first, dated ones newest first, reported ones last', () => {
    const groups = groupActivitiesByTiming([
      activity('old', { date: new Date('2019-01-10') }),
      activity('quarterly', { recurrence: { frequency: 'quarterly' } }),
      activity('new', { date: new Date('2020-05-10') }),
      activity('monthly', { recurrence: { frequency: 'monthly' } }),
      activity('reported', { reported: new Date('2018-10-31') }),
    ]);
    expect(groups.recurring.map((a) => a.id)).toEqual(['monthly', 'quarterly']);
    expect(groups.dated.map((a) => a.id)).toEqual(['new', 'old']);
    expect(groups.reported.map((a) => a.id)).toEqual(['reported']);
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
    expect(entryPath('merchants', 'cuige-zhubao')).toBe('/merchants/cuige-zhubao/');
    expect(entryPath('guides', 'wangdian-kaidian')).toBe('/learn/wangdian-kaidian/');
    expect(pathTo('merchants', 'cuige-zhubao', 'en')).toBe('/en/merchants/cuige-zhubao/');
    expect(pathTo('home', undefined, 'en')).toBe('/en/');
  });
  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/merchants/x/', 'https://yuyuan-market.example')).toBe('https://yuyuan-market.example/merchants/x/');
  });
});

describe('closestMatches', () => {
  it('finds near spellings, closest first', () => {
    expect(closestMatches('catgory', ['category', 'place', 'name'])).toEqual(['category']);
    expect(closestMatches('cuige', ['cuige-zhubao', 'leijing-yuju'])).toEqual(['cuige-zhubao']);
    expect(closestMatches('zzzz', ['category'])).toEqual([]);
  });
});
