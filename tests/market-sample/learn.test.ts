/**
 * The learning centre as documentation: builds the market-sample fixture and inspects a guide page's
 * "on this page" contents, sidebar, previous/next, date, print stylesheet and checklists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { pageCss, printBlocks } from '../support/css';
import { SITE_WIDE_SCRIPTS } from '../support/scripts';
import { marketSample } from '../support/sites';

let result: BuildResult;
let $: CheerioAPI;
const guide = '/learn/tanwei-xiaofang-anquan/';
const page = (route: string) => load(readFileSync(path.join(result.outDir, route, 'index.html'), 'utf8'));

const css = ($page: CheerioAPI) => pageCss($page, result.outDir);

/** The declarations of every rule in `text` whose selector list contains `selector` (quotes ignored). */
function declarationsFor(text: string, selector: string): string[] {
  const plain = (value: string) => value.replace(/["'\s]/g, '');
  const wanted = plain(selector);
  return [...text.matchAll(/([^{};]+)\{([^{}]*)\}/g)].filter(([, selectors]) => selectors!.split(',').some((one) => plain(one) === wanted)).map(([, , body]) => body!);
}

beforeAll(() => {
  result = builtSite(marketSample);
  $ = page(guide);
});

describe('a guide page', () => {
  it('has an "on this page" list whose links all lead to headings on the page', () => {
    const navs = $('main nav[aria-label="本页目录"]');
    // One copy for phones (in a <details>), one for desktop; CSS displays only one of them.
    expect(navs).toHaveLength(2);
    expect($('main details > summary').filter((_, e) => $(e).text().trim() === '本页目录')).toHaveLength(1);
    expect(navs.first().parents('details')).toHaveLength(1);
    const links = navs.first().find('a');
    expect(links.length).toBeGreaterThanOrEqual(5);
    const targets = links.map((_, a) => decodeURIComponent($(a).attr('href')!)).get();
    expect(targets[0]).toBe('#为什么市场要格外小心');
    for (const target of targets) {
      expect(target, target).toMatch(/^#./);
      const heading = $(`[id="${target.slice(1)}"]`);
      expect(heading.length, target).toBe(1);
      expect(heading.is('h2, h3'), target).toBe(true);
    }
    expect(navs.last().find('a').map((_, a) => $(a).attr('href')).get()).toEqual(links.map((_, a) => $(a).attr('href')).get());
  });

  it('puts the collapsible contents above the guide text, and the desktop column is sticky', () => {
    const html = $.html();
    expect(html.indexOf('<summary')).toBeLessThan(html.indexOf('id="为什么市场要格外小心"'));
    expect(css($)).toMatch(/position:\s*sticky/);
  });

  it('shows the learning centre sidebar with the current guide marked', () => {
    const current = $('main nav[aria-label="课堂目录"] a[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(current.attr('href')).toBe(guide);
  });

  it('links to the previous and next guides', () => {
    const prev = $('main a[rel="prev"]').attr('href');
    const next = $('main a[rel="next"]').attr('href');
    expect(prev).toMatch(/^\/learn\/[^/]+\/$/);
    expect(next).toMatch(/^\/learn\/[^/]+\/$/);
    expect([prev, next]).not.toContain(guide);
  });

  it('shows when it was last updated in a <time datetime>', () => {
    const time = $('main .guide-meta time');
    expect(time).toHaveLength(1);
    expect(time.attr('datetime')).toBe('2026-11-26');
    expect(time.text()).toBe('2026年11月26日');
  });

  it('prints just the guide: the print stylesheet hides the header, footer, skip link, sidebar and contents', () => {
    const print = printBlocks(css($)).join('\n');
    expect(print).not.toBe('');
    const hides = (selector: string) => declarationsFor(print, selector).some((body) => /display:\s*none/.test(body));
    for (const selector of ['body:has(.guide-page)>header', 'body:has(.guide-page)>footer', 'body:has(.guide-page)>.skip-link', '.guide-page .guide-sidebar', '.guide-page .guide-toc', '.guide-page .guide-pager']) {
      expect(hides(selector), selector).toBe(true);
    }
    // External links show their address after the text (minifiers write ::after as :after).
    expect(print).toMatch(/a\[href\^=["']?http["']?\]::?after\{[^}]*content:\s*["'] \(["']\s*attr\(href\)\s*["']\)["']/);
    expect($('main > .guide-page')).toHaveLength(1);
  });

  it('keeps the print rules off other pages', () => {
    for (const route of ['/learn/', '/merchants/cuige-zhubao/', '/']) {
      expect(css(page(route)), route).not.toContain('.guide-page');
    }
  });

  it('has checklists that a script turns into checkboxes, with their words from the dictionary', () => {
    const root = $('[data-checklist]');
    expect(root.length).toBeGreaterThan(0);
    expect(root.first().attr('data-checklist')).toBe('tanwei-xiaofang-meiri');
    expect(root.first().attr('data-clear-label')).toBe('清除勾选');
    expect(root.first().attr('data-kept-label')).toBeTruthy();
    expect(root.first().find('> ul > li').length).toBeGreaterThan(3);
    const scripts = $('script:not([type="application/ld+json"])').not(SITE_WIDE_SCRIPTS);
    expect(scripts.length).toBe(1);
    const code = scripts.attr('src') ? readFileSync(path.join(result.outDir, scripts.attr('src')!), 'utf8') : scripts.text();
    expect(code).toContain('localStorage');
    expect(code).toContain('checklist:');
  });
});
