/**
 * An entry's rendered text rebuilt as a 公众号 article (src/lib/wechat/article.ts): links become
 * numbered footnotes in order, photos are numbered files with captions, the guide components become
 * styled blocks, styles come from the design tokens, and nothing the 公众号 editor drops is left.
 * The real components' output is exported in tests/wechat/ through `astro dev`.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { wechatArticle, type WechatArticleInput } from '@/lib/wechat/article';
import { readDesignTokens } from '@/lib/wechat/design-tokens';
import { forbiddenMarkup } from '@/lib/wechat/forbidden-markup';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const tokens = readDesignTokens(css);

/** Markup as the site's Callout, Steps and Checklist render it (class and data attributes kept). */
const BODY = `
<h2 id="one">第一节</h2>
<p>这是<strong>加粗</strong>，见<a href="/merchants/shop/">商店</a>和<a href="https://other.example/a?b=1&amp;c=2">外站</a>，再见<a href="/merchants/shop/">商店</a>，<a href="#one">本页</a>。</p>
<p><img src="/_image/?href=%2F%40fs%2Fsite%2Fstories%2Fin-text.png%3ForigWidth%3D8&amp;w=8&amp;f=webp" alt="文中的照片"></p>
<aside class="callout callout--warning" role="note" data-callout="warning"><p class="callout__head"><svg class="callout__icon" aria-hidden="true"><path d="M0 0"/></svg><strong class="callout__label">警告</strong><span class="callout__title">用电</span></p><div class="callout__body"><p>不要串接。</p></div></aside>
<div class="steps"><ol><li><p>第一步</p></li><li>第二步</li></ol></div>
<div class="checklist" data-checklist="daily" id="daily" role="group" aria-label="清单"><ul><li><p>通道畅通</p></li><li>插座不热</li></ul></div>
<script>alert(1)</script><style>p{color:red}</style><!-- a comment -->
`;

const input = (overrides: Partial<WechatArticleInput> = {}): WechatArticleInput => ({
  title: '标题<b>',
  meta: '<time datetime="2020-01-01">2020年1月1日</time> · 测试广场',
  lead: '摘要',
  bodyHtml: BODY,
  cover: { src: '/@fs/site/stories/cover%20photo.jpg?origWidth=800', alt: '封面的照片' },
  photos: [{ src: '/@fs/site/stories/after.png', alt: '活动现场', caption: '党员服务' }],
  closingHtml: '<p class="mt-8">来源：<a href="https://source.example/x">来源文章</a>（出版方）</p>',
  pageUrl: 'https://site.example/stories/test/',
  siteName: '测试站点',
  tokens,
  ...overrides,
});

describe('wechatArticle', () => {
  const article = wechatArticle(input());
  const $ = load(article.html, null, false);

  it('leaves nothing the 公众号 editor drops: no link, class, id, script, style, comment or custom property', () => {
    expect(forbiddenMarkup(article.html)).toEqual([]);
    expect($('a, script, style, svg, [class], [id]').length).toBe(0);
    expect(article.html).not.toContain('alert(1)');
    expect(article.html).not.toContain('a comment');
  });

  it('turns every link into its text and a number, one number per address, listed in order with full addresses', () => {
    expect(article.links.map((link) => link.url)).toEqual([
      'https://site.example/merchants/shop/',
      'https://other.example/a?b=1&c=2',
      'https://site.example/stories/test/#one',
      'https://source.example/x',
      'https://site.example/stories/test/',
    ]);
    const refs = $('sup').map((_, sup) => $(sup).text()).get();
    expect(refs).toEqual(['[1]', '[2]', '[1]', '[3]', '[4]', '[5]']);
    const listed = $('p')
      .filter((_, p) => /^\[\d+\]/.test($(p).text()))
      .map((_, p) => $(p).text())
      .get();
    expect(listed).toEqual([
      '[1] 商店：https://site.example/merchants/shop/',
      '[2] 外站：https://other.example/a?b=1&c=2',
      '[3] 本页：https://site.example/stories/test/#one',
      '[4] 来源文章：https://source.example/x',
      '[5] 测试站点：https://site.example/stories/test/',
    ]);
    expect($('p').filter((_, p) => $(p).text() === '引用链接').length).toBe(1);
    expect(article.readMoreUrl).toBe('https://site.example/stories/test/');
  });

  it('numbers the photos in order (cover, text, after the text), as files beside the article, with their alt text as captions', () => {
    expect(article.images).toEqual([
      { file: '01-cover-photo.jpg', sourcePath: '/site/stories/cover photo.jpg', alt: '封面的照片' },
      { file: '02-in-text.png', sourcePath: '/site/stories/in-text.png', alt: '文中的照片' },
      { file: '03-after.png', sourcePath: '/site/stories/after.png', alt: '活动现场' },
    ]);
    expect($('img').map((_, img) => $(img).attr('src')).get()).toEqual(['01-cover-photo.jpg', '02-in-text.png', '03-after.png']);
    expect($('img').first().next('p').text()).toBe('图1　封面的照片');
    expect($('img').last().next('p').text()).toBe('图3　活动现场——党员服务');
    // The photo in the text no longer sits in an empty paragraph.
    expect($('p > img').length).toBe(0);
  });

  it('keeps the title block as text (markup in a title is not markup) and the meta line without its elements', () => {
    expect($('h1').text()).toBe('标题<b>');
    expect($('h1').next('p').text()).toBe('2020年1月1日 · 测试广场');
    expect($('time').length).toBe(0);
  });

  it('rebuilds Callout, Steps and Checklist as styled blocks whose marks are text, not CSS', () => {
    const callout = $('section').filter((_, section) => $(section).children('p').first().text() === '警告　用电');
    expect(callout.length).toBe(1);
    expect(callout.attr('style')).toContain(`border-left: 6px solid ${tokens['color-warning']}`);
    expect(callout.attr('style')).toContain(`background-color: ${tokens['color-warning-soft']}`);
    const numbers = $('span').filter((_, span) => /^\d$/.test($(span).text()));
    expect(numbers.map((_, span) => $(span).text()).get()).toEqual(['1', '2']);
    expect(numbers.first().attr('style')).toContain(`background-color: ${tokens['color-note']}`);
    expect($('p').filter((_, p) => $(p).text().startsWith('□')).map((_, p) => $(p).text()).get()).toEqual(['□通道畅通', '□插座不热']);
    expect($('ol, ul').length).toBe(0);
  });

  it('sets the Chinese body text as the site does: its root size and line height', () => {
    const root = $.root().children().first();
    expect(root.attr('style')).toContain('font-size: 18px');
    expect(root.attr('style')).toContain(`line-height: ${tokens['leading-body']}`);
  });

  it('takes its colours from the design tokens: another accent colour changes the article', () => {
    const other = readDesignTokens(css.replace(/--color-accent:\s*#[0-9a-f]+;/i, '--color-accent: #123456;'));
    const html = wechatArticle(input({ tokens: other })).html;
    expect(html).toContain('#123456');
    expect(html).not.toContain(tokens['color-accent']!);
  });

  it('refuses a photo that is not a file of the site', () => {
    expect(() => wechatArticle(input({ cover: { src: 'https://elsewhere.example/a.jpg', alt: '别处的照片' } }))).toThrow(/not a file of the site/);
  });
});
