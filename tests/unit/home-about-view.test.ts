import { describe, expect, it } from 'vitest';
import type { Activity, Branch, Merchant, Site, SiteData, Story } from '@/lib/content/site';
import { aboutView } from '@/lib/views/about';
import { homeView } from '@/lib/views/home';
import { citedSources } from '@/lib/views/sources';

const sources = [
  { id: 'article', title: '来源文章', publisher: '某报', published: new Date('2018-10-31T00:00:00Z') },
  { id: 'report', title: '工作报告', publisher: '街道', published: new Date('2019-01-01T00:00:00Z') },
];
const figure = (id: string, source: string) => ({ id, label: { zh: id }, value: '5', asOf: new Date('2018-10-31T00:00:00Z'), source: { source } });
const siteData = {
  name: { zh: '测试市场党建', en: 'Test market' },
  tagline: { zh: '口号' },
  figures: [figure('branches', 'article'), ...Array.from({ length: 9 }, (_, i) => figure(`f${i}`, i === 0 ? 'report' : 'article'))],
  mechanism: [{ source: { source: 'report' } }, { source: { source: 'article' } }, { source: { source: 'report' } }],
} as unknown as SiteData;
const source = (id: string) => sources.find((s) => s.id === id);

const list = <T>(collection: string, n: number, data: (i: number) => object) =>
  Array.from({ length: n }, (_, i) => ({ collection, id: `${collection}-${i}`, data: data(i) })) as unknown as T[];

describe('homeView', () => {
  const site = {
    site: siteData,
    merchants: list<Merchant>('merchants', 8, (i) => ({ name: `店${i}` })),
    stories: list<Story>('stories', 4, (i) => ({ title: `故事${i}` })),
    activities: list<Activity>('activities', 5, (i) => ({ title: `活动${i}`, ...(i % 2 ? { recurrence: { frequency: i === 3 ? 'monthly' : 'quarterly' } } : {}) })),
    source,
  } as unknown as Pick<Site, 'site' | 'merchants' | 'stories' | 'activities' | 'source'>;

  it('shows the first shops and stories, the regular activities monthly first, and counts them all', () => {
    const view = homeView(site, 'zh-CN');
    expect(view.featured.map((m) => m.id)).toEqual(['merchants-0', 'merchants-1', 'merchants-2', 'merchants-3', 'merchants-4', 'merchants-5']);
    expect(view.stories.map((s) => s.id)).toEqual(['stories-0', 'stories-1', 'stories-2']);
    expect(view.recurring.map((a) => a.id)).toEqual(['activities-3', 'activities-1']);
    expect(view.counts).toEqual({ merchants: 8, stories: 4, activities: 5 });
  });

  it('names the site in the page’s language and shows eight figures with the sources they cite', () => {
    expect(homeView(site, 'en').title).toEqual({ text: 'Test market', lang: 'en', translated: true });
    expect(homeView(site, 'zh-CN').title.text).toBe('测试市场党建');
    const view = homeView(site, 'zh-CN');
    expect(view.figures).toHaveLength(8);
    expect(view.figureSources.map((s) => s.id)).toEqual(['article', 'report']);
  });
});

describe('aboutView', () => {
  const branch = (id: string, parent?: string) => ({ collection: 'branches', id, data: { name: id, parent: parent && { id: parent } } }) as unknown as Branch;
  const branches = [branch('top'), branch('middle', 'top'), branch('leaf', 'middle'), branch('other', 'top')];
  const byId = new Map(branches.map((b) => [b.id, b]));
  const ancestors = (b: Branch) => {
    const chain: Branch[] = [];
    for (let p = b.data.parent && byId.get(b.data.parent.id); p; p = p.data.parent && byId.get(p.data.parent.id)) chain.push(p);
    return chain;
  };
  const site = { site: siteData, branches, branch: { ancestors }, source } as unknown as Pick<Site, 'site' | 'branches' | 'branch' | 'source'>;

  it('runs the chain from the top down to above the deepest branch', () => {
    expect(aboutView(site, 'zh-CN').chain.map((b) => b.id)).toEqual(['top', 'middle']);
    expect(aboutView({ ...site, branches: [] }, 'zh-CN').chain).toEqual([]);
  });

  it('counts the branches as site data’s figure does, in the page’s language', () => {
    expect(aboutView(site, 'zh-CN').branchCount).toBe('5个（2018年）');
    expect(aboutView(site, 'en').branchCount).toBe('5 (in 2018)');
    const noFigure = { ...site, site: { ...siteData, figures: [] } } as typeof site;
    expect(aboutView(noFigure, 'zh-CN').branchCount).toBeUndefined();
  });

  it('leads with the tagline, in Chinese when it has no English', () => {
    expect(aboutView(site, 'en').lead).toEqual({ text: '口号', lang: 'zh-CN' });
    const english = { ...site, site: { ...siteData, tagline: { zh: '口号', en: 'Motto' } } } as typeof site;
    expect(aboutView(english, 'en').lead).toEqual({ text: 'Motto', lang: 'en' });
    expect(aboutView(english, 'zh-CN').lead).toEqual({ text: '口号', lang: 'zh-CN' });
  });

  it('cites each source of the mechanism once, in order', () => {
    expect(aboutView(site, 'zh-CN').sources.map((s) => s.id)).toEqual(['report', 'article']);
  });
});

describe('citedSources', () => {
  it('resolves each cited id once and leaves out ids site data does not list', () => {
    const items = [{ source: { source: 'article' } }, { source: { source: 'missing' } }, { source: { source: 'article' } }];
    expect(citedSources({ source } as unknown as Pick<Site, 'source'>, items)).toEqual([sources[0]]);
  });
});
