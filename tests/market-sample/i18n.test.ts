/**
 * Both languages of the market-sample fixture: every page walked as the browser sees it.
 * - English pages (/en/…) contain no Han character outside an element marked lang="zh-CN" (or "zh").
 * - Chinese pages show no English UI text in the header, navigation, footer, headings and buttons
 *   outside an element marked lang="en".
 * - Pages with a twin in the other language name it with hreflang, both ways, with x-default.
 * - The language switch always leads to a page that exists.
 * Plus the English home, about, activity and visitor pages, and the Chinese visitor page.
 */
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { builtPages, fileOf, resolves } from '../support/dist';
import { marketSample } from '../support/sites';

let result: BuildResult;
const cache = new Map<string, CheerioAPI>();
/** The parsed page at a site path (/en/visit/ or /404.html). */
function html(route: string): CheerioAPI {
  let $ = cache.get(route);
  if (!$) {
    $ = load(readFileSync(fileOf(result.outDir, route), 'utf8'));
    cache.set(route, $);
  }
  return $;
}

/** Every built HTML page, as a site path. */
const pages = () => builtPages(result.outDir);
/** True when a site path is served by a built file. */
const exists = (href: string) => resolves(result.outDir, href);

const english = (route: string) => route === '/en/' || route.startsWith('/en/');
const HAN = /\p{Script=Han}/u;
const isChinese = (lang: string) => /^zh\b/i.test(lang);

/**
 * Calls `visit` with each piece of text a reader meets (text nodes, and the attributes read aloud
 * or shown: alt, title, aria-label, placeholder) and the language it is marked with (the nearest
 * lang attribute), and whether it is in the page's chrome (header, nav, footer, headings, buttons).
 */
function eachText($: CheerioAPI, visit: (text: string, lang: string, chrome: boolean, where: string) => void): void {
  const chromeTags = new Set(['header', 'nav', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'title']);
  const walk = (node: AnyNode, lang: string, chrome: boolean) => {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text) visit(text, lang, chrome, (node.parent as Element | null)?.name ?? '');
      return;
    }
    if (node.type !== 'tag') return; // scripts (JSON-LD), styles and comments are not read
    const own = node.attribs.lang ?? lang;
    const inChrome = chrome || chromeTags.has(node.name);
    for (const attribute of ['alt', 'title', 'aria-label', 'placeholder']) {
      const value = node.attribs[attribute]?.trim();
      if (value) visit(value, own, inChrome, `${node.name}[${attribute}]`);
    }
    if (node.name === 'meta' && node.attribs.name === 'description') visit(node.attribs.content ?? '', own, true, 'meta description');
    for (const child of node.children) walk(child, own, inChrome);
  };
  walk($('html')[0]!, $('html').attr('lang') ?? '', false);
}

/**
 * Latin words allowed in the chrome of a Chinese page outside lang="en", each for a reason:
 * ICP is part of the ICP filing number the footer shows once site data has it (沪ICP备12345678号).
 */
const LATIN_ALLOWED = new Set<string>(['ICP']);
/** Latin words of three or more letters in `text`, URLs and e-mail addresses left out. */
function latinWords(text: string): string[] {
  const words = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ').replace(/\S+@\S+\.\S+/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
  return words.filter((word) => !LATIN_ALLOWED.has(word));
}

/** The hreflang alternates of a page: hreflang → path. */
function alternates($: CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('head link[rel="alternate"][hreflang]')
      .map((_, link) => [[$(link).attr('hreflang')!, new URL($(link).attr('href')!).pathname]])
      .get(),
  );
}

beforeAll(() => {
  result = builtSite(marketSample);
});

