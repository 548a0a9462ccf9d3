/**
 * Facets, in one place: which values each item has, how many items each value would leave, the
 * chosen values in the URL (src/lib/search/url-state.ts) and as Pagefind filters, and Pagefind's
 * counts turned back into facet counts. The rule everywhere: values of one facet are OR-ed, facets
 * are AND-ed, and a facet is counted without its own choice, so its alternatives stay visible.
 * Used by the static directory pages (counts), the directory's filter island and the search page.
 */
import type { FilterCounts, PagefindFilters } from './search/pagefind';
import { searchFilter, searchTypes } from './search/filters';
import { readValueLists, writeQuery } from './search/url-state';

/** The shop directory's facets. */
export const FACET_KEYS = ['category', 'market', 'honour', 'branch'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Chosen values per facet. */
export type Selection = Partial<Record<FacetKey, string[]>>;

export interface Faceted {
  id: string;
  facets: Partial<Record<FacetKey, readonly string[]>>;
}

export interface FacetCount {
  value: string;
  count: number;
}

function matches(item: Faceted, selection: Selection, except?: FacetKey): boolean {
  return FACET_KEYS.every((key) => {
    const chosen = selection[key];
    if (key === except || !chosen || chosen.length === 0) return true;
    return (item.facets[key] ?? []).some((value) => chosen.includes(value));
  });
}

/** The items that match every facet of the selection. */
export function filterFaceted<T extends Faceted>(items: readonly T[], selection: Selection): T[] {
  return items.filter((item) => matches(item, selection));
}

/** Counts by count, then by name; chosen values already in `counts` stay even at zero. */
function sortedCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

/** For each facet, each value with the number of items it would show (chosen values kept at zero). */
export function countFacets(items: readonly Faceted[], selection: Selection = {}): Record<FacetKey, FacetCount[]> {
  const result = {} as Record<FacetKey, FacetCount[]>;
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>((selection[key] ?? []).map((value) => [value, 0]));
    for (const item of items) {
      if (!matches(item, selection, key)) continue;
      for (const value of new Set(item.facets[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    result[key] = sortedCounts(counts);
  }
  return result;
}

/** Reads a selection from a URL query (?category=珠宝&honour=和谐商户). */
export function selectionFromQuery(query: string): Selection {
  return readValueLists(query, FACET_KEYS);
}

/** Writes a selection as a URL query in a stable order ('' when nothing is chosen). */
export function queryFromSelection(selection: Selection): string {
  const sorted = Object.fromEntries(FACET_KEYS.map((key) => [key, [...(selection[key] ?? [])].sort((a, b) => a.localeCompare(b, 'zh-CN'))]));
  return writeQuery(sorted, FACET_KEYS);
}

/** The selection with `value` of `key` switched on or off. */
export function toggleValue(selection: Selection, key: FacetKey, value: string): Selection {
  const current = selection[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const copy: Selection = { ...selection };
  if (next.length > 0) copy[key] = next;
  else delete copy[key];
  return copy;
}

export function isEmptySelection(selection: Selection): boolean {
  return FACET_KEYS.every((key) => (selection[key] ?? []).length === 0);
}

// ---- facets as Pagefind filters -------------------------------------------------------------

/**
 * The Pagefind filter each directory facet is stored under on shop pages. (A function, not a table:
 * the `client:open` directive, inlined in the page, takes FACET_KEYS from this module and must not carry it.)
 */
export function facetFilterName(key: FacetKey): string {
  return searchFilter[key];
}

/** Chosen values by Pagefind filter name as Pagefind filters ({ 类型: { any: ['商户', '故事'] } }), one left out if named. */
export function pagefindFilters(chosen: Readonly<Record<string, readonly string[]>>, except?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(chosen)) if (name !== except && values.length > 0) out[name] = { any: [...values] };
  return out;
}

/** Filters for the shops matching a directory selection, optionally ignoring one facet (to count its alternatives). */
export function shopFilters(selection: Selection, except?: FacetKey): PagefindFilters {
  const byName = Object.fromEntries(FACET_KEYS.map((key) => [facetFilterName(key), selection[key] ?? []]));
  return { [searchFilter.type]: searchTypes.merchant, ...pagefindFilters(byName, except && facetFilterName(except)) };
}

/** Pagefind's counts of one directory facet as sorted facet counts; values no shop has dropped, chosen ones kept at zero. */
export function facetCountsFrom(filters: FilterCounts | undefined, key: FacetKey, chosen: readonly string[] = []): FacetCount[] {
  const counts = new Map<string, number>(chosen.map((value) => [value, 0]));
  for (const [value, count] of Object.entries(filters?.[facetFilterName(key)] ?? {})) {
    if (count > 0 || counts.has(value)) counts.set(value, count);
  }
  return sortedCounts(counts);
}

/**
 * The counts of each facet, each over the items found without that facet's own choice: facets with
 * no choice share `main` (the counts of the full choice); `without(key)` finds the others.
 */
export async function countsWithoutOwnChoice<K extends string, C>(
  keys: readonly K[],
  chosen: Readonly<Partial<Record<K, readonly string[]>>>,
  main: C,
  without: (key: K) => Promise<C>,
): Promise<Record<K, C>> {
  const counts = await Promise.all(keys.map((key) => (chosen[key]?.length ? without(key) : Promise.resolve(main))));
  return Object.fromEntries(keys.map((key, index) => [key, counts[index]])) as Record<K, C>;
}

/** Facet values in a stable order: years newest first, other values by how many pages have them. */
export function facetOrder(totals: Readonly<Record<string, number>>): string[] {
  const values = Object.keys(totals);
  if (values.length > 0 && values.every((value) => /^\d{4}$/.test(value))) return values.sort().reverse();
  return values.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
}

// ---- the server-rendered directory's pages ---------------------------------------------------

/** Shops per page of the server-rendered directory. */
export const DIRECTORY_PAGE_SIZE = 24;

/** Page numbers 1..n split into pages of `size` items: the slice of a page and the number of pages. */
export function pageSlice<T>(items: readonly T[], page: number, size: number): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), pages };
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two either side of the
 * current page, with null where numbers are left out ("…"). Every page stays reachable step by step.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const shown = [...new Set([1, pages, ...Array.from({ length: around * 2 + 1 }, (_, i) => page - around + i)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
