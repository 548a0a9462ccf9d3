/**
 * What the page metadata of an entry's page says of it (src/lib/page-metadata.ts: PubDate,
 * ContentSource, Keywords, Author): found from the path, so the layout computes it once for every
 * page type. Pure; `fileDate` gives the day of an entry's file (its last commit) when no field dates it.
 */
import type { Site } from '@/lib/content/site';
import { basePath } from '@/lib/i18n';
import { isPrintCopy, sectionRow } from '@/lib/sections';

/** The fields that date an entry, the first present wins: when it happened or was reported, last updated or verified. */
const DATE_FIELDS = ['date', 'reported', 'updated', 'verified'] as const;

export interface ArticleFacts {
  published?: Date;
  source: string;
  keywords: string[];
  author: string;
}

type SiteContent = Pick<Site, 'site' | 'source'> & Record<string, unknown>;

export function articleFacts(site: SiteContent, pathname: string, fileDate: (filePath: string) => Date | undefined): ArticleFacts | undefined {
  if (isPrintCopy(pathname)) return undefined;
  const [, segment = '', id, rest] = basePath(pathname).split('/');
  const collection = sectionRow(segment)?.collection;
  if (!collection || !id || rest) return undefined;
  const entry = (site[collection] as { id: string; filePath?: string; data: Record<string, unknown> }[] | undefined)?.find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  const { data } = entry;
  const dated = DATE_FIELDS.map((field) => data[field]).find((value): value is Date => value instanceof Date);
  const cited = (data.source as { source?: string } | undefined)?.source;
  const words = [data.tags, data.category, data.series, data.section, data.kind].flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []));
  return {
    published: dated ?? (entry.filePath ? fileDate(entry.filePath) : undefined),
    source: (cited && site.source(cited)?.publisher) || site.site.host.zh,
    keywords: [...new Set(words.map(String))],
    author: site.site.host.zh,
  };
}
