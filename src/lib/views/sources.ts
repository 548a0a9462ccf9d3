/** Citations resolved to the sources site data lists, for SourceNote. Pure. */
import type { Site, SiteData } from '@/lib/content/site';

/** The sources cited items cite, each once, in order of first citation (ids site data does not list left out). */
export function citedSources(site: Pick<Site, 'source'>, items: readonly { source: { source: string } }[]): SiteData['sources'] {
  return [...new Set(items.map((item) => item.source.source))].flatMap((id) => site.source(id) ?? []);
}
