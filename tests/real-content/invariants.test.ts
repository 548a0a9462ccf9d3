/**
 * Static checks over the real built site (search index included), both languages, every page:
 * - every internal link, `src`/`srcset` and form action resolves to a built file, and every
 *   `#fragment` (same page or another page) names an element id of its target page;
 * - one h1, a non-empty <title>, a meta description and a canonical URL (the page itself; a placard names its shop page);
 * - every <img> has alt (empty only with role="presentation"/"none"), width and height;
 * - html-validate (committed config: .htmlvalidate.json; rules turned off are explained in
 *   README.md, "HTML validation: rules turned off and why") reports no error.
 * The checks are plain functions of a built folder, so "the checks can fail" runs them on a tiny
 * broken site too.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildsRoot, type BuildResult } from '../support/build';
import { builtPages, fileOf, resolves } from '../support/dist';
import { canonicalPathOf } from '../../src/lib/seo';

/** The built site to check, and the origin its absolute URLs use (astro.config.mjs: `site`). */
interface Site {
  outDir: string;
  origin: string;
}

function reader(outDir: string): (route: string) => CheerioAPI {
  const cache = new Map<string, CheerioAPI>();
  return (route) => {
    let $ = cache.get(route);
    if (!$) {
      $ = load(readFileSync(fileOf(outDir, route), 'utf8'));
      cache.set(route, $);
    }
    return $;
  };
}

/** The ids a page's fragments can name (id, and the legacy <a name>). */
function anchors($: CheerioAPI): Set<string> {
  const ids = new Set<string>();
  $('[id]').each((_, element) => void ids.add($(element).attr('id')!));
  $('a[name]').each((_, element) => void ids.add($(element).attr('name')!));
  return ids;
}

/** The URLs a page refers to, with where they are: links, sources, srcsets, form actions, og:image. */
function references($: CheerioAPI): { url: string; where: string }[] {
  const found: { url: string; where: string }[] = [];
  const add = (selector: string, attribute: string) =>
    $(selector).each((_, element) => {
      const value = $(element).attr(attribute)!;
      found.push({ url: value.trim(), where: `<${(element as { name: string }).name} ${attribute}>` });
    });
  add('a[href], area[href], link[href]', 'href');
  add('img[src], script[src], source[src], iframe[src], video[src], audio[src], track[src], input[src]', 'src');
  add('video[poster]', 'poster');
  add('form[action]', 'action');
  add('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], meta[itemprop="image"]', 'content');
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const candidate of $(element).attr('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ url, where: `<${(element as { name: string }).name} srcset>` });
    }
  });
  return found;
}

