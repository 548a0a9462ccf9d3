/**
 * Pagefind's browser API, declared once: the part of it the search app (src/lib/search/engine.ts)
 * and the shop directory's filter (src/lib/islands/pagefind-loader.ts) use.
 */

/** Filter name → value → number of pages: 类型 → 商户 → 12. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Chosen filter values as Pagefind takes them: one value, or any of several. */
export type PagefindFilters = Record<string, string | { any: string[] }>;

export interface PagefindResultData {
  url: string;
  excerpt?: string;
  /** The page's whole indexed text (what the excerpt was cut from). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** The page's data, fetched on demand (one small file per page). */
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** How many of these results carry each value, the chosen filters applied. */
  filters: FilterCounts;
}

export interface Pagefind {
  options: (options: object) => Promise<void>;
  search: (term: string | null, options?: object) => Promise<PagefindResponse>;
  preload: (term: string, options?: object) => Promise<void>;
  /** Every filter value with its number of pages; also loads the filters, which Pagefind counts only once loaded. */
  filters: () => Promise<FilterCounts>;
}

/** A runtime URL, not a module of the build: Pagefind writes it after `astro build`. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Imports Pagefind's own module (the browser loads it once, whoever asks). */
export function importPagefind(): Promise<Pagefind> {
  return import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
}
