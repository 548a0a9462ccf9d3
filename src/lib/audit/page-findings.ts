/**
 * What `npm run audit` finds in one built page: required page metadata it lacks
 * (src/lib/page-metadata.ts), placeholder words it shows (src/lib/content/placeholders.ts), and
 * anything it would load from another host (the site loads nothing from elsewhere; links are fine).
 */
import { load } from 'cheerio';
import { placeholdersIn } from '@/lib/content/placeholders';

/** Required on every page, on column and article pages, and on article pages (the annex's 必选 tags). */
const SITE_TAGS = ['SiteName', 'SiteDomain'];
const COLUMN_TAGS = ['ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'];
const ARTICLE_TAGS = ['ArticleTitle', 'PubDate', 'ContentSource'];

/** Attributes that make a browser fetch something, by element. */
const LOADED: readonly [selector: string, attribute: string][] = [
  ['script[src]', 'src'],
  ['link[href]:not([rel~="canonical"]):not([rel~="alternate"])', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['object[data]', 'data'],
];

export interface PageFindings {
  missingMetadata: string[];
  placeholders: string[];
  thirdParty: string[];
}

export function pageFindings(html: string, { host, article, siteCode }: { host: string; article: boolean; siteCode?: string }): PageFindings {
  const $ = load(html);
  const has = (name: string) => ($(`meta[name="${name}"]`).attr('content') ?? '').trim() !== '';
  const required = [...SITE_TAGS, ...(siteCode ? ['SiteIDCode'] : []), ...COLUMN_TAGS, ...(article ? ARTICLE_TAGS : [])];
  const elsewhere = (address: string) => {
    try {
      const url = new URL(address, `https://${host}/`);
      return /^https?:$/.test(url.protocol) && url.host !== host;
    } catch {
      return false;
    }
  };
  const loaded = LOADED.flatMap(([selector, attribute]) => $(selector).map((_, element) => $(element).attr(attribute) ?? '').get());
  const sources = $('[srcset]').map((_, element) => ($(element).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')).get();
  const styles = [...html.matchAll(/url\(\s*['"]?([^'")\s]+)/g)].map((match) => match[1]!);
  $('script, style, noscript, template').remove();
  const text = $('body').text();
  return {
    missingMetadata: required.filter((name) => !has(name)),
    placeholders: placeholdersIn(text),
    thirdParty: [...new Set([...loaded, ...sources, ...styles].filter(elsewhere))],
  };
}
