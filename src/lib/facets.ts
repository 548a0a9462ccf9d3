/**
 * Facets of the shop directory: which values each shop has, how many shops each value would
 * leave, and the chosen values as a URL query (so a filtered view can be shared and the back
 * button works). Pure; used by the static pages (counts) and the filter island (state).
 */
export const FACET_KEYS = ['category', 'market', 'honour', 'branch'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Chosen values per facet: values of one facet are OR-ed, facets are AND-ed. */
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

/**
 * For each facet, each value with the number of items it would show. A facet's counts respect the
 * choices in the other facets but not its own, so the alternatives within a facet stay visible.
 * Values are sorted by count, then by name; chosen values are kept even at zero.
 */
export function countFacets(items: readonly Faceted[], selection: Selection = {}): Record<FacetKey, FacetCount[]> {
  const result = {} as Record<FacetKey, FacetCount[]>;
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const value of selection[key] ?? []) counts.set(value, 0);
    for (const item of items) {
      if (!matches(item, selection, key)) continue;
      for (const value of new Set(item.facets[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    result[key] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
  }
  return result;
}

const MAX_VALUES_PER_FACET = 20;
const MAX_VALUE_LENGTH = 40;

/** Reads a selection from a URL query (?category=珠宝&honour=和谐商户); unknown keys and junk are ignored. */
export function selectionFromQuery(query: string): Selection {
  const params = new URLSearchParams(query);
  const selection: Selection = {};
  for (const key of FACET_KEYS) {
    const values = [...new Set(params.getAll(key).map((value) => value.trim()))]
      .filter((value) => value.length > 0 && value.length <= MAX_VALUE_LENGTH)
      .slice(0, MAX_VALUES_PER_FACET);
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/** Writes a selection as a URL query in a stable order ('' when nothing is chosen). */
export function queryFromSelection(selection: Selection): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) {
    for (const value of [...(selection[key] ?? [])].sort((a, b) => a.localeCompare(b, 'zh-CN'))) params.append(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
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
