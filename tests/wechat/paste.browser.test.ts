/**
 * The 复制到公众号 button of the local preview (`astro dev` on fixture entries, ./content.ts), in
 * Chromium: what it puts on the clipboard, pasted into a contenteditable as into the 公众号 editor,
 * keeps the headings, list items, bold text and the Callout box with their inline styles. The button
 * is on the export page and on the entry's own page.
 */
import { load } from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDesignTokens } from '@/lib/wechat/design-tokens';
import { forbiddenMarkup } from '@/lib/wechat/forbidden-markup';
import { hasChromium, launchChromium, reportMissingBrowser } from '../support/browser';
import { projectRoot } from '../support/build';
import { startDevServer, type DevServer } from '../support/dev-server';
import { wechatContent } from './content';

reportMissingBrowser();

const tokens = readDesignTokens(readFileSync(path.join(projectRoot, 'src/styles/global.css'), 'utf8'));

let server: DevServer;
let browser: Browser;
let context: BrowserContext;

/** Pastes the clipboard into an empty contenteditable (another page, as the 公众号 editor is) and returns what it holds. */
async function pasted(): Promise<ReturnType<typeof load>> {
  const editor = await context.newPage();
  await editor.setContent('<!doctype html><html lang="zh-CN"><body><div id="editor" contenteditable="true" style="width: 400px; min-height: 200px"></div></body></html>');
  await editor.locator('#editor').click();
  await editor.keyboard.press('Control+V');
  const html = await editor.locator('#editor').innerHTML();
  await editor.close();
  return load(html, null, false);
}

async function copyFrom(page: Page): Promise<void> {
  await page.getByRole('button', { name: '复制到公众号' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/^已复制/);
}

describe.skipIf(!hasChromium)('复制到公众号', () => {
  beforeAll(async () => {
    server = await startDevServer(wechatContent());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('copies a story that pastes with its headings, list items and bold text styled inline', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/_wechat/stories/wechat-story/`);
    await copyFrom(page);
    await page.close();
    const $ = await pasted();
    expect($('h1').text()).toBe('测试导出的一篇故事');
    expect($('h2').first().text()).toBe('第一个小标题');
    expect($('h2').first().attr('style')).toMatch(/border-left: 4px solid/);
    expect($('li').map((_, li) => $(li).text()).get()).toEqual(['第一条要点', '第二条要点，有加粗', '第一步', '第二步']);
    expect($('li').first().attr('style')).toContain('margin');
    // Chromium keeps bold as <strong>, or as a span of weight 700 when the strong carried a style.
    const bold = $('strong, b, span').filter((_, element) => $(element).text() === '加粗的一句话');
    expect(bold.is('strong, b') || bold.attr('style')?.includes('font-weight: 700')).toBe(true);
    expect($('a').length).toBe(0);
    expect($.text()).toContain('引用链接');
    expect($('img').first().attr('alt')).toBe('测试商店的门面');
  });

  it('copies a guide whose Callout pastes as a box in its colours', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/_wechat/guides/wechat-guide/`);
    await copyFrom(page);
    await page.close();
    const $ = await pasted();
    const box = $('section, div').filter((_, element) => $(element).children().first().text() === '警告　用电安全');
    expect(box.length).toBe(1);
    expect(box.attr('style')).toMatch(/border-left: 6px solid (rgb\(185, 28, 28\)|#b91c1c)/);
    expect(box.attr('style')).toMatch(/background-color: (rgb\(254, 242, 242\)|#fef2f2)/);
    expect(tokens['color-warning']).toBe('#b91c1c');
    expect(forbiddenMarkup($.html()).filter((problem) => problem.problem !== 'the attribute contenteditable')).toEqual([]);
  });

  it('is on the entry’s own page in the preview too', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/activities/wechat-activity/`);
    // The bar comes once the page has fetched its article: a first render in a cold dev server on a busy machine.
    await expect.poll(() => page.getByRole('button', { name: '复制到公众号' }).count(), { timeout: 120_000 }).toBe(1);
    await copyFrom(page);
    await expect(page.getByRole('link', { name: '公众号版本' }).getAttribute('href')).resolves.toBe('/_wechat/activities/wechat-activity/');
    await page.close();
    const $ = await pasted();
    expect($('h1').text()).toBe('测试导出的一次活动');
    expect($('img').map((_, img) => $(img).attr('alt')).get()).toEqual(['活动现场', '活动后的合影']);
  });

  it('has no export for what is not a story, activity or guide', async () => {
    expect((await fetch(`${server.origin}/_wechat/merchants/test-shop/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/_wechat/stories/no-such-story/`)).status).toBe(404);
    const page = await context.newPage();
    await page.goto(`${server.origin}/merchants/test-shop/`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: '复制到公众号' }).count()).toBe(0);
    await page.close();
  });
});
