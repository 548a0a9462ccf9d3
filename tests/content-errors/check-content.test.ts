/**
 * `npm run check:content` (src/lib/content/check.ts): each case copies the basics fixture and makes
 * ONE mistake an editor could make; the check must name the exact file, line, field and problem.
 * No build: the whole file runs in about a second.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadWithJsYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CHECKED_COLLECTIONS, checkContent, schemaOf, type CheckResult } from '@/lib/content/check';
import { parseYamlWithPositions, splitSource } from '@/lib/content/frontmatter';
import { formatBilingual, type ContentProblem } from '@/lib/content/problems';
import { fixtureCopy, fixtureDir, projectRoot, type Edits } from '../support/build';

const now = new Date('2025-06-15T00:00:00Z');
const shop = 'merchants/test-shop.md';
const story = 'stories/test-story.mdx';

function check(edits: Edits): { dir: string; result: CheckResult } {
  const dir = fixtureCopy(edits);
  return { dir, result: checkContent(dir, { now, root: projectRoot }) };
}

/** The one problem of a list, as file, line, field and problem. */
function only(problems: ContentProblem[]): ContentProblem {
  expect(problems.map((p) => `${p.file}:${p.line} ${p.field} — ${formatBilingual(p.problem)}`)).toHaveLength(1);
  return problems[0]!;
}

/** One error, at file:line field, whose problem contains `message`; and no warning. */
function expectError(edits: Edits, file: string, line: number, field: string, message: string, fix?: string) {
  const { dir, result } = check(edits);
  const error = only(result.errors);
  expect({ file: error.file, line: error.line, field: error.field }).toEqual({ file: path.join(dir, file), line, field });
  expect(formatBilingual(error.problem)).toContain(message);
  if (fix) expect(formatBilingual(error.fix)).toContain(fix);
  expect(result.warnings).toEqual([]);
}

/** No error, one warning at file:line field whose problem contains `message` (zhlint may report both ends of one mistake). */
function expectWarning(edits: Edits, file: string, line: number, field: string, message: string) {
  const { dir, result } = check(edits);
  expect(result.errors).toEqual([]);
  expect(result.warnings.length).toBeGreaterThan(0);
  for (const warning of result.warnings) {
    expect({ file: warning.file, line: warning.line, field: warning.field }).toEqual({ file: path.join(dir, file), line, field });
    expect(formatBilingual(warning.problem)).toContain(message);
  }
}

