/**
 * What crawlers and share cards read, over every page of the market-sample fixture: Open Graph and the
 * itemprop tags WeChat's share card uses (with a share image that exists, is on the site and is big
 * enough), og:locale, noindex, the sitemap, robots.txt, and the branches' Organization JSON-LD.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { builtPages, fileOf, resolves } from '../support/dist';
import { MIN_SHARE_IMAGE_SIDE, SHARE_IMAGE_SIZE, SHARE_SECTIONS, shareImagePath } from '@/lib/seo';
import { sectionOfPath } from '@/lib/i18n';
import { marketSample } from '../support/sites';

let result: BuildResult;
let pages: string[];
let origin: string;
const cache = new Map<string, CheerioAPI>();
const html = (route: string): CheerioAPI => {
  let $ = cache.get(route);
  if (!$) cache.set(route, ($ = load(readFileSync(fileOf(result.outDir, route), 'utf8'))));
  return $;
};
const meta = ($: CheerioAPI, selector: string) => $(`head meta[${selector}]`).attr('content');
const text = (file: string) => readFileSync(path.join(result.outDir, file), 'utf8');

beforeAll(() => {
  result = builtSite(marketSample);
  pages = builtPages(result.outDir);
  // The configured site (astro.config.mjs, SITE_URL), as the home page's canonical URL gives it.
  origin = new URL(html('/')('link[rel="canonical"]').attr('href')!).origin;
});

/** Every problem with a page's Open Graph and itemprop tags, as "page: problem". */
async function shareProblems(): Promise<string[]> {
  const problems: string[] = [];
  const sizes = new Map<string, { width: number; height: number; format?: string }>();
  for (const route of pages) {
    const $ = html(route);
    const title = $('head title').text();
    const description = meta($, 'name="description"');
    const image = meta($, 'property="og:image"') ?? '';
    const check = (ok: boolean, problem: string) => void (ok || problems.push(`${route}: ${problem}`));
    check(meta($, 'property="og:title"') === title, 'og:title is not the title');
    check(!!description && meta($, 'property="og:description"') === description, 'og:description is not the description');
    check($('html').is('[itemscope][itemtype="https://schema.org/WebPage"]'), '<html> is not an itemscope WebPage');
    check(meta($, 'itemprop="name"') === title, 'itemprop name is not the title');
    check(meta($, 'itemprop="description"') === description, 'itemprop description is not the description');
    check(meta($, 'itemprop="image"') === image, 'itemprop image is not og:image');
    check(!!meta($, 'property="og:image:alt"')?.trim(), 'og:image has no alt text');
    const url = URL.canParse(image) ? new URL(image) : undefined;
    if (!url || url.origin !== origin || !resolves(result.outDir, url.pathname)) {
      problems.push(`${route}: og:image ${image} is not a file on ${origin}`);
      continue;
    }
    let size = sizes.get(url.pathname);
    if (!size) sizes.set(url.pathname, (size = await sharp(fileOf(result.outDir, url.pathname)).metadata()));
    check(['png', 'jpeg'].includes(size.format ?? ''), `og:image is ${size.format}, not PNG or JPEG`);
    check(Math.min(size.width, size.height) >= MIN_SHARE_IMAGE_SIDE, `og:image is ${size.width}×${size.height}, smaller than 300×300`);
    check(
      meta($, 'property="og:image:width"') === String(size.width) && meta($, 'property="og:image:height"') === String(size.height),
      `og:image:width/height do not say ${size.width}×${size.height}`,
    );
  }
  return problems;
}

describe('share cards and search engines, on every page', () => {
  it('give every page og:title, og:description, an og:image on the site of at least 300×300, and the same as itemprop', async () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(await shareProblems()).toEqual([]);
  });

  it('give a page without a photo of its own its section’s image', () => {
    expect(meta(html('/'), 'property="og:image"')).toBe(`${origin}/og/home.png`);
    expect(meta(html('/en/merchants/cuige-zhubao/'), 'property="og:image"')).toBe(`${origin}/og/merchants.png`);
    expect(meta(html('/learn/'), 'property="og:image"')).toBe(`${origin}/og/learn.png`);
    expect(meta(html('/learn/'), 'property="og:image:alt"')).toContain('商户课堂');
    for (const route of pages) {
      const image = new URL(meta(html(route), 'property="og:image"')!);
      if (image.pathname.startsWith('/og/')) expect(image.pathname, route).toBe(shareImagePath(sectionOfPath(route)));
    }
  });

  it('build a square PNG of a few KB for every section, from the build alone', async () => {
    for (const section of SHARE_SECTIONS) {
      const file = path.join(result.outDir, shareImagePath(section));
      const { format, width, height } = await sharp(file).metadata();
      expect({ section, format, width, height }).toEqual({ section, format: 'png', width: SHARE_IMAGE_SIZE, height: SHARE_IMAGE_SIZE });
      expect(readFileSync(file).byteLength, section).toBeLessThan(20_000);
    }
  });

  it('give og:locale, and og:locale:alternate exactly where the page has a twin', () => {
    for (const route of pages) {
      const $ = html(route);
      const english = $('html').attr('lang') === 'en';
      expect(meta($, 'property="og:locale"'), route).toBe(english ? 'en_US' : 'zh_CN');
      const twin = $(`head link[rel="alternate"][hreflang="${english ? 'zh-CN' : 'en'}"]`).length > 0;
      const alternates = $('head meta[property="og:locale:alternate"]').map((_, element) => $(element).attr('content')).get();
      expect(alternates, route).toEqual(twin ? [english ? 'zh_CN' : 'en_US'] : []);
    }
  });

  it('keep the not-found page out of search engines, and only it; a placard points search engines to its shop page', () => {
    const noindex = pages.filter((route) => html(route)('head meta[name="robots"]').attr('content') === 'noindex');
    expect(noindex).toEqual(['/404.html']);
    const placards = pages.filter((route) => route.endsWith('/placard/'));
    expect(placards.length).toBeGreaterThan(3);
    for (const placard of placards) {
      const shop = placard.slice(0, -'placard/'.length);
      expect(html(placard)('head link[rel="canonical"]').attr('href'), placard).toBe(`${origin}${shop}`);
      expect(pages, placard).toContain(shop);
    }
  });
});

