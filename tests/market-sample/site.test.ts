/**
 * The market-sample fixture, built with its search index: the HTML of every page type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixtureDir, TEST_ORIGIN, type BuildResult } from '../support/build';
import { pageTypes } from '../support/browser';
import { builtPages, fileOf, resolves as servedBy } from '../support/dist';
import { SEARCH_BOOTSTRAP, TEXT_SIZE_INIT } from '../support/scripts';
import { TEXT_SIZE_HEAD_SCRIPT } from '@/lib/text-size/head-script';
import { marketSample } from '../support/sites';

let result: BuildResult;
const html = (route: string) => load(readFileSync(fileOf(result.outDir, route), 'utf8'));

/** Every built HTML page, as a site path (/merchants/cuige-zhubao/). */
const pages = () => builtPages(result.outDir);
/** True when a site path is served by a built file. */
const resolves = (href: string) => servedBy(result.outDir, href);

beforeAll(() => {
  result = builtSite(marketSample);
});

describe('the built site', () => {
  it('has every page type the browser tests visit (the not-found page is built as /404.html)', () => {
    const built = pages();
    for (const type of pageTypes) expect(built.some((route) => type.pattern.test(route)), type.name).toBe(true);
  });

  it('has a page for every entry of every collection', () => {
    const built = pages();
    for (const [section, folder] of [['branches', 'branches'], ['merchants', 'merchants'], ['stories', 'stories'], ['activities', 'activities'], ['learn', 'guides']]) {
      const ids = readdirSync(path.join(fixtureDir('market-sample'), folder!)).map((file) => file.replace(/\.mdx?$/, ''));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(built).toContain(`/${section}/${id}/`);
    }
    // Every shop has its English page too.
    for (const file of readdirSync(path.join(fixtureDir('market-sample'), 'merchants'))) expect(built).toContain(`/en/merchants/${file.replace(/\.mdx?$/, '')}/`);
  });

  it('gives every page its language (lang="en" under /en/, else lang="zh-CN"), one h1, a title, a description, a canonical URL, a skip link and a main landmark', () => {
    for (const route of pages()) {
      const $ = html(route);
      expect($('html').attr('lang'), route).toBe(route.startsWith('/en/') ? 'en' : 'zh-CN');
      expect($('h1'), route).toHaveLength(1);
      expect($('title').text().trim(), route).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim(), route).toBeTruthy();
      expect($('link[rel="canonical"]').attr('href'), route).toMatch(/^https?:\/\//);
      expect($('a.skip-link').attr('href'), route).toBe('#main');
      expect($('main#main'), route).toHaveLength(1);
    }
  });

  it('has no broken internal link on any page', () => {
    const broken: string[] = [];
    for (const route of pages()) {
      const $ = html(route);
      $('a[href^="/"], link[href^="/"], script[src^="/"]').each((_, element) => {
        const href = $(element).attr('href') ?? $(element).attr('src')!;
        if (!resolves(href)) broken.push(`${route} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('sends content pages no JavaScript but the tiny search bootstrap and the large-text head script, and loads no web font', () => {
    // Search, the directory's filter (an island loaded when opened) and the placard's print button need scripts.
    const directory = (route: string) => /^(\/en)?\/merchants\/(page\/\d+\/)?$/.test(route);
    const scripted = (route: string) => /^(\/en)?\/search\/$/.test(route) || directory(route) || route.endsWith('/placard/');
    // A guide with a checklist ships the checklist's one small script (ticks kept in localStorage); a guide without one ships none.
    const guide = (route: string) => /^\/learn\/[^/]+\/$/.test(route);
    let guidesWithout = 0;
    const bootstraps = new Set<string>();
    for (const route of pages()) {
      const $ = html(route);
      // Every page: the header's search is one module script, and a closed dialog holding only the search box.
      const bootstrap = $(SEARCH_BOOTSTRAP);
      expect(bootstrap.length, route).toBe(1);
      expect(bootstrap.attr('type'), route).toBe('module');
      bootstraps.add(bootstrap.attr('src')!);
      const dialog = $('dialog[data-search-dialog]');
      expect(dialog, route).toHaveLength(1);
      expect(dialog.attr('open'), route).toBeUndefined();
      expect(dialog.find('form[role="search"]').attr('action'), route).toBe(route.startsWith('/en/') ? '/en/search/' : '/search/');
      expect(dialog.find('label[for="search-dialog-q"] + button, input#search-dialog-q[name="q"][autofocus]'), route).toHaveLength(2);
      expect(dialog.find('ol, ul, a, [role="status"]'), route).toHaveLength(0);
      expect($('header nav a[data-search-open]').attr('href'), route).toBe(route.startsWith('/en/') ? '/en/search/' : '/search/');
      // Every page: the large-text choice applied by one tiny blocking script in <head>, before any stylesheet
      // (so the first paint has it; src/lib/text-size/head-script.ts); its button's code is in the bootstrap.
      const init = $(TEXT_SIZE_INIT);
      expect(init.length, route).toBe(1);
      expect(init.text(), route).toBe(TEXT_SIZE_HEAD_SCRIPT);
      expect(init.prevAll('link[rel="stylesheet"], style, script').length, route).toBe(0);
      expect($('header [data-text-size-toggle]').length, route).toBe(1);
      if (scripted(route)) continue;
      expect($('script[src]').length, route).toBe(1);
      expect($('link[rel="modulepreload"]').length, route).toBe(0);
      const inline = $('script:not([src]):not([type="application/ld+json"])').not(TEXT_SIZE_INIT);
      if (guide(route) && $('[data-checklist]').length > 0) {
        expect(inline.length, route).toBe(1);
        expect(inline.attr('type'), route).toBe('module');
        continue;
      }
      if (guide(route)) guidesWithout++;
      expect(inline.length, route).toBe(0);
    }
    expect(guidesWithout).toBeGreaterThan(0);
    expect(TEXT_SIZE_HEAD_SCRIPT.length).toBeLessThan(512);
    // One bootstrap for the whole site: small (the search opener and the large-text button), importing
    // nothing until it is used, and then only the search app.
    expect(bootstraps.size).toBe(1);
    const [src] = [...bootstraps];
    const code = readFileSync(path.join(result.outDir, src!));
    expect(code.length).toBeLessThan(2048);
    expect(gzipSync(code).length).toBeLessThan(1024);
    expect(code.toString()).toContain('data-text-size-toggle');
    const text = code.toString();
    expect(text).not.toMatch(/(^|[;}\n])\s*import\s*[{*\w"'`]/);
    const dynamic = [...text.matchAll(/import\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((match) => match[1]!);
    expect(dynamic).toHaveLength(1);
    const app = path.posix.join(path.posix.dirname(src!), dynamic[0]!);
    // The search app is its own chunk of a few KB, fetched only when search is opened: no page names it.
    expect(gzipSync(readFileSync(path.join(result.outDir, app))).length).toBeLessThan(8 * 1024);
    for (const route of pages()) {
      const $ = html(route);
      $('script[src], link[rel="modulepreload"], link[rel="preload"]').each((_, element) => {
        expect($(element).attr('src') ?? $(element).attr('href'), route).not.toBe(app);
      });
    }
    for (const route of pages().filter(directory)) {
      expect(html(route)('script[src]').length, route).toBe(1);
    }
    const css = readdirSync(path.join(result.outDir, '_astro')).filter((f) => f.endsWith('.css'));
    for (const file of css) expect(readFileSync(path.join(result.outDir, '_astro', file), 'utf8')).not.toContain('@font-face');
  });

  it('has a search page in each language that works as a plain form without JavaScript', () => {
    for (const [route, lang] of [['/search/', 'zh-CN'], ['/en/search/', 'en']] as const) {
      const $ = html(route);
      const form = $('main form[role="search"]');
      expect(form.attr('action'), route).toBe(route);
      expect(form.attr('method'), route).toBe('get');
      const input = form.find('input[name="q"]');
      expect(input).toHaveLength(1);
      expect(form.find(`label[for="${input.attr('id')}"]`).text().trim(), route).not.toBe('');
      expect(form.find('button[type="submit"]')).toHaveLength(1);
      expect($('main noscript').text(), route).toContain('JavaScript');
      // Pagefind's own UI is gone: the site's search app runs the page.
      expect($('pagefind-input, link[href*="pagefind-component-ui"], script[src*="pagefind"]'), route).toHaveLength(0);
      const strings = JSON.parse($('[data-search-page]').attr('data-strings')!) as { page: string; filterNames: Record<string, string> };
      expect(strings.page, route).toBe(route);
      expect(Object.keys(strings.filterNames)).toContain('类型');
      expect($('[data-search-page] [role="status"][aria-live="polite"]'), route).toHaveLength(1);
      expect($('html').attr('lang')).toBe(lang);
    }
  });

  it('requests nothing from another host', () => {
    for (const route of pages()) {
      const $ = html(route);
      $('link[href], script[src], img[src]').each((_, element) => {
        const url = $(element).attr('href') ?? $(element).attr('src')!;
        // Canonical and hreflang links name this site's own absolute URLs, by design.
        if ($(element).is('link[rel="canonical"], link[rel="alternate"][hreflang]')) {
          expect(url.startsWith(`${TEST_ORIGIN}/`), url).toBe(true);
          return;
        }
        expect(url, `${route}: ${url}`).not.toMatch(/^(https?:)?\/\//);
      });
    }
  });
});

describe('page content', () => {
  it('shows a shop with its honours and links to the stories that mention it', () => {
    const $ = html('/merchants/wu-shanjing-hupo-dian/');
    expect($('h1').text()).toBe('吴善靖经营的琥珀店');
    const honours = $('.honour').map((_, e) => $(e).text().replace('★', '').trim()).get();
    expect(honours).toEqual(['文明诚信经营户标兵', '共产党员示范岗', '和谐商户']);
    expect($('a[href="/stories/yueyuan-hupo-dian/"]').length).toBeGreaterThan(0);
  });

  it('links a story to its shops and back', () => {
    const $ = html('/stories/zhuanxing-dianfan/');
    for (const shop of ['biechu-xincai', 'leijing-yuju', 'cuige-zhubao', 'shanghai-hupo-wu', 'xijinghao']) {
      expect($(`a[href="/merchants/${shop}/"]`).length, shop).toBeGreaterThan(0);
      expect(html(`/merchants/${shop}/`)('a[href="/stories/zhuanxing-dianfan/"]').length, shop).toBeGreaterThan(0);
    }
  });

  it('shows the general branch with its secretary, founding month and counted members', () => {
    const text = html('/branches/shichang-dangzongzhi/')('main').text();
    expect(text).toContain('冯锦莱');
    expect(text).toContain('2009年3月');
    expect(text).toMatch(/81人（统计日期 2018年10月31日）/);
  });

  it('shows the service day as a rule with its next day, and no invented dates', () => {
    const $ = html('/activities/weimin-fuwu-ri/');
    expect($('main').text()).toContain('每月10日');
    const next = $('main time[data-next-occurrence]');
    expect(next).toHaveLength(1);
    expect(next.attr('datetime')).toMatch(/^\d{4}-\d{2}-10$/);
    expect($('main time')).toHaveLength(1);
  });

  it('cites the source article on entry pages', () => {
    for (const route of ['/merchants/cuige-zhubao/', '/stories/baojing-xiajiang/', '/branches/yueyuan-shangsha-dangzhibu/']) {
      expect(html(route)('main').text(), route).toContain('“三建三带”完善市场党建');
    }
  });

  it('marks the current guide in the learning centre and renders its components', () => {
    const $ = html('/learn/tanwei-xiaofang-anquan/');
    expect($('main nav[aria-label="课堂目录"] a[aria-current="page"]').attr('href')).toBe('/learn/tanwei-xiaofang-anquan/');
    expect($('aside.callout, [data-callout]').length).toBeGreaterThan(0);
  });

  it('indexes main content for search, in Chinese and English, with a type filter', () => {
    const entry = JSON.parse(readFileSync(path.join(result.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    // Every English shop page is in the English index.
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(readdirSync(path.join(fixtureDir('market-sample'), 'merchants')).length);
    expect(entry.languages['zh-cn'].page_count).toBeGreaterThan(30);
    expect(html('/merchants/cuige-zhubao/')('[data-pagefind-body]')).toHaveLength(1);
    expect(html('/merchants/cuige-zhubao/')('[data-pagefind-filter="类型:商户"]')).toHaveLength(1);
    expect(html('/merchants/')('[data-pagefind-body]')).toHaveLength(0);
    expect(html('/en/merchants/cuige-zhubao/')('[data-pagefind-filter="类型:商户"]')).toHaveLength(1);
    expect(html('/en/merchants/')('[data-pagefind-body]')).toHaveLength(0);
  });

  it('shows an English shop page with its English name, the Chinese name from the sign, and English labels', () => {
    const $ = html('/en/merchants/wu-shanjing-hupo-dian/');
    expect($('h1').text().trim()).toBe("Wu Shanjing's amber shops");
    expect($('main header [lang="zh-CN"]').first().text().trim()).toBe('吴善靖经营的琥珀店');
    const honours = $('.honour').map((_, e) => $(e).text().replace('★', '').trim()).get();
    expect(honours).toEqual(['Model civilised and honest trader', 'Party-member model post', 'Harmonious merchant']);
    expect($('main dd[data-pagefind-filter="类别:琥珀"]').text().trim()).toBe('Amber');
    // Stories are Chinese only: linked, and marked as Chinese.
    expect($('main a[href="/stories/yueyuan-hupo-dian/"]').attr('hreflang')).toBe('zh-CN');
  });
});