describe('check:content on the basics fixture', () => {
  it('finds nothing in the untouched fixture', () => {
    expect(checkContent(fixtureDir('basics'), { now, root: projectRoot })).toEqual({ errors: [], warnings: [] });
  });

  it('YAML syntax', () => {
    expectError({ [shop]: (t) => t.replace('category: 测试类', 'category: 测试类: 雨具') }, shop, 4, '(YAML)', 'YAML 格式错误（YAML syntax error）：bad indentation of a mapping entry');
  });
  it('a missing required field: at the frontmatter’s first line', () => {
    expectError({ [shop]: (t) => t.replace(/^summary:.*\n/m, '') }, shop, 1, 'summary', '缺少必填项（required）', '请填写简介');
  });
  it('a wrong type', () => {
    expectError({ [shop]: (t) => t.replace('year: 2019', 'year: 二〇一九') }, shop, 9, 'honours[0].year', '应为四位数年份，如 2018，现在是 "二〇一九"');
  });
  it('a year in the future: problem and fix apart', () => {
    const thisYear = new Date().getFullYear();
    expectError({ [shop]: (t) => t.replace('year: 2019', 'year: 2999') }, shop, 9, 'honours[0].year', '年份不能晚于今年（year must not be in the future）', `请改为 ${thisYear} 或更早`);
  });
  it('an unknown field is not dropped: it names the field probably meant', () => {
    expectError({ [shop]: (t) => t.replace('name: 测试商店', 'name: 测试商店\ncatgory: 雨具') }, shop, 3, 'catgory', '未知字段“catgory”，是不是“category”？');
  });
  it('a reference to a missing entry, with close matches', () => {
    expectError({ [shop]: (t) => t.replace('branch: test-zhibu', 'branch: test-zhibuu') }, shop, 6, 'branch', '引用的“test-zhibuu”在 branches 中不存在', '是不是：test-zhibu？');
  });
  it('a duplicate id', () => {
    const twin = '---\nname: 另一家店\nsummary: { zh: 与另一个文件编号相同的商户。 }\nsource: { source: test-source }\n---\n';
    expectError({ 'merchants/test-shop.mdx': twin }, 'merchants/test-shop.mdx', 1, '(id)', 'merchants 中已有编号为“test-shop”的条目');
  });
  it('an impossible date', () => {
    expectError({ [story]: (t) => t.replace('date: 2020-01-01', 'date: 2020-02-30') }, story, 3, 'date', '日期 2020-02-30 不存在（this day does not exist）');
  });
  it('a badly written date', () => {
    expectError({ [story]: (t) => t.replace('date: 2020-01-01', 'date: 2020/01/01') }, story, 3, 'date', '日期“2020/01/01”格式不对，应写成 2018-10-31');
  });
  it('an image file that is missing', () => {
    expectError({ [shop]: (t) => t.replace('./test-shop.png', './shop-front.png') }, shop, 12, 'photos[0].src', '图片文件“./shop-front.png”不存在（image file not found）');
  });
  it('an image without alt text: at the photo', () => {
    expectError({ [shop]: (t) => t.replace('    alt: 测试商店的红色门面\n', '') }, shop, 12, 'photos[0].alt', '缺少必填项（required）', '图片说明（替代文字）');
  });
  it('an unsafe link in frontmatter', () => {
    expectError({ [shop]: (t) => t.replace('nameEn: Test Shop', 'nameEn: Test Shop\nwebsite: javascript:alert(1)') }, shop, 4, 'website', '不安全的链接“javascript:alert(1)”');
  });
  it('an unsafe link in the Markdown body', () => {
    expectError({ [shop]: (t) => t.replace('测试正文。', '测试正文，[点这里](javascript:alert(1))。') }, shop, 18, '(正文 body)', '不允许的链接“javascript:alert(1)”', '改为以 https:// 开头的网址');
  });
  it('contact data without consent', () => {
    expectError({ [shop]: (t) => t.replace('nameEn: Test Shop', 'nameEn: Test Shop\ncontact: { phone: "021-12345678" }') }, shop, 4, 'contact.consent', '公开联系方式必须有当事人的书面同意', '请填写 consent');
  });
  it('a hard line break inside a Chinese paragraph', () => {
    expectError({ [shop]: (t) => t.replace('测试正文。', '测试正文的第一句，\n接着写的第二句。') }, shop, 18, '(正文 body)', '中文段落中间换行了', '把第 18 行和第 19 行连成一行');
  });

  it('text after “ #” in a plain value, which YAML would drop', () => {
    expectError({ [shop]: (t) => t.replace('category: 测试类', 'category: 测试类 #周一休息') }, shop, 4, 'category', '“#周一休息”被当成注释丢掉了', '给整个值加上引号');
  });
  it('a photo that is not an image (a text file named .png)', () => {
    expectError({ 'merchants/test-shop.png': 'not an image' }, shop, 12, 'photos[0].src', '不是图片文件');
  });
  it('a photo on another host', () => {
    expectError({ [shop]: (t) => t.replace('src: ./test-shop.png', 'src: https://cdn.example/shop.png') }, shop, 12, 'photos[0].src', '在别的网站上');
  });
  it('warns (no error) about a verified day older than 12 months', () => {
    expectWarning({ [shop]: (t) => t.replace('nameEn: Test Shop', 'nameEn: Test Shop\nverified: 2024-06-01') }, shop, 4, 'verified', '核实日期 2024-06-01 已超过 12 个月');
  });
  it('warns about half-width punctuation in Chinese', () => {
    expectWarning({ [shop]: (t) => t.replace('测试正文。', '测试正文,第二句.') }, shop, 18, '(正文 body)', '中文里用了半角标点（half-width punctuation in Chinese text）');
  });
  it('warns about a space between Chinese and digits (the project writes none)', () => {
    expectWarning({ [shop]: (t) => t.replace('summary: { zh: 用于构建测试的商户。 }', 'summary: { zh: 用于构建测试的 2 家商户之一。 }') }, shop, 10, 'summary.zh', '中文与英文或数字之间多了空格');
  });
  it('warns about wrong quotation marks', () => {
    expectWarning({ [shop]: (t) => t.replace('测试正文。', '店主说「诚信为本」。') }, shop, 18, '(正文 body)', 'wrong quotation marks');
  });
});

