/**
 * Invariants of a built site: what holds for ANY content that `npm run check:content` accepts, so
 * they name no entry, no id and no sentence. The real content is tested only by these
 * (tests/real-content/), on its own build and on a copy an editor changed.
 * - every entry has its page, and its English twin where its section has English pages (src/lib/expected-pages.ts,
 *   which `npm run build` checks too before it publishes);
 * - every internal link, `src`/`srcset`, form action and `#fragment` resolves;
 * - one h1, a non-empty <title>, a meta description and the page's own canonical URL (a placard names its shop page);
 * - every <img> has alt (empty only with role="presentation"/"none"), width and height;
 * - html-validate (committed config: .htmlvalidate.json; rules turned off are explained in
 *   README.md, "HTML validation: rules turned off and why") reports no error;
 * - every shop is found in search by its own name (read from its entry);
 * - shop pages stay within the HTML budget (SITE.md: 30 KB).
 * Each is a plain function of a built folder, so tests/unit/site-invariants.test.ts runs them on a broken site too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { entryRoutes, missingEntryPages } from '@/lib/expected-pages';
import { canonicalPathOf } from '@/lib/seo';
import { entryPath } from '@/lib/routes';
import { prepareQuery, searchWithFallback, VARIANTS_PATH } from '@/lib/search/query';
import { openIndex, type IndexResult } from '../../scripts/lib/pagefind-node';
import { builtPages, fileOf, resolves } from './dist';
import { entriesOf, frontmatterOf } from './editor-edits';

/** SITE.md: a shop page's HTML stays within 30 KB whatever the number of shops. */
export const SHOP_PAGE_BUDGET = 30 * 1024;

/** The built site to check, and the origin its absolute URLs use (astro.config.mjs: `site`). */
export interface Site {
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
export function brokenReferences({ outDir, origin }: Site): string[] {
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
export function headProblems({ outDir, origin }: Site): string[] {
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
export function imageProblems({ outDir }: Site): string[] {
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
export async function validationErrors({ outDir }: Site): Promise<string[]> {
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

/** Entries without their page, or their English twin (src/lib/expected-pages.ts). */
export { missingEntryPages };

/** Shops a search for their own name (as the site's search runs it) does not find. */
export async function shopsNotFoundByName(outDir: string, contentDir: string): Promise<string[]> {
  const variants = JSON.parse(readFileSync(path.join(outDir, VARIANTS_PATH), 'utf8')) as Record<string, string>;
  const index = await openIndex(outDir, 'zh-cn');
  const missing: string[] = [];
  for (const [id, file] of entriesOf(contentDir, 'merchants')) {
    const name = String(frontmatterOf(file).get('name'));
    const outcome = await searchWithFallback<IndexResult>((text) => index(text), prepareQuery(name, variants));
    const urls = await Promise.all(outcome.results.map(async (hit) => (await hit.data()).url));
    if (!urls.includes(entryPath({ collection: 'merchants', id }))) missing.push(`${name} → ${urls.slice(0, 5).join(' ') || 'nothing'}`);
  }
  return missing;
}

/** Shop pages (both languages) over the HTML budget. */
export function shopPagesOverBudget(outDir: string, contentDir: string): string[] {
  return entriesOf(contentDir, 'merchants')
    .flatMap(([id]) => entryRoutes('merchants', id))
    .filter((route) => resolves(outDir, route))
    .map((route) => ({ route, bytes: statSync(fileOf(outDir, route)).size }))
    .filter(({ bytes }) => bytes > SHOP_PAGE_BUDGET)
    .map(({ route, bytes }) => `${route}: ${bytes} bytes`);
}

/** Registers the invariant tests for a site that `site()` gives once its build is done (call in a describe). */
export function itHoldsTheInvariants(site: () => { outDir: string; origin: string; contentDir: string }): void {
  it('has a page for every entry, and its English twin where the section has English pages', () => {
    expect(existsSync(site().outDir)).toBe(true);
    expect(missingEntryPages(site().outDir, site().contentDir)).toEqual([]);
  });
  it('has no broken internal link, src or #fragment', () => {
    expect(brokenReferences(site())).toEqual([]);
  });
  it('gives every page one h1, a title, a description and its own canonical URL', () => {
    expect(headProblems(site())).toEqual([]);
  });
  it('gives every image alt, width and height', () => {
    expect(imageProblems(site())).toEqual([]);
  });
  it('passes html-validate (.htmlvalidate.json) with no error', async () => {
    const errors = await validationErrors(site());
    expect(errors, `html-validate:\n${errors.join('\n')}`).toEqual([]);
  });
  it('finds every shop in search by its own name', async () => {
    expect(await shopsNotFoundByName(site().outDir, site().contentDir)).toEqual([]);
  });
  it(`keeps every shop page within ${SHOP_PAGE_BUDGET / 1024} KB of HTML`, () => {
    expect(shopPagesOverBudget(site().outDir, site().contentDir)).toEqual([]);
  });
}
