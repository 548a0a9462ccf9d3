/**
 * The form editor as an office editor uses it, in Chromium, on a fixture repository: it opens in
 * Chinese and asks nothing of any other host; a shop is created in the form, saved, submitted for
 * review, approved and published, and arrives on main as the check wants it and the built site shows it; a save the
 * check refuses shows its message and keeps what was typed; a deletion others depend on is refused.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { decapConfig } from '@/lib/editor/decap-config';
import { startEditorServer, type EditorServer } from '../../scripts/lib/editor/server';
import { hasChromium, launchChromium, reportMissingBrowser } from '../support/browser';
import { fixtureDir, siteBuildLater, type BuildResult } from '../support/build';
import { editorBundle } from '../support/editor-bundle';
import { editorRepo } from '../support/editor-repo';

reportMissingBrowser();

let repo: ReturnType<typeof editorRepo>;
let server: EditorServer;
let browser: Browser;
let page: Page;
let origin: string;
let publishedSite: Promise<BuildResult>;
const requests: string[] = [];

const field = (label: string) => page.getByLabel(label, { exact: true });
/** Text on screen (a notification is also copied, hidden, into a live region for screen readers). */
const shown = (text: string | RegExp) => page.getByText(text).filter({ visible: true }).first();

async function fillShop(name: string, source = 'test-source') {
  await page.goto(`${origin}#/collections/merchants/new`);
  await field('名称').fill(name);
  await field('中文简介').fill('经营珠宝首饰的党员商户，测试用的简介文字。');
  await field('来源编号').fill(source);
}

const save = () => page.getByRole('button', { name: '保存', exact: true }).click();

async function newShop(name: string, source = 'test-source') {
  await fillShop(name, source);
  await save();
}

/** Adds a photo as an editor does: a new item, the media library, upload, use it. */
async function addPhoto(file: string) {
  await page.getByRole('button', { name: /新增照片|添加照片/ }).first().click();
  await page.getByRole('button', { name: /选择图片/ }).first().click();
  await page.locator('input[type=file]').first().setInputFiles(file);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
}

