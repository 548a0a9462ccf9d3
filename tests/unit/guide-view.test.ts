import { describe, expect, it } from 'vitest';
import type { Activity, Guide, Site } from '@/lib/content/site';
import { guideView } from '@/lib/views/guide';
import { GUIDE_SECTIONS } from '@/lib/schema/collections';

const [first, second] = GUIDE_SECTIONS;
const guide = (id: string, section: string, order: number) =>
  ({ collection: 'guides', id, data: { title: `指南${id}`, section, order, activities: [] } }) as unknown as Guide;

// In the order loadSite sorts them: by section, then by order.
const guides = [guide('a', first!, 1), guide('b', first!, 2), guide('c', second!, 1)];
const activity = { collection: 'activities', id: 'class', data: { title: '培训班' } } as unknown as Activity;
const site = {
  guides,
  guide: { activities: (g: Guide) => (g.id === 'b' ? [activity] : []) },
} as unknown as Pick<Site, 'guides' | 'guide'>;

describe('guideView', () => {
  it('groups every guide by section for the sidebar', () => {
    const { groups } = guideView(site, guides[0]!);
    expect(groups.map((group) => [group.section, group.guides.map((g) => g.id)])).toEqual([
      [first, ['a', 'b']],
      [second, ['c']],
    ]);
  });

  it('links the guides before and after it, across sections', () => {
    expect(guideView(site, guides[0]!)).toMatchObject({ prev: undefined, next: { href: '/learn/b/', title: '指南b' } });
    expect(guideView(site, guides[1]!)).toMatchObject({ prev: { href: '/learn/a/' }, next: { href: '/learn/c/' } });
    expect(guideView(site, guides[2]!).next).toBeUndefined();
  });

  it('trails to the learning centre and lists its activities', () => {
    const view = guideView(site, guides[1]!);
    expect(view.trail).toEqual([
      { label: '首页', href: '/' },
      { label: '商户课堂', href: '/learn/' },
    ]);
    expect(view.activities).toEqual([{ href: '/activities/class/', label: '培训班' }]);
  });
});
