/**
 * Every built page carries the metadata government-website platforms read (src/lib/page-metadata.ts):
 * the site tags with the 网站标识码 the basics fixture sets, the column tags, and on entry pages the
 * article tags with the entry's own date and source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_TYPES } from '@/lib/page-metadata';
import { builtSite, TEST_ORIGIN, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

let result: BuildResult;
beforeAll(() => {
  result = builtSite(basics);
});

const metaOf = (page: string) => {
  const $ = load(readFileSync(path.join(result.outDir, page), 'utf8'));
  return Object.fromEntries($('meta[name]').map((_, meta) => [[meta.attribs.name!, meta.attribs.content ?? '']]).get() as [string, string][]);
};

describe('the page metadata', () => {
  it('is on every page: site and column tags, the column type from the annex’s list', () => {
    const pages = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const meta = metaOf(page);
      expect(meta, page).toMatchObject({ SiteName: '测试站点', SiteDomain: new URL(TEST_ORIGIN).host, SiteIDCode: '9999990001' });
      for (const name of ['ColumnName', 'ColumnDescription', 'ColumnKeywords']) expect(meta[name], `${page} ${name}`).toBeTruthy();
      expect(COLUMN_TYPES, page).toContain(meta.ColumnType);
    }
  });

  it('gives an entry page its title, date, source, keywords and address; a list page none of them', () => {
    expect(metaOf('stories/test-story/index.html')).toMatchObject({
      ColumnName: '转型故事',
      ColumnType: '工作动态',
      ArticleTitle: '测试故事',
      PubDate: '2020-01-01 00:00',
      ContentSource: '测试出版方',
      Author: '测试主办单位',
      Url: `${TEST_ORIGIN}/stories/test-story/`,
    });
    expect(metaOf('en/merchants/test-shop/index.html')).toMatchObject({ ArticleTitle: expect.any(String), ContentSource: '测试出版方', PubDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) });
    expect(metaOf('stories/index.html').ArticleTitle).toBeUndefined();
    expect(metaOf('index.html')).toMatchObject({ ColumnName: '首页', ColumnType: '首页' });
  });
});
