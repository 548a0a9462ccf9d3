import { describe, expect, it } from 'vitest';
import type { Activity, Branch, Merchant, Site, Story } from '@/lib/content/site';
import { branchView } from '@/lib/views/branch';

const siteUrl = 'https://example.org';
const branch = (id: string, data: { name: string; nameEn?: string; kind?: string; parent?: string; founded?: string }) =>
  ({
    collection: 'branches',
    id,
    data: { kind: '党支部', summary: { zh: `${data.name}简介` }, ...data, parent: data.parent ? { collection: 'branches', id: data.parent } : undefined },
  }) as unknown as Branch;

const top = branch('top', { name: '街道党工委', kind: '党工委' });
const middle = branch('middle', { name: '市场党总支', nameEn: 'Market Party Committee', kind: '党总支', parent: 'top', founded: '2001' });
const leaf = branch('leaf', { name: '第一党支部', parent: 'middle' });
const branches = [top, middle, leaf];
const byId = new Map(branches.map((b) => [b.id, b]));
const parentOf = (b: Branch) => (b.data.parent ? byId.get(b.data.parent.id) : undefined);
const shop = { collection: 'merchants', id: 'shop', data: { name: '测试商店' } } as unknown as Merchant;
const activity = { collection: 'activities', id: 'day', data: { title: '服务日' } } as unknown as Activity;
const story = { collection: 'stories', id: 'tale', data: { title: '一个故事' } } as unknown as Story;

const site = {
  branch: {
    parent: parentOf,
    ancestors: (b: Branch) => {
      const chain: Branch[] = [];
      for (let p = parentOf(b); p; p = parentOf(p)) chain.push(p);
      return chain;
    },
    children: (b: Branch) => branches.filter((c) => c.data.parent?.id === b.id),
    merchants: (b: Branch) => (b === middle ? [shop] : []),
    activities: (b: Branch) => (b === middle ? [activity] : []),
    stories: (b: Branch) => (b === middle ? [story] : []),
  },
} as unknown as Pick<Site, 'branch'>;

describe('branchView', () => {
  const view = branchView(site, middle, siteUrl);

  it('trails from home through the section and the chain above, top first', () => {
    expect(view.trail).toEqual([
      { label: '首页', href: '/' },
      { label: '党组织', href: '/branches/' },
      { label: '街道党工委', href: '/branches/top/' },
    ]);
    expect(branchView(site, leaf, siteUrl).trail.slice(2).map((crumb) => crumb.label)).toEqual(['街道党工委', '市场党总支']);
  });

  it('links its parent and lists the entries linked to it', () => {
    expect(view.parent).toEqual({ href: '/branches/top/', name: '街道党工委' });
    expect(branchView(site, top, siteUrl).parent).toBeUndefined();
    expect(view.children).toEqual([{ href: '/branches/leaf/', label: '第一党支部', note: '党支部' }]);
    expect(view.merchants).toEqual([{ href: '/merchants/shop/', label: '测试商店' }]);
    expect(view.activities).toEqual([{ href: '/activities/day/', label: '服务日' }]);
    expect(view.stories).toEqual([{ href: '/stories/tale/', label: '一个故事' }]);
  });

  it('describes it as an Organization with absolute URLs, its parents nested and its children', () => {
    expect(view.organization).toMatchObject({
      '@type': 'Organization',
      name: '市场党总支',
      alternateName: 'Market Party Committee',
      url: 'https://example.org/branches/middle/',
      description: '市场党总支简介',
      foundingDate: '2001',
      parentOrganization: { '@type': 'Organization', name: '街道党工委', url: 'https://example.org/branches/top/' },
      subOrganization: [{ '@type': 'Organization', name: '第一党支部', url: 'https://example.org/branches/leaf/' }],
    });
    const leafOrganization = branchView(site, leaf, siteUrl).organization as { parentOrganization: { name: string; parentOrganization: { name: string } } };
    expect(leafOrganization.parentOrganization.name).toBe('市场党总支');
    expect(leafOrganization.parentOrganization.parentOrganization.name).toBe('街道党工委');
  });

  it('needs the site’s address for its structured data', () => {
    expect(() => branchView(site, middle, undefined)).toThrow(/site/);
  });
});
