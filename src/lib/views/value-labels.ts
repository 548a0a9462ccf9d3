/**
 * English names of the facet values pages carry in Chinese (the shop filter's and the search page's
 * facets): the fixed lists' own English labels, then a shop's categoryEn and the English names of
 * markets and organisations. Pure.
 */
import type { Branch, Market, Merchant } from '@/lib/content/site';
import type { Word } from '@/lib/schema/word-lists';

interface NamedContent {
  merchants: readonly Merchant[];
  markets: readonly Market[];
  branches: readonly Branch[];
}

export function englishValueLabels(site: NamedContent, lists: readonly (readonly Word[])[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const list of lists) for (const { value, en } of list) labels[value] = en;
  for (const { data } of site.merchants) if (data.category && data.categoryEn) labels[data.category] ??= data.categoryEn;
  for (const { data } of [...site.markets, ...site.branches]) if (data.nameEn) labels[data.name] ??= data.nameEn;
  return labels;
}