describe('crawler files', () => {
  it('robots.txt names the sitemap on the configured site', () => {
    const robots = text('robots.txt');
    expect(robots).toContain(`\nSitemap: ${origin}/sitemap-index.xml\n`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });

  it('the sitemap index names the sitemap, which lists every indexable page and nothing else', () => {
    const index = load(text('sitemap-index.xml'), { xml: true });
    const sitemaps = index('sitemap > loc').map((_, element) => index(element).text()).get();
    expect(sitemaps).toEqual([`${origin}/sitemap-0.xml`]);
    const $ = load(text('sitemap-0.xml'), { xml: true });
    const listed = $('url > loc').map((_, element) => $(element).text()).get();
    const expected = pages.filter((route) => route !== '/404.html' && !route.endsWith('/placard/')).map((route) => `${origin}${route}`);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(listed.some((url) => url.includes('404'))).toBe(false);
  });

  it('the sitemap pairs each page with its twin in the other language', () => {
    const $ = load(text('sitemap-0.xml'), { xml: true });
    const linksOf = (loc: string) =>
      $('url')
        .filter((_, url) => $(url).children('loc').text() === loc)
        .find('xhtml\\:link')
        .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
        .get()
        .sort();
    const pair = [`en ${origin}/en/merchants/cuige-zhubao/`, `zh-CN ${origin}/merchants/cuige-zhubao/`];
    expect(linksOf(`${origin}/merchants/cuige-zhubao/`)).toEqual(pair);
    expect(linksOf(`${origin}/en/merchants/cuige-zhubao/`)).toEqual(pair);
    expect(linksOf(`${origin}/stories/`)).toEqual([]);
  });
});

describe('party organisations as schema.org Organization', () => {
  const organizationOf = (route: string) => {
    const scripts = html(route)('head script[type="application/ld+json"]');
    expect(scripts, route).toHaveLength(1);
    return JSON.parse(scripts.html()!) as Organization;
  };
  interface Organization {
    '@type': string;
    name: string;
    url: string;
    foundingDate?: string;
    parentOrganization?: Organization;
  }

  it('describe each branch with its own name and URL, and its parents nested up to the top', () => {
    const branches = pages.filter((route) => /^\/branches\/[^/]+\/$/.test(route));
    expect(branches.length).toBeGreaterThan(3);
    const tops: string[] = [];
    for (const route of branches) {
      const organization = organizationOf(route);
      expect(organization['@type']).toBe('Organization');
      expect(organization.name).toBe(html(route)('h1').text().trim());
      expect(organization.url).toBe(`${origin}${route}`);
      if (!organization.parentOrganization) tops.push(route);
      // Each parent is a branch page of the site, whose own data gives the same chain above it.
      for (let parent = organization.parentOrganization; parent; parent = parent.parentOrganization) {
        const parentRoute = new URL(parent.url).pathname;
        const own = organizationOf(parentRoute);
        expect({ name: own.name, parentOrganization: own.parentOrganization?.url }).toEqual({ name: parent.name, parentOrganization: parent.parentOrganization?.url });
      }
    }
    expect(tops).toEqual(['/branches/yuyuan-jiedao-dangongwei/']);
  });

  it('give the market’s general branch its founding month and its chain 社区党委 → 豫园街道党工委', () => {
    const organization = organizationOf('/branches/shichang-dangzongzhi/');
    expect(organization.foundingDate).toBe('2009-03');
    expect(organization.parentOrganization?.name).toBe('社区党委');
    expect(organization.parentOrganization?.parentOrganization?.name).toBe('豫园街道党工委');
    expect(organizationOf('/branches/geti-laodongzhe-dangzhibu/').foundingDate).toBe('2001');
  });
});
