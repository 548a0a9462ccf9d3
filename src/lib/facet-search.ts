/**
 * The shop directory's facets expressed as Pagefind filters, and Pagefind's answers turned back
 * into facet counts. Pure: the filter island uses it with the real Pagefind, tests with plain data.
 */
import { FACET_KEYS, type FacetCount, type FacetKey, type Selection } from './facets';
import { searchFilter, searchTypes } from './search/filters';

/** The Pagefind filter each facet is stored under on shop pages. */
export const facetFilterName: Record<FacetKey, string> = {
  category: searchFilter.category,
  market: searchFilter.market,
  honour: searchFilter.honour,
  branch: searchFilter.branch,
};

export type PagefindFilters = Record<string, string | { any: string[] }>;

/** Filters for shops matching the selection, optionally ignoring one facet (to count its alternatives). */
export function pagefindFilters(selection: Selection, except?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = { [searchFilter.type]: searchTypes.merchant };
  for (const key of FACET_KEYS) {
    const values = selection[key];
    if (key !== except && values && values.length > 0) filters[facetFilterName[key]] = { any: values };
  }
  return filters;
}

/** Pagefind's { filterName: { value: count } } for one facet, as sorted counts; chosen values kept at zero. */
export function facetCountsFrom(filters: Record<string, Record<string, number>> | undefined, key: FacetKey, chosen: readonly string[] = []): FacetCount[] {
  const counts = new Map<string, number>(chosen.map((value) => [value, 0]));
  for (const [value, count] of Object.entries(filters?.[facetFilterName[key]] ?? {})) {
    if (count > 0 || counts.has(value)) counts.set(value, count);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}