describe('languages on every page', () => {
  it('builds English pages under /en/ with lang="en", and Chinese pages elsewhere with lang="zh-CN"', () => {
    const all = pages();
    const en = all.filter(english);
    for (const route of ['/en/', '/en/about/', '/en/activities/', '/en/activities/weimin-fuwu-ri/', '/en/activities/series/jiangzuo/', '/en/visit/', '/visit/']) {
      expect(all, route).toContain(route);
    }
    for (const route of all) expect(html(route)('html').attr('lang'), route).toBe(english(route) ? 'en' : 'zh-CN');
    expect(en.length).toBeGreaterThan(20);
  });

  it('shows no Han character on an English page outside an element marked Chinese', () => {
    const found: string[] = [];
    for (const route of pages().filter(english)) {
      eachText(html(route), (text, lang, _chrome, where) => {
        if (HAN.test(text) && !isChinese(lang)) found.push(`${route} <${where}> ${text.slice(0, 60)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('shows no English UI text on a Chinese page outside an element marked English', () => {
    const found: string[] = [];
    for (const route of pages().filter((r) => !english(r))) {
      eachText(html(route), (text, lang, chrome, where) => {
        if (!chrome || lang === 'en' || lang.startsWith('en-')) return;
        const words = latinWords(text);
        if (words.length > 0) found.push(`${route} <${where}> ${words.join(' ')}: ${text.slice(0, 60)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the two checks above can fail', () => {
    const $ = load('<html lang="en"><head><title>豫园</title></head><body><header><span lang="zh-CN">中文</span><h1>Test</h1></header></body></html>');
    const han: string[] = [];
    const latin: string[] = [];
    eachText($, (text, lang, chrome) => {
      if (HAN.test(text) && !isChinese(lang)) han.push(text);
      if (chrome && lang !== 'en') latin.push(...latinWords(text));
    });
    expect(han).toEqual(['豫园']);
    const zh = load('<html lang="zh-CN"><body><nav>首页 Home <span lang="en">English</span> https://example.com/path</nav></body></html>');
    const words: string[] = [];
    eachText(zh, (text, lang, chrome) => chrome && lang !== 'en' && words.push(...latinWords(text)));
    expect(words).toEqual(['Home']);
  });

  it('pairs every page that has a twin with it, both ways, with x-default on the Chinese page', () => {
    const all = new Set(pages());
    const problems: string[] = [];
    for (const route of all) {
      const links = alternates(html(route));
      const twin = english(route) ? route.slice(3) || '/' : route === '/' ? '/en/' : `/en${route}`;
      if (english(route) || all.has(twin)) {
        // An English page always has its Chinese twin; a Chinese page with an English twin must name it.
        const [zh, en] = english(route) ? [twin, route] : [route, twin];
        const expected = { 'zh-CN': zh, en, 'x-default': zh };
        if (JSON.stringify(links) !== JSON.stringify(expected)) problems.push(`${route}: ${JSON.stringify(links)} ≠ ${JSON.stringify(expected)}`);
        if (!all.has(twin)) problems.push(`${route}: its twin ${twin} was not built`);
        else if (JSON.stringify(alternates(html(twin))) !== JSON.stringify(expected)) problems.push(`${twin} does not name ${route} back`);
      } else if (Object.keys(links).length > 0) {
        problems.push(`${route} names alternates ${JSON.stringify(links)} but has no twin`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leads the language switch of every page to a page that exists, the twin when there is one', () => {
    const all = new Set(pages());
    const problems: string[] = [];
    for (const route of all) {
      const $ = html(route);
      const switches = $('header a[hreflang]').map((_, a) => $(a).attr('href')!).get();
      if (switches.length === 0) problems.push(`${route}: no language switch`);
      for (const href of switches) {
        if (!exists(href)) problems.push(`${route}: switch → ${href}, which does not exist`);
        const twin = english(route) ? route.slice(3) || '/' : route === '/' ? '/en/' : `/en${route}`;
        if (all.has(twin) && href !== twin) problems.push(`${route}: switch → ${href}, not to its twin ${twin}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the English home page', () => {
  it('tells a visitor what the market and its party-building are, from site data', () => {
    const $ = html('/en/');
    expect($('h1').text()).toBe('Party Building at Yuyuan Small-Commodities Market');
    const intro = $('[data-intro] p');
    expect(intro).toHaveLength(2);
    const text = intro.text();
    for (const fact of ['Yu Garden', 'City God Temple', '18 markets', '5,800', '8 branches', '81 members', '10th of every month']) {
      expect(text, fact).toContain(fact);
    }
    expect($('main a[href="/en/visit/"]')).toHaveLength(1);
  });

  it('shows the mechanism and figures in English, shops linked to their English pages and the next service day', () => {
    const $ = html('/en/');
    expect($('#mechanism').parent().text()).toContain('Members lead by example');
    expect($('main dl').first().text()).toContain('party members');
    const shops = $('#featured').parent().find('article h3 a').map((_, a) => $(a).attr('href')).get();
    expect(shops.length).toBeGreaterThan(0);
    for (const href of shops) expect(href).toMatch(/^\/en\/merchants\/[^/]+\/$/);
    expect($('#activities').parent().find('time[data-next-occurrence]').first().attr('datetime')).toBe('2026-12-10');
    expect($('#activities').parent().find('[data-built-on]').text()).toContain('Page built on 10 December 2026');
    expect($('#activities').parent().find('article h3 a').first().attr('href')).toBe('/en/activities/weimin-fuwu-ri/');
  });

  it('links the stories to their Chinese pages, marked so', () => {
    const $ = html('/en/');
    const stories = $('#stories').parent().find('a[href^="/stories/"]');
    expect(stories.length).toBeGreaterThan(0);
    stories.each((_, a) => expect($(a).attr('hreflang')).toBe('zh-CN'));
  });

  it('keeps the Chinese home page in Chinese with the same introduction', () => {
    const $ = html('/');
    expect($('[data-intro] p').first().text()).toContain('豫园小商品市场紧挨着豫园和城隍庙');
    expect($('main a[href="/visit/"]')).toHaveLength(1);
    expect($('#wechat').text()).toBe('关注微信公众号：城南美豫');
  });
});

describe('the English about page', () => {
  it('gives the grid facts in English and the organisation chain by English name, linked to the Chinese pages', () => {
    const $ = html('/en/about/');
    expect($('#grid').parent().find('li').first().text()).toContain('18 grids');
    const chain = $('#chain').parent().find('ol a[href^="/branches/"]');
    expect(chain.length).toBeGreaterThan(2);
    chain.each((_, a) => expect($(a).attr('hreflang')).toBe('zh-CN'));
    expect(chain.first().text().trim()).toBe('Yuyuan Subdistrict Party Working Committee');
    expect($('#chain').parent().find('a[href="/en/merchants/"]')).toHaveLength(1);
  });
});

describe('English activity pages', () => {
  it('list the archive by series and date in English', () => {
    const $ = html('/en/activities/');
    expect($('h1').text()).toBe('Activities');
    const series = $('nav[aria-label="By series"] a').map((_, a) => $(a).attr('href')).get();
    expect(series).toContain('/en/activities/series/jiangzuo/');
    const headings = $('main h2, main h3').map((_, h) => $(h).text().trim()).get();
    expect(headings).toContain('October 2018');
    expect(html('/en/activities/series/jiangzuo/')('h1').text()).toBe('Activities · Lectures');
  });

  it('show the English title and summary, the Chinese account marked, and organisers linked to Chinese pages', () => {
    const $ = html('/en/activities/weimin-fuwu-ri/');
    expect($('h1').text().trim()).toBe("Party members' monthly service day");
    expect($('main').text()).toContain('On the 10th of every month');
    expect($('main [data-body]').attr('lang')).toBe('zh-CN');
    expect($('main [data-body-note] [data-not-translated]').text().trim()).toBe('Not yet translated');
    const organiser = $('main a[href="/branches/yuyuan-jiedao-dangongwei/"]');
    expect(organiser.attr('hreflang')).toBe('zh-CN');
    expect(organiser.text().trim()).toBe('Yuyuan Subdistrict Party Working Committee');
    expect($('main a[href="/en/activities/series/weimin-fuwu-ri/"]').text()).toBe('Service day for residents');
  });

  it('link related shops to English pages and stories to Chinese pages', () => {
    const $ = html('/en/activities/dangyuan-shifangang-pingxuan/');
    expect($('main a[href="/en/merchants/wu-shanjing-hupo-dian/"]').text()).toBe("Wu Shanjing's amber shops");
    expect($('main a[href="/stories/shifangang-jinzi-zhaopai/"]').attr('hreflang')).toBe('zh-CN');
  });

  it('keep the Event structured data, with the English name', () => {
    const event = JSON.parse(html('/en/activities/weimin-fuwu-ri/')('head script[type="application/ld+json"]').html()!);
    expect(event).toMatchObject({ '@type': 'Event', name: "Party members' monthly service day", eventSchedule: { byMonthDay: 10 } });
    expect(event.url).toMatch(/\/en\/activities\/weimin-fuwu-ri\/$/);
  });
});

describe('the visitor page', () => {
  it('is in the Chinese navigation, and each language links the other', () => {
    const zh = html('/visit/');
    expect(html('/')('header nav a[href="/visit/"]').text()).toBe('来访指南');
    expect(zh('header a[hreflang="en"]').first().attr('href')).toBe('/en/visit/');
    expect(html('/en/visit/')('header a[hreflang="zh-CN"]').first().attr('href')).toBe('/visit/');
    expect(html('/en/')('header nav a[href="/en/visit/"]').text()).toBe('Visit');
  });

  it('opens the area point in the four map apps and gives the address for a taxi driver', () => {
    for (const route of ['/visit/', '/en/visit/']) {
      const $ = html(route);
      const maps = $('main a[data-map]').map((_, a) => $(a).attr('data-map')).get();
      expect(maps, route).toEqual(['amap', 'baidu', 'tencent', 'apple']);
      expect($('main a[data-map="amap"]').attr('href'), route).toContain('position=121.4921,31.2272');
      expect($('main a[data-map="baidu"]').attr('href'), route).toContain('location=31.2272,121.4921');
      expect($('main [data-address="zh"]').text(), route).toContain('城隍庙');
    }
  });

  it('explains the plaques, the map links and disputes from the page text, and cites the source', () => {
    const zh = html('/visit/')('main').text();
    for (const text of ['共产党员示范岗', '金牌、银牌不如党员示范牌', '文明诚信经营户', '人民调解工作站', '12315', '“三建三带”完善市场党建']) expect(zh, text).toContain(text);
    const $ = html('/en/visit/');
    expect($('h1').text()).toBe('Visiting the market');
    const en = $('main').text();
    for (const text of ['Party-member model post', 'mediation workstation', '12315', 'Amap', 'taxi']) expect(en, text).toContain(text);
    expect($('main [lang="zh-CN"]').filter((_, e) => $(e).text() === '金牌、银牌不如党员示范牌')).toHaveLength(1);
  });
});
