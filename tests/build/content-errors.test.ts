/**
 * Content an editor got wrong must stop the build with a message that names the file, the field,
 * the problem and the fix. Each case builds a copy of the tiny fixture site with one mistake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { build, fixtureContent, fixtureCopy } from '../support/build';

describe('the tiny fixture site', () => {
  const result = build({ contentDir: fixtureContent });
  it('builds: so each failure below is caused by its one mistake', () => {
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
  it('renders a shop photo with its alt text, size and responsive widths', () => {
    const $ = load(readFileSync(path.join(result.outDir, 'merchants/test-shop/index.html'), 'utf8'));
    const img = $('main figure img');
    expect(img.attr('alt')).toBe('测试商店的红色门面');
    expect(img.attr('width')).toBeTruthy();
    expect(img.attr('height')).toBeTruthy();
    expect(img.attr('srcset')).toMatch(/360w.*720w/);
  });
});

describe('a photo whose file is missing', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('./test-shop.png', './shop-front.png') }) });
  it('stops the build and names the entry and the image', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/merchants\/test-shop\.md/);
    expect(result.output).toContain('字段 field: photos[0].src');
    expect(result.output).toContain('图片文件“./shop-front.png”不存在');
  });
});

describe('a reference to an entry that does not exist', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('branch: test-zhibu', 'branch: test-zhibuu') }) });
  it('stops the build (Astro alone would only log it and exit 0)', () => {
    expect(result.status).not.toBe(0);
  });
  it('names the file, the field, the missing id and the ids that exist', () => {
    expect(result.output).toMatch(/merchants\/test-shop\.md/);
    expect(result.output).toContain('字段 field: branch');
    expect(result.output).toContain('“test-zhibuu”在 branches 中不存在');
    expect(result.output).toContain('是不是：test-zhibu');
    expect(result.output).toContain('test-zhibu、test-zongzhi');
  });
});

describe('two files with the same id', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.mdx': '---\nname: 另一家店\nsummary: { zh: 与另一个文件编号相同的商户。 }\nsource: { source: test-source }\n---\n' }) });
  it('stops the build and names both files and the id', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('已有编号为“test-shop”的条目');
    expect(result.output).toMatch(/test-shop\.md\b/);
    expect(result.output).toMatch(/test-shop\.mdx\b/);
  });
});

describe('a missing required field', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace(/^summary:.*\n/m, '') }) });
  it('stops the build with the file, the field and a Chinese message', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/merchants\/test-shop\.md/);
    expect(result.output).toMatch(/summary: 缺少必填项/);
  });
});

describe('a wrong type and a future year', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('year: 2019', 'year: 2999').replace('name: 测试商店', 'name: 12345678901234567890123456789012345678901') }) });
  it('names each field with what is expected', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/honours\.0\.year: 年份不能晚于今年/);
    expect(result.output).toMatch(/name: 应为文字/);
  });
});

describe('a day that does not exist', () => {
  const result = build({ contentDir: fixtureCopy({ 'stories/test-story.mdx': (text) => text.replace('date: 2020-01-01', 'date: 2020-02-30') }) });
  it('stops the build with the file and line, although YAML would roll it over to March', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/stories\/test-story\.mdx:3/);
    expect(result.output).toContain('日期 2020-02-30 不存在');
  });
});

describe('a misspelt field', () => {
  const result = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('name: 测试商店', 'name: 测试商店\ncatgory: 雨具') }) });
  it('is not silently dropped: the build stops and suggests the field meant', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('未知字段“catgory”，是不是“category”');
  });
});

describe('a citation of an unlisted source', () => {
  const result = build({ contentDir: fixtureCopy({ 'branches/test-zhibu.md': (text) => text.replace('source: { source: test-source }', 'source: { source: test-sauce }') }) });
  it('stops the build and names the sources that are listed', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/branches\/test-zhibu\.md/);
    expect(result.output).toContain('来源“test-sauce”未在 site.yaml 的 sources 中登记');
  });
});

describe('a shop with a missing building, a point outside Shanghai and a photo without alt text', () => {
  const result = build({
    contentDir: fixtureCopy({
      'merchants/test-shop.md': (text) =>
        text
          .replace('market: test-market', 'market: test-markt')
          .replace('nameEn: Test Shop', 'nameEn: Test Shop\nlocation: { lat: 39.9, lng: 116.4 }')
          .replace('    alt: 测试商店的红色门面\n', ''),
    }),
  });
  it('stops the build and names each field with the fix', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/merchants\/test-shop\.md/);
    expect(result.output).toMatch(/location: 坐标不在上海范围内/);
    expect(result.output).toMatch(/photos\.0\.alt: 缺少必填项/);
  });
  it('names the missing building once the fields are fixed', () => {
    const dangling = build({ contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('market: test-market', 'market: test-markt') }) });
    expect(dangling.status).not.toBe(0);
    expect(dangling.output).toContain('字段 field: place.market');
    expect(dangling.output).toContain('“test-markt”在 markets 中不存在');
    expect(dangling.output).toContain('是不是：test-market');
  });
});

describe('two guides with the same order in one section', () => {
  const result = build({
    contentDir: fixtureCopy({
      'guides/test-second-guide.mdx': '---\ntitle: 第二篇测试课程\nsection: 安全经营\norder: 1\nsummary: 与第一篇课程序号相同的一篇课程。\n---\n\n## 第一节\n\n正文。\n',
    }),
  });
  it('stops the build, names the second file, the field, the other file and a free number', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/✖ \S*guides\/test-second-guide\.mdx/);
    expect(result.output).toContain('字段 field: order');
    expect(result.output).toMatch(/与 \S*guides\/test-guide\.mdx 的 order 相同/);
    expect(result.output).toContain('order: 2');
    // The second guide has no `updated`: optional, so it is not among the problems.
    expect(result.output).not.toContain('field: updated');
  });
});

describe('an unsafe link and a hard line break in the Markdown body (the checks `npm run check:content` makes)', () => {
  const result = build({
    contentDir: fixtureCopy({ 'merchants/test-shop.md': (text) => text.replace('测试正文。', '测试正文，[点这里](javascript:alert(1))，\n接着写的第二句。') }),
  });
  it('stops the build with the file, line and both problems', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/merchants\/test-shop\.md:18/);
    expect(result.output).toContain('不允许 javascript: 链接');
    expect(result.output).toContain('中文段落中间换行了');
  });
});