describe('check:content on the market-sample fixture', () => {
  it('reads every file as the build does: YAML 1.2 (yaml) and js-yaml give the same schema output', () => {
    const files = [
      ...CHECKED_COLLECTIONS.flatMap((collection) =>
        readdirSync(path.join(fixtureDir('market-sample'), collection), { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.mdx?$/.test(file))
          .map((file) => ({ collection, file: path.join(fixtureDir('market-sample'), collection, file) })),
      ),
      { collection: 'site' as const, file: path.join(fixtureDir('market-sample'), 'site.yaml') },
    ];
    expect(files.length).toBeGreaterThan(30);
    for (const { collection, file } of files) {
      const source = splitSource(file, readFileSync(file, 'utf8'));
      const schema = schemaOf(collection);
      expect(schema.parse(parseYamlWithPositions(source).doc.toJS()), file).toEqual(schema.parse(loadWithJsYaml(source.yaml)));
    }
  });
  it('finds no errors (warnings allowed)', () => {
    const { errors } = checkContent(fixtureDir('market-sample'), { root: projectRoot });
    expect(errors).toEqual([]);
  });
});

describe('npm run check:content', () => {
  // process.execPath is the project's Node 24 under `npm test`; tsx runs on it.
  const run = (contentDir?: string) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, ...(contentDir ? { YUYUAN_CONTENT_DIR: contentDir } : {}) },
    });
  it('exits 1 on a broken fixture, one line per problem', () => {
    const dir = fixtureCopy({ [shop]: (t) => t.replace('year: 2019', 'year: 2999') });
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, shop)}:9 honours[0].year — 年份不能晚于今年（year must not be in the future） — 请改为`);
  });
  it('exits 0 on valid content (the market-sample fixture)', () => {
    const result = run(fixtureDir('market-sample'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('内容检查通过');
  });
});

/** Content is data, not code: each family of input that once reached a page unchecked, or ran at build time. */
describe('check:content: content is data, not code', () => {
  const guide = 'guides/test-guide.mdx';
  const body = (file: string, text: string) => ({ [file]: (t: string) => t.replace('测试正文。', text) });
  it('MDX that imports a module or runs an expression', () => {
    const { dir, result } = check({ [story]: (t) => t.replace('## 小标题', "import fs from 'node:fs'\n\n## 小标题\n\n{fs.readFileSync('/etc/passwd', 'utf8')}") });
    expect(result.errors.map((e) => `${e.file}:${e.line} ${e.field}`)).toEqual([`${path.join(dir, story)}:10 (正文 body)`, `${path.join(dir, story)}:14 (正文 body)`]);
    expect(formatBilingual(result.errors[0]!.problem)).toContain('import');
    expect(formatBilingual(check(body(story, '结尾{globalThis.process.exit(0)}')).result.errors[0]!.problem)).toContain('process.exit(0)');
  });
  it('a component that is not the site’s own, or an attribute written as code', () => {
    // (The half-width-punctuation warning also fires on the braces: the error is what matters.)
    const { dir, result } = check({ [guide]: (t) => t.replace('<Callout type="warning">', '<Callout type={"warning"}>') });
    expect(result.errors.map((e) => `${e.file}:${e.line} ${formatBilingual(e.problem).slice(0, 20)}`)).toEqual([`${path.join(dir, guide)}:12 <Callout> 的 type 必须是`]);
    expectError({ [guide]: (t) => t.replace('<Callout type="warning">注意安全。</Callout>', '<Video src="https://x.example/v.mp4" />') }, guide, 12, '(正文 body)', '不认识的组件 <Video>');
  });
  it('raw HTML outside the allowlist: script, event handler, frame, style, refresh', () => {
    expectError(body(shop, '<script>alert(1)</script>'), shop, 18, '(正文 body)', '<script>');
    expectError(body(shop, '<img src="./test-shop.png" alt="门面" onerror="alert(1)">'), shop, 18, '(正文 body)', 'onerror');
    expectError(body(shop, '<iframe src="https://video.example/1"></iframe>'), shop, 18, '(正文 body)', '<iframe>');
    expectError(body(shop, '<p style="background:url(https://x.example/a.png)">字</p>'), shop, 18, '(正文 body)', 'style');
    expectError(body(shop, '<meta http-equiv="refresh" content="0;url=https://x.example">'), shop, 18, '(正文 body)', '<meta>');
  });
  it('links that run code however written, and images from another host', () => {
    expectError(body(shop, '<a href="&#106;avascript:alert(1)">点</a>'), shop, 18, '(正文 body)', 'javascript:');
    expectError(body(shop, '![图](https://cdn.example/a.png)'), shop, 18, '(正文 body)', '来自网站以外');
  });
  it('files that are not entries: an upper-case extension, an entry in a sub-folder, an unknown file, a misspelt folder', () => {
    const { dir, result } = check({
      'merchants/second-shop.MD': '---\nname: 第二家\n---\n',
      'merchants/old/third-shop.md': '---\nname: 第三家\n---\n',
      'stories/notes.docx': 'word',
      'merchant/fourth-shop.md': '---\nname: 第四家\n---\n',
    });
    const found = result.errors.map((e) => `${path.relative(dir, e.file)} ${formatBilingual(e.problem).slice(0, 6)}`);
    expect(found).toEqual(['merchant 内容文件夹里', 'merchants/old/third-shop.md 条目放在了子', 'merchants/second-shop.MD 文件扩展名“', 'stories/notes.docx 这个文件不是']);
  });
  it('a photo over the size limit', () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47]);
    const { dir, result } = check({ 'merchants/huge.png': big.toString('latin1') });
    expect(result.errors.map((e) => `${path.relative(dir, e.file)} ${formatBilingual(e.problem).slice(0, 5)}`)).toEqual(['merchants/huge.png 照片太大：']);
    expect(formatBilingual(result.errors[0]!.fix)).toContain('2000 像素');
  });
  it('personal data outside a consented contact: a mobile in the body or opening hours, an ID number, an e-mail', () => {
    expectError(body(shop, '老板的手机13812345678，欢迎来电。'), shop, 18, '(正文 body)', '手机号码');
    expectError({ [shop]: (t) => t.replace('category: 测试类', 'category: 测试类\nopeningHours: 每天9:00–18:00，电话021-63281234') }, shop, 5, 'openingHours', '固定电话');
    expectError({ [story]: (t) => t.replace('测试正文。', '身份证11010519491231002X。') }, story, 12, '(正文 body)', '身份证号码');
    expectError({ [shop]: (t) => t.replace('summary: { zh: 用于构建测试的商户。 }', 'summary: { zh: 联系邮箱shop@example.com。 }') }, shop, 10, 'summary.zh', '电子邮箱');
    // The message itself does not publish the number again.
    expect(formatBilingual(check(body(shop, '手机13812345678。')).result.errors[0]!.problem)).not.toContain('13812345678');
  });
  it('a consent or verification day in the future', () => {
    expectError({ [shop]: (t) => t.replace('nameEn: Test Shop', 'nameEn: Test Shop\nverified: 2099-01-01') }, shop, 4, 'verified', '将来');
  });
  it('invisible and bidirectional control characters, named by code point', () => {
    expectError({ [shop]: (t) => t.replace('name: 测试商店', 'name: 测试\u200b商店') }, shop, 2, 'name', 'U+200B');
    expectError({ [shop]: (t) => t.replace('nameEn: Test Shop', 'nameEn: Test \u202eShop') }, shop, 3, 'nameEn', 'U+202E');
  });
  it('a second shop whose name is the first one’s in traditional characters', () => {
    const clash = check({ 'merchants/zz-shop.md': '---\nname: 測試商店\nsummary: { zh: 繁体字写的同一家店。 }\nsource: { source: test-source }\n---\n' });
    const error = only(clash.result.errors);
    expect(error.file).toBe(path.join(clash.dir, 'merchants/zz-shop.md'));
    expect(error.field).toBe('name');
    expect(formatBilingual(error.problem)).toContain('测试商店');
  });
});

