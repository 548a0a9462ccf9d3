import { describe, expect, it } from 'vitest';
import type { Activity, Branch, Merchant, Site, Story } from '@/lib/content/site';
import { storyView } from '@/lib/views/story';

const siteUrl = 'https://example.org';
const story = (id: string, title: string, tags: string[] = []) =>
  ({
    collection: 'stories',
    id,
    data: { title, summary: { zh: `${title}摘要` }, date: new Date('2018-10-31T00:00:00Z'), tags, source: { source: 'article' } },
  }) as unknown as Story;

const newer = story('newer', '较新的故事');
const shown = story('shown', '坚守', ['人物', '党建']);
const older = story('older', '较早的故事');
const shop = { collection: 'merchants', id: 'shop', data: { name: '测试商店' } } as unknown as Merchant;
const branch = { collection: 'branches', id: 'cell', data: { name: '第一党支部' } } as unknown as Branch;
const activity = { collection: 'activities', id: 'day', data: { title: '服务日' } } as unknown as Activity;

const site = {
  site: { host: { zh: '测试主办单位' } },
  story: {
    merchants: (s: Story) => (s === shown ? [shop] : []),
    branches: (s: Story) => (s === shown ? [branch] : []),
    activities: (s: Story) => (s === shown ? [activity] : []),
    adjacent: (s: Story) => (s === shown ? { prev: newer, next: older } : {}),
  },
  source: (id: string) => (id === 'article' ? { id, title: '来源文章', url: 'https://source.example/a', publisher: '某报' } : undefined),
} as unknown as Pick<Site, 'site' | 'story' | 'source'>;

describe('storyView', () => {
  const view = storyView(site, shown, siteUrl);

  it('trails to the stories section', () => {
    expect(view.trail).toEqual([
      { label: '首页', href: '/' },
      { label: '转型故事', href: '/stories/' },
    ]);
  });

  it('lists what it is about and links the newer and older story', () => {
    expect(view.merchants).toEqual([{ href: '/merchants/shop/', label: '测试商店' }]);
    expect(view.branches).toEqual([{ href: '/branches/cell/', label: '第一党支部' }]);
    expect(view.activities).toEqual([{ href: '/activities/day/', label: '服务日' }]);
    expect(view.prev).toEqual({ href: '/stories/newer/', title: '较新的故事' });
    expect(view.next).toEqual({ href: '/stories/older/', title: '较早的故事' });
    const alone = storyView(site, newer, siteUrl);
    expect([alone.prev, alone.next, alone.merchants.length]).toEqual([undefined, undefined, 0]);
  });

  it('describes it as an Article about its shops and organisations, based on its source', () => {
    expect(view.article).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '坚守',
      description: '坚守摘要',
      url: 'https://example.org/stories/shown/',
      mainEntityOfPage: 'https://example.org/stories/shown/',
      inLanguage: 'zh-CN',
      datePublished: '2018-10-31',
      author: { '@type': 'Organization', name: '测试主办单位' },
      publisher: { '@type': 'Organization', name: '测试主办单位' },
      keywords: '人物,党建',
      about: [
        { '@type': 'Store', name: '测试商店', url: 'https://example.org/merchants/shop/' },
        { '@type': 'Organization', name: '第一党支部', url: 'https://example.org/branches/cell/' },
      ],
      isBasedOn: { '@type': 'CreativeWork', name: '来源文章', publisher: { '@type': 'Organization', name: '某报' }, url: 'https://source.example/a' },
    });
  });

  it('leaves out a source it cannot find', () => {
    const unsourced = { ...shown, data: { ...shown.data, source: { source: 'missing' } } } as Story;
    expect(storyView(site, unsourced, siteUrl).article).not.toHaveProperty('isBasedOn');
  });
});