/** Every internal reference that does not resolve, or whose #fragment names no element, as "page → url (why)". */
function brokenReferences({ outDir, origin }: Site): string[] {
  const html = reader(outDir);
  const pages = builtPages(outDir);
  const idsOf = new Map<string, Set<string>>();
  const ids = (route: string) => {
    let set = idsOf.get(route);
    if (!set) idsOf.set(route, (set = anchors(html(route))));
    return set;
  };
  const broken: string[] = [];
  for (const route of pages) {
    for (const { url, where } of references(html(route))) {
      if (url === '') {
        broken.push(`${route} → "" ${where} (empty)`);
        continue;
      }
      let target: URL;
      try {
        target = new URL(url, origin + route);
      } catch {
        broken.push(`${route} → ${url} ${where} (not a URL)`);
        continue;
      }
      if (target.origin !== origin) continue; // external, mailto:, tel:, data: …
      const targetPath = decodeURIComponent(target.pathname);
      if (!resolves(outDir, targetPath)) {
        broken.push(`${route} → ${url} ${where} (no built file ${targetPath})`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      // "#" and "#top" go to the top of the page by definition (HTML: "scroll to a fragment").
      if (fragment === '' || fragment.toLowerCase() === 'top') continue;
      const targetRoute = targetPath.endsWith('/') || targetPath.endsWith('.html') ? targetPath : null;
      if (!targetRoute) {
        broken.push(`${route} → ${url} ${where} (a fragment on a file that is not a page)`);
        continue;
      }
      if (!ids(targetRoute).has(fragment)) broken.push(`${route} → ${url} ${where} (no id "${fragment}" on ${targetRoute})`);
    }
  }
  return broken;
}

/** Pages without exactly one h1, a title, a description, or their canonical URL (their own; a placard's is its shop page). */
function headProblems({ outDir, origin }: Site): string[] {
  const html = reader(outDir);
  const problems: string[] = [];
  for (const route of builtPages(outDir)) {
    const $ = html(route);
    const h1 = $('h1').length;
    if (h1 !== 1) problems.push(`${route}: ${h1} h1 elements`);
    if ($('head title').length !== 1 || $('head title').text().trim() === '') problems.push(`${route}: no title (or more than one)`);
    const descriptions = $('head meta[name="description"]');
    if (descriptions.length !== 1 || !descriptions.attr('content')?.trim()) problems.push(`${route}: no meta description (or more than one)`);
    const canonicals = $('head link[rel="canonical"]');
    const canonical = canonicals.attr('href') ?? '';
    if (canonicals.length !== 1) problems.push(`${route}: ${canonicals.length} canonical links`);
    else if (canonical !== new URL(canonicalPathOf(route), origin).href) problems.push(`${route}: canonical ${canonical} is not ${new URL(canonicalPathOf(route), origin).href}`);
  }
  return problems;
}

/** Images without alt (empty alt only with role presentation/none), width or height. */
function imageProblems({ outDir }: Site): string[] {
  const html = reader(outDir);
  const problems: string[] = [];
  for (const route of builtPages(outDir)) {
    const $ = html(route);
    $('img').each((_, element) => {
      const img = $(element);
      const name = `${route}: <img src="${img.attr('src') ?? ''}">`;
      const alt = img.attr('alt');
      const role = img.attr('role');
      if (alt === undefined) problems.push(`${name} has no alt`);
      else if (alt.trim() === '' && role !== 'presentation' && role !== 'none') problems.push(`${name} has an empty alt but no role="presentation"`);
      for (const size of ['width', 'height']) {
        if (!/^[1-9]\d*$/.test(img.attr(size) ?? '')) problems.push(`${name} has no ${size} (a positive whole number)`);
      }
    });
  }
  return problems;
}

/** html-validate's errors on every page, as "file:line:column rule: message". */
async function validationErrors({ outDir }: Site): Promise<string[]> {
  // Finds the committed .htmlvalidate.json above the built files (test builds go inside the project).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const route of builtPages(outDir)) {
    const file = fileOf(outDir, route);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        errors.push(`${path.relative(outDir, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return errors;
}

const ORIGIN = 'https://yuyuan-market.example';
let result: BuildResult;
let site: Site;

beforeAll(() => {
  // The origin is pinned so the canonical check does not depend on a SITE_URL set in the shell.
  result = build({ withSearch: true, env: { SITE_URL: ORIGIN } });
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.output}`);
  site = { outDir: result.outDir, origin: ORIGIN };
});

describe('static checks over the built site', () => {
  it('builds pages in both languages', () => {
    const pages = builtPages(site.outDir);
    expect(pages.filter((route) => route.startsWith('/en/')).length).toBeGreaterThan(20);
    expect(pages.filter((route) => !route.startsWith('/en/')).length).toBeGreaterThan(20);
  });

  it('has no broken internal link, src or #fragment', () => {
    expect(brokenReferences(site)).toEqual([]);
  });

  it('gives every page one h1, a title, a description and its own canonical URL', () => {
    expect(headProblems(site)).toEqual([]);
  });

  it('gives every image alt, width and height', () => {
    expect(imageProblems(site)).toEqual([]);
  });

  it('passes html-validate (.htmlvalidate.json) with no error', async () => {
    const errors = await validationErrors(site);
    expect(errors, `html-validate:\n${errors.join('\n')}`).toEqual([]);
  });
});

describe('the static checks', () => {
  it('can fail', async () => {
    mkdirSync(buildsRoot, { recursive: true });
    const outDir = mkdtempSync(path.join(buildsRoot, 'static-checks-'));
    const page = (title: string, body: string, canonical: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta name="description" content="A page"><link rel="canonical" href="${ORIGIN}${canonical}"></head>` +
      `<body><main>${body}</main></body></html>`;
    mkdirSync(path.join(outDir, 'a'));
    writeFileSync(
      path.join(outDir, 'index.html'),
      page(
        'Home',
        '<h1 id="top-heading">Home</h1><a href="/a/#here">ok</a> <a href="/a/#gone">gone</a> <a href="#nowhere">self</a> ' +
          '<a href="/missing/">missing</a> <a href="a/">relative ok</a> <a href="https://elsewhere.example/x">external</a> ' +
          '<img src="/a/pic.png" alt="A picture" width="10" height="10"> <img src="/pic.png" alt="" width="10">',
        '/',
      ),
    );
    writeFileSync(path.join(outDir, 'a/index.html'), page('', '<h2 id="here">Here</h2><div style="color: red">x</div>', '/b/'));
    writeFileSync(path.join(outDir, 'a/pic.png'), '');
    const tiny = { outDir, origin: ORIGIN };
    expect(brokenReferences(tiny)).toEqual([
      '/ → /a/#gone <a href> (no id "gone" on /a/)',
      '/ → #nowhere <a href> (no id "nowhere" on /)',
      '/ → /missing/ <a href> (no built file /missing/)',
      '/ → /pic.png <img src> (no built file /pic.png)',
      `/a/ → ${ORIGIN}/b/ <link href> (no built file /b/)`,
    ]);
    expect(headProblems(tiny)).toEqual(['/a/: 0 h1 elements', '/a/: no title (or more than one)', `/a/: canonical ${ORIGIN}/b/ is not ${ORIGIN}/a/`]);
    expect(imageProblems(tiny)).toEqual(['/: <img src="/pic.png"> has an empty alt but no role="presentation"', '/: <img src="/pic.png"> has no height (a positive whole number)']);
    const errors = await validationErrors(tiny);
    expect(errors.some((error) => /^a\/index\.html:\d+:\d+ no-inline-style: /.test(error)), errors.join('\n')).toBe(true);
  });
});
