/**
 * `npm run wechat` on fixture entries (./content.ts): each becomes wechat/<collection>-<id>/ with
 * article.html, its photos in order and 说明.txt. The articles, parsed, carry nothing the 公众号 editor
 * drops, no link (each is a number and a line of 引用链接, in order), the guide's components as styled
 * blocks, and the 阅读原文 address is printed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { forbiddenMarkup } from '@/lib/wechat/forbidden-markup';
import { readDesignTokens } from '@/lib/wechat/design-tokens';
import { isolatedBuildEnv } from '../../scripts/lib/build-steps';
import { projectRoot, TEST_ORIGIN } from '../support/build';
import { WECHAT_ENTRIES, wechatContent } from './content';

const tokens = readDesignTokens(readFileSync(path.join(projectRoot, 'src/styles/global.css'), 'utf8'));

function runWechat(args: string[], contentDir: string): Promise<{ status: number | null; output: string }> {
  const work = mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-wechat-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/wechat.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...isolatedBuildEnv(work, contentDir), SITE_URL: TEST_ORIGIN },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

let out: string;
let run: { status: number | null; output: string };
const folder = (entry: string) => path.join(out, entry.replace('/', '-'));
/** The article's own markup: the body of article.html. */
const article = (entry: string): CheerioAPI => load(load(readFileSync(path.join(folder(entry), 'article.html'), 'utf8'))('body').html()!, null, false);

beforeAll(async () => {
  out = mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-wechat-out-'));
  run = await runWechat([...WECHAT_ENTRIES, '--out', out], wechatContent());
}, 600_000);

describe('npm run wechat', () => {
  it('exports each entry and says where, with its 阅读原文 address', () => {
    expect(run.output).not.toMatch(/✖|Error/);
    expect(run.status).toBe(0);
    for (const entry of WECHAT_ENTRIES) {
      expect(existsSync(path.join(folder(entry), 'article.html'))).toBe(true);
      expect(run.output).toContain(path.relative(projectRoot, path.join(folder(entry), 'article.html')));
    }
    expect(run.output).toContain(`阅读原文 read-more address：${TEST_ORIGIN}/stories/wechat-story/`);
    expect(run.output).toContain(`阅读原文 read-more address：${TEST_ORIGIN}/learn/wechat-guide/`);
    expect(readFileSync(path.join(folder('activities/wechat-activity'), '说明.txt'), 'utf8')).toContain(`${TEST_ORIGIN}/activities/wechat-activity/`);
  });

  it.each(WECHAT_ENTRIES)('%s has nothing the 公众号 editor drops, and no link', (entry) => {
    const $ = article(entry);
    expect(forbiddenMarkup($.html())).toEqual([]);
    expect($('a').length).toBe(0);
    expect($('h1').text().length).toBeGreaterThan(0);
  });

  it.each(WECHAT_ENTRIES)('%s lists every link address in 引用链接, in the order of their numbers', (entry) => {
    const $ = article(entry);
    const numbers = [...new Set($('sup').map((_, sup) => $(sup).text()).get())];
    const listed = $('p').filter((_, p) => /^\[\d+\] /.test($(p).text()));
    expect(listed.map((_, p) => /^\[(\d+)\]/.exec($(p).text())![0]).get()).toEqual(numbers);
    expect(numbers).toEqual(numbers.map((_, index) => `[${index + 1}]`));
    // The last address is always the entry's own page.
    expect(listed.last().text()).toMatch(new RegExp(`${TEST_ORIGIN}/(stories|learn|activities)/wechat-`));
  });

  it('gives the story its links in full, a site path on the site address, the same page twice under one number', () => {
    const $ = article('stories/wechat-story');
    const listed = $('p').filter((_, p) => /^\[\d+\] /.test($(p).text())).map((_, p) => $(p).text()).get();
    expect(listed).toEqual([
      `[1] 测试商店：${TEST_ORIGIN}/merchants/test-shop/`,
      '[2] 测试来源：https://source.example/article',
      `[3] 测试课程：${TEST_ORIGIN}/learn/test-guide/`,
      `[4] 测试站点：${TEST_ORIGIN}/stories/wechat-story/`,
    ]);
    expect($('sup').map((_, sup) => $(sup).text()).get()).toEqual(['[1]', '[2]', '[1]', '[3]', '[4]']);
    expect($('strong').first().text()).toBe('加粗的一句话');
    expect($('h2').first().attr('style')).toContain(`border-left: 4px solid ${tokens['color-accent']}`);
    expect($('li').length).toBe(4);
    expect($('table td').first().text()).toBe('商户');
    expect($('blockquote').text()).toContain('引用的一段话');
    expect($('p').filter((_, p) => $(p).text().startsWith('来源：测试来源文章')).length).toBe(1);
  });

  it('writes the photos beside the article, numbered in order, each under its caption', () => {
    for (const [entry, photos] of [
      ['stories/wechat-story', [['01-wechat-cover.png', '图1　测试商店的门面'], ['02-wechat-body.png', '图2　测试摊位的照片']]],
      ['activities/wechat-activity', [['01-wechat-photo-1.png', '图1　活动现场——党员在摊位前服务'], ['02-wechat-photo-2.png', '图2　活动后的合影']]],
    ] as const) {
      const $ = article(entry);
      expect($('img').map((_, img) => [[$(img).attr('src'), $(img).next('p').text()]]).get()).toEqual(photos);
      const written = readdirSync(folder(entry)).filter((file) => file.endsWith('.png'));
      expect(written).toEqual(photos.map(([file]) => file));
      const original = readFileSync(path.join(projectRoot, 'tests/fixtures/wechat', entry.split('/')[0]!, photos[0][0].slice(3)));
      expect(readFileSync(path.join(folder(entry), photos[0][0])).equals(original)).toBe(true);
    }
  });

  it('renders the guide components as blocks styled from the design tokens', () => {
    const $ = article('guides/wechat-guide');
    const warning = $('section').filter((_, section) => $(section).children('p').first().text() === '警告　用电安全');
    expect(warning.attr('style')).toContain(`border-left: 6px solid ${tokens['color-warning']}`);
    const tip = $('section').filter((_, section) => $(section).children('p').first().text() === '提示');
    expect(tip.attr('style')).toContain(`background-color: ${tokens['color-tip-soft']}`);
    const steps = $('span').filter((_, span) => /^\d+$/.test($(span).text()));
    expect(steps.map((_, span) => $(span).text()).get()).toEqual(['1', '2', '3']);
    expect(steps.first().parent().text()).toBe('1打开灭火器的保险销');
    expect($('p').filter((_, p) => $(p).text().startsWith('□')).map((_, p) => $(p).text()).get()).toEqual(['□通道畅通', '□插座没有发热']);
    expect($('p').filter((_, p) => $(p).text() === '依据的法律法规：《中华人民共和国消防法》').length).toBe(1);
  });

  it('refuses what it cannot export, saying how to write it, before starting anything', async () => {
    const refused = await runWechat(['merchants/test-shop'], wechatContent());
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('请写成 文件夹/编号');
    expect(refused.output).toContain('exportable: stories, activities, guides');
  });
});
