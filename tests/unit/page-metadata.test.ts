/** The page metadata government-website platforms read (src/lib/page-metadata.ts) and what an entry's page says (src/lib/views/article-facts.ts). */
import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES, pageMetadata, pubDate } from '@/lib/page-metadata';
import { SECTIONS } from '@/lib/sections';
import { articleFacts } from '@/lib/views/article-facts';

describe('pageMetadata', () => {
  const site = { name: '测试站点', url: 'https://site.example/' };
  const column = { name: '转型故事', description: '栏目说明', keywords: ['转型故事', '测试站点'], type: '工作动态' as const };

  it('gives every page the site tags, in the annex’s names and order; SiteIDCode only when the site has one', () => {
    expect(pageMetadata({ site })).toEqual([
      { name: 'SiteName', content: '测试站点' },
      { name: 'SiteDomain', content: 'site.example' },
    ]);
    expect(pageMetadata({ site: { ...site, idCode: '3101010001' } })[2]).toEqual({ name: 'SiteIDCode', content: '3101010001' });
  });

  it('adds the column tags, and an article page’s tags with its date as YYYY-MM-DD HH:MM', () => {
    const tags = pageMetadata({
      site,
      column,
      article: { title: '标题', published: new Date('2018-10-31T00:00:00Z'), source: '人民网', keywords: ['a', 'b'], author: '主办单位', description: '摘要', url: 'https://site.example/stories/x/' },
    });
    expect(tags.map((tag) => tag.name)).toEqual(['SiteName', 'SiteDomain', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author', 'Description', 'Url']);
    expect(Object.fromEntries(tags.map((tag) => [tag.name, tag.content]))).toMatchObject({ ColumnKeywords: '转型故事,测试站点', PubDate: '2018-10-31 00:00', Keywords: 'a,b' });
  });

  it('writes a moment in Shanghai time', () => {
    expect(pubDate(new Date('2026-07-18T23:16:00Z'))).toBe('2026-07-19 07:16');
  });

  it('has a column type from the annex’s list for every section', () => {
    for (const row of Object.values(SECTIONS)) expect(COLUMN_TYPES).toContain(row.columnType);
  });
});

describe('articleFacts', () => {
  const content = {
    site: { host: { zh: '主办单位' } },
    source: (id: string) => (id === 'article' ? { publisher: '人民网' } : undefined),
    stories: [{ id: 'x', filePath: 'stories/x.mdx', data: { date: new Date('2018-10-31T00:00:00Z'), tags: ['诚信'], source: { source: 'article' } } }],
    merchants: [{ id: 'shop', filePath: 'merchants/shop.md', data: { category: '珠宝', source: { source: 'unknown' } } }],
  } as unknown as Parameters<typeof articleFacts>[0];
  const committed = new Date('2026-11-27T00:00:00Z');

  it('dates an entry by its own field, cites its source’s publisher, and takes its tags as keywords', () => {
    expect(articleFacts(content, '/stories/x/', () => committed)).toEqual({ published: new Date('2018-10-31T00:00:00Z'), source: '人民网', keywords: ['诚信'], author: '主办单位' });
  });

  it('falls back to the file’s last commit and the host, on Chinese and English pages', () => {
    expect(articleFacts(content, '/en/merchants/shop/', () => committed)).toEqual({ published: committed, source: '主办单位', keywords: ['珠宝'], author: '主办单位' });
  });

  it('has nothing to say of a list, a print copy or a page that is no entry', () => {
    for (const page of ['/stories/', '/merchants/shop/placard/', '/stories/missing/', '/about/']) expect(articleFacts(content, page, () => committed)).toBeUndefined();
  });
});