describe.skipIf(!hasChromium)('the form editor', () => {
  beforeAll(async () => {
    repo = editorRepo();
    const bundleDir = await editorBundle();
    server = await startEditorServer({
      repoPath: repo.repo,
      branch: 'main',
      port: 0,
      editor: { name: '王编辑', email: 'wang@localhost' },
      bundleDir,
      config: (proxyUrl) => decapConfig({ proxyUrl, branch: 'main' }),
    });
    // The browser reaches 127.0.0.1 and nothing else (tests/support/browser.ts).
    origin = server.url.replace('localhost', '127.0.0.1');
    browser = await launchChromium();
  });
  // Each test in a browser of its own (no form, backup or notification left over from the last).
  beforeEach(async () => {
    await page?.context().close();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => dialog.accept()); // publish? delete? yes
    page.setDefaultTimeout(20_000);
    // Decap's proxy backend asks for a click before it opens: the one step before the collections.
    await page.goto(origin);
    await page.getByRole('button', { name: '登录' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // First, so that the site of what it publishes builds while the other tests run.
  it('creates a shop with a photo, asks for its description, and publishes it only after review: draft, 待审核, 待发布, 发布', async () => {
    await fillShop('翠格珠宝测试');
    const photo = path.join(repo.repo, '..', `menmian-${Date.now()}.png`);
    copyFileSync(path.join(fixtureDir('basics'), 'merchants/test-shop.png'), photo);
    await addPhoto(photo);
    await save();
    await shown('你漏掉了一个必填项，请在保存之前将它填写好').waitFor(); // the photo's description
    await field('照片内容说明').fill('店铺门面，红色招牌');
    await save();
    await shown('内容已保存').waitFor();
    expect(repo.git('log', '-1', '--format=%an|%s', 'cms/merchants/翠格珠宝测试').trim()).toBe('王编辑|商户：新增 翠格珠宝测试');
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/content/merchants/').trim()).not.toContain('cuige-zhubao-ceshi.md');

    for (const status of ['待审核', '待发布']) {
      await page.getByRole('button', { name: /^状态/ }).click();
      await page.getByRole('menuitem', { name: status }).click();
      await page.getByRole('button', { name: `状态: ${status}` }).waitFor();
    }
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('menuitem', { name: '发布', exact: true }).click();
    await shown('已发布').waitFor();

    const file = path.join(repo.repo, 'src/content/merchants/cuige-zhubao-ceshi.md');
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/content/merchants/')).toContain('cuige-zhubao-ceshi.md');
    expect(readFileSync(file, 'utf8')).toMatch(/^---\nname: 翠格珠宝测试\n/);
    expect(readFileSync(file, 'utf8')).toContain(`photos:\n  - src: ./${path.basename(photo)}\n    alt: 店铺门面，红色招牌\n`);
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/content/merchants/')).toContain(path.basename(photo));
    expect(checkContent('src/content', { root: repo.repo }).errors).toEqual([]);

    // The site of the published content is built while the other tests run (the last test looks at it).
    publishedSite = siteBuildLater({ content: path.join(repo.repo, 'src/content') });
    publishedSite.catch(() => undefined); // a failed build is reported by the test that awaits it
  });

  it('opens in Chinese, lists every collection, and asks nothing of another host', async () => {
    for (const label of ['示范商户', '转型故事', '活动', '党组织', '商户课堂']) await page.getByText(label, { exact: true }).first().waitFor();
    expect(requests.filter((url) => new URL(url).origin !== origin.replace(/\/$/, ''))).toEqual([]);
  });

  it('shows a bilingual field’s Chinese and English side by side', async () => {
    await page.goto(`${origin}#/collections/merchants/new`);
    const box = async (label: string) => {
      await field(label).waitFor();
      return (await field(label).boundingBox())!;
    };
    const zh = await box('中文简介');
    const en = await box('英文简介 (可选)');
    expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width);
    expect(Math.abs(en.y - zh.y)).toBeLessThan(zh.height);
  });

  it('previews the entry as the site lays out its page, in the site’s stylesheet', async () => {
    await page.goto(`${origin}#/collections/merchants/new`);
    await field('名称').fill('预览测试店');
    await field('中文简介').fill('看看右边的预览是不是网站的样子。');
    const preview = page.locator('iframe').first().contentFrame();
    await preview.locator('h1', { hasText: '预览测试店' }).waitFor();
    expect(await preview.locator('header p').first().textContent()).toBe('看看右边的预览是不是网站的样子。');
    // The site's own rules apply: its heading size (text-3xl: 1.875 rem), not the browser's default h1 (2 em).
    const ratio = await preview.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize) / parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(ratio).toBeCloseTo(1.875, 3);
  });

  it('copies a story to the 公众号 from its preview, as last saved, and it pastes with its title and text', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}#/collections/stories/entries/test-story`);
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('button', { name: '准备公众号版本' }).click();
    // The server runs `npm run wechat` on the saved story: a dev server's start, after any build holding .astro/.
    await preview.getByRole('button', { name: '复制到公众号' }).click({ timeout: 300_000 });
    await preview.getByText(/^已复制/).waitFor();
    const target = await page.context().newPage();
    await target.setContent('<!doctype html><div id="editor" contenteditable="true" style="min-height: 200px"></div>');
    await target.locator('#editor').click();
    await target.keyboard.press('Control+V');
    const $ = load(await target.locator('#editor').innerHTML(), null, false);
    expect($('h1').text()).toBe('测试故事');
    expect($('h2').text()).toBe('小标题');
    expect($('h2').attr('style')).toMatch(/border-left: 4px solid/);
    expect($('a').length).toBe(0);
  }, 600_000);

  it('stops a name over 40 characters in the form, saying the rule, and keeps what was typed', async () => {
    const long = '一个名字太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长的商户';
    await newShop(long);
    await shown('“名称”：应为 2 到 40 个字').waitFor();
    expect(await field('名称').inputValue()).toBe(long);
    expect(repo.git('branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('refuses a save the check refuses (a source that is not registered) with its message, and keeps what was typed', async () => {
    await newShop('翠格珠宝来源', 'no-such-source');
    await shown(/没有保存：内容有问题/).waitFor();
    await shown(/来源“no-such-source”未在 site\.yaml 的 sources 中登记/).waitFor();
    expect(await field('名称').inputValue()).toBe('翠格珠宝来源');
    expect(await field('来源编号').inputValue()).toBe('no-such-source');
    expect(repo.git('branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('refuses to delete an organisation that shops name, and names them', async () => {
    await page.goto(`${origin}#/collections/branches/entries/test-zhibu`);
    await page.getByRole('button', { name: '删除已发布的内容' }).click();
    await shown(/不能删除/).waitFor();
    await shown(/src\/content\/merchants\/test-shop\.md/).waitFor();
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/content/branches/')).toContain('test-zhibu.md');
  });

  it('shows the published shop on the built site, its photo described', async () => {
    const site = await publishedSite;
    const shopPage = load(readFileSync(path.join(site.outDir, 'merchants/cuige-zhubao-ceshi/index.html'), 'utf8'));
    expect(shopPage('h1').text()).toContain('翠格珠宝测试');
    expect(shopPage('main img[alt="店铺门面，红色招牌"]')).toHaveLength(1);
  });
});
