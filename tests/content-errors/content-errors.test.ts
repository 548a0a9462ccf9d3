/**
 * Content an editor got wrong stops the build with a message that names the file, the field, the
 * problem and the fix. The mistakes are found by the checks the build runs (checkContent's schemas,
 * per-file and cross-entry checks, which the loaders run too), so each case here checks a copy of the
 * basics fixture with one mistake, without building (tests/content-errors/check-content.test.ts has
 * more). One build proves the build itself stops with those messages, as it loads the content
 * (src/lib/content/site.ts), before any page is written.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatBilingual, formatProblem, type ContentProblem } from '@/lib/content/problems';
import { fixtureCopy, projectRoot, siteBuild, type Edits } from '../support/build';
import { brokenSite } from '../support/sites';

/** The errors check:content finds in a copy of the basics fixture with `edits`, files relative to the copy. */
function errorsOf(edits: Edits): ContentProblem[] {
  const dir = fixtureCopy(edits);
  return checkContent(dir, { root: projectRoot }).errors.map((error) => ({ ...error, file: path.relative(dir, error.file) }));
}

/** The one error at `field` of `file`. */
function errorAt(errors: ContentProblem[], file: string, field: string): ContentProblem {
  const found = errors.filter((error) => error.file === file && error.field === field);
  expect(found, errors.map((error) => formatProblem(error)).join('\n')).toHaveLength(1);
  return found[0]!;
}

describe('mistakes check:content and the build find', () => {
  it('a citation of an unlisted source names the sources that are listed', () => {
    const error = errorAt(errorsOf({ 'branches/test-zhibu.md': (text) => text.replace('source: { source: test-source }', 'source: { source: test-sauce }') }), 'branches/test-zhibu.md', 'source.source');
    expect(formatBilingual(error.problem)).toContain('来源“test-sauce”未在 site.yaml 的 sources 中登记');
    expect(formatBilingual(error.fix)).toContain('test-source');
  });

  it('a point outside Shanghai and a photo without alt text: each field with its fix', () => {
    const errors = errorsOf({
      'merchants/test-shop.md': (text) =>
        text.replace('nameEn: Test Shop', 'nameEn: Test Shop\nlocation: { lat: 39.9, lng: 116.4 }').replace('    alt: 测试商店的红色门面\n', ''),
    });
    expect(formatBilingual(errorAt(errors, 'merchants/test-shop.md', 'location').fix)).toContain('高德地图');
    expect(formatBilingual(errorAt(errors, 'merchants/test-shop.md', 'location').problem)).toContain('坐标不在上海范围内');
    expect(formatBilingual(errorAt(errors, 'merchants/test-shop.md', 'photos[0].alt').problem)).toContain('缺少必填项');
  });

  it('a missing building names the buildings that exist', () => {
    const errors = errorsOf({ 'merchants/test-shop.md': (text) => text.replace('market: test-market', 'market: test-markt') });
    const market = errorAt(errors, 'merchants/test-shop.md', 'place.market');
    expect(formatBilingual(market.problem)).toContain('“test-markt”在 markets 中不存在');
    expect(formatBilingual(market.fix)).toContain('是不是：test-market');
  });

  it('two guides with the same order in one section: the second file, the other file and a free number', () => {
    const errors = errorsOf({
      'guides/test-second-guide.mdx': '---\ntitle: 第二篇测试课程\nsection: 安全经营\norder: 1\nsummary: 与第一篇课程序号相同的一篇课程。\n---\n\n## 第一节\n\n正文。\n',
    });
    const error = errorAt(errors, 'guides/test-second-guide.mdx', 'order');
    expect(formatBilingual(error.problem)).toMatch(/与 \S*guides\/test-guide\.mdx 的 order 相同/);
    expect(formatBilingual(error.fix)).toContain('order: 2');
    // The second guide has no `updated`: optional, so it is not among the problems.
    expect(errors.filter((e) => e.field === 'updated')).toEqual([]);
  });

  it('a mistyped filing number: the field, the expected form and the fix', () => {
    const error = errorAt(errorsOf({ 'site.yaml': (text) => text.replace('icp: 沪ICP备12345678号-1', 'icp: 沪ICP 12345678') }), 'site.yaml', 'registration.icp');
    const text = `${formatBilingual(error.problem)} ${formatBilingual(error.fix)}`;
    expect(text).toContain('ICP备案号格式不对');
    expect(text).toContain('沪ICP备12345678号');
    expect(text).toContain('删去这一行');
  });

  it('a QR code whose image file is missing: the file and where to put it', () => {
    const error = errorAt(errorsOf({ 'images/account-qr.png': null }), 'site.yaml', 'wechat.qr.src');
    expect(formatBilingual(error.problem)).toContain('图片文件“./images/account-qr.png”不存在');
    expect(formatBilingual(error.fix)).toMatch(/把图片放在 .*images\/account-qr\.png/);
  });

  it('a statement or visitor page removed in one language names the file to create', () => {
    const errors = errorsOf({ 'pages/en/privacy.md': null, 'pages/en/visit.md': null });
    expect(formatBilingual(errorAt(errors, 'pages/en/privacy.md', '(file)').problem)).toContain("the privacy notice's English version is missing");
    expect(formatBilingual(errorAt(errors, 'pages/en/visit.md', '(file)').problem)).toContain("the visitor page's English version is missing");
  });
});

describe('the build stops with the same messages', () => {
  it('naming every mistake, each a kind Astro alone lets through: a reference to an entry that does not exist, a statement removed', () => {
    const result = siteBuild(brokenSite);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/merchants\/test-shop\.md/);
    expect(result.output).toContain('字段 field: branch');
    expect(result.output).toContain('“test-zhibuu”在 branches 中不存在');
    expect(result.output).toContain('是不是：test-zhibu');
    expect(result.output).toContain('pages/en/privacy.md');
    expect(result.output).toContain("the privacy notice's English version is missing");
  });
  // MDX that would run code stops the build before it runs: tests/basics/build-script.test.ts.
});
