/**
 * The search engine of the dialog and the search page: Pagefind (loaded on first use), the site's
 * query rules and partial-match fallback (./query.ts), and the facet counts of what was found.
 * Pagefind searches the index of the page's <html lang>.
 */
import { pagefindFilters } from '@/lib/facets';
import { importPagefind, PAGEFIND_URL, type FilterCounts, type Pagefind, type PagefindResponse, type PagefindResult } from './pagefind';
import { expandQuery, synonymTable, SYNONYMS_PATH, type PageScript, type QueryIntent } from './expand';
import { answerFilter } from './filters';
import { prepareQuery, searchWithFallback, VARIANTS_PATH, type PreparedQuery } from './query';
import type { SearchStrings } from './view';

/** What a search found. */
export interface Found {
  query: PreparedQuery;
  results: PagefindResult[];
  /** True when no page had every word and these are the best pages for some of them. */
  partial: boolean;
  /** Where the pages with only some of the words begin (results.length when there are none). */
  partialFrom: number;
  /** What the question asked beyond its words (how to get there), when it did. */
  intent?: QueryIntent;
  /** How many of the results carry each filter value (every page's totals when nothing was asked). */
  counts: () => Promise<FilterCounts>;
}

export interface SearchEngine {
  /** Loads Pagefind and the variants map; rejects when Pagefind cannot be loaded (tried again next time). */
  load: () => Promise<void>;
  /** What to say when Pagefind did not load: with no index (or in development), how to build one. */
  failureMessage: (strings: Pick<SearchStrings, 'indexMissing' | 'unavailable'>) => Promise<string>;
  /** The query as the site searches it (after load(): traditional characters become simplified). */
  prepare: (value: string) => PreparedQuery;
  /** Warms Pagefind up for what is being typed (index chunks load early). */
  preload: (value: string) => void;
  /** Every filter value with its number of pages (once). */
  filterTotals: () => Promise<FilterCounts>;
  /** The pages for the words and the chosen filter values; with no words, the pages the filters choose (none without filters). */
  find: (value: string, chosen?: Readonly<Record<string, readonly string[]>>) => Promise<Found>;
}

export interface EngineDeps {
  importPagefind: () => Promise<Pagefind>;
  fetch: typeof fetch;
  /** In development there is no index unless a build made one. */
  dev?: boolean;
}

/** How many of `ids` carry each value, given the pages of each value. */
export function countPages(ids: readonly string[], pagesByValue: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>): FilterCounts {
  const found = new Set(ids);
  return Object.fromEntries(
    Object.entries(pagesByValue).map(([name, values]) => [
      name,
      Object.fromEntries(Object.entries(values).map(([value, pages]) => [value, pages.filter((id) => found.has(id)).length])),
    ]),
  );
}

export function createSearchEngine({ importPagefind: importIt, fetch: get, dev = false }: EngineDeps): SearchEngine {
  let pagefind: Pagefind | undefined;
  let variants: Record<string, string> | undefined;
  let synonyms: Map<string, readonly string[]> = new Map();
  let ready: Promise<void> | undefined;
  let totals: Promise<FilterCounts> | undefined;
  let valuePages: Promise<Record<string, Record<string, string[]>>> | undefined;

  /** The traditional → simplified map, fetched once; without it (failed fetch) queries go as typed. */
  const loadVariants = async (): Promise<Record<string, string>> => {
    try {
      const response = await get(VARIANTS_PATH);
      const map: unknown = response.ok ? await response.json() : {};
      return map && typeof map === 'object' ? (map as Record<string, string>) : {};
    } catch {
      return {};
    }
  };

  /** The editors' synonym groups, fetched once; without them (failed fetch) words find only themselves. */
  const loadSynonyms = async (): Promise<Map<string, readonly string[]>> => {
    try {
      const response = await get(SYNONYMS_PATH);
      const groups: unknown = response.ok ? await response.json() : [];
      return synonymTable(Array.isArray(groups) ? (groups as string[][]) : []);
    } catch {
      return new Map();
    }
  };

  /** On the page's thread: Pagefind's web worker would be one more download for an index this small. */
  const loadPagefind = async () => {
    const loaded = await importIt();
    await loaded.options({ noWorker: true });
    return loaded;
  };

  const load = () => {
    ready ??= Promise.all([loadPagefind(), variants ? Promise.resolve(variants) : loadVariants(), loadSynonyms()]).then(([loaded, map, groups]) => {
      pagefind = loaded;
      variants = map;
      synonyms = groups;
    });
    ready.catch(() => (ready = undefined));
    return ready;
  };

  const filterTotals = () => (totals ??= pagefind!.filters());

  /** The pages of every filter value, asked for only to count partial matches (a union of several searches). */
  const pagesByValue = () =>
    (valuePages ??= filterTotals().then(async (all) => {
      const byName = await Promise.all(
        Object.entries(all).map(async ([name, values]) => {
          const pages = await Promise.all(
            Object.keys(values).map(async (value) => [value, (await pagefind!.search(null, { filters: { [name]: value } })).results.map((hit) => hit.id)] as const),
          );
          return [name, Object.fromEntries(pages)] as const;
        }),
      );
      return Object.fromEntries(byName);
    }));

  const find = async (value: string, chosen: Readonly<Record<string, readonly string[]>> = {}): Promise<Found> => {
    const query = prepareQuery(value, variants);
    const filters = pagefindFilters(chosen);
    if (!query.text) {
      if (Object.keys(filters).length === 0) return { query, results: [], partial: false, partialFrom: 0, counts: filterTotals };
      const response = await pagefind!.search(null, { filters });
      return { query, results: response.results, partial: false, partialFrom: response.results.length, counts: async () => response.filters };
    }
    let whole: PagefindResponse | undefined;
    const expanded = expandQuery(query.terms, synonyms, pageScript());
    const answering = async (intent: QueryIntent) => (await pagefind!.search(null, { filters: { ...filters, [answerFilter]: intent } })).results[0];
    const { results, partial, partialFrom, intent } = await searchWithFallback(
      async (term) => {
        const response = await pagefind!.search(term, { filters });
        if (term === query.text) whole = response;
        return response;
      },
      query,
      expanded,
      answering,
    );
    // Pagefind counts the pages of its own answer; results put together from several answers are counted page by page.
    const own = whole && !partial && results.length === whole.results.length && results.every((hit, index) => hit.id === whole!.results[index]?.id) ? whole.filters : undefined;
    return { query, results, partial, partialFrom, ...(intent ? { intent } : {}), counts: async () => own ?? countPages(results.map((hit) => hit.id), await pagesByValue()) };
  };

  return {
    load,
    async failureMessage(strings) {
      if (dev) return strings.indexMissing;
      try {
        const response = await get(PAGEFIND_URL, { method: 'HEAD', cache: 'no-store' });
        return response.status === 404 ? strings.indexMissing : strings.unavailable;
      } catch {
        return strings.unavailable;
      }
    },
    prepare: (value) => prepareQuery(value, variants),
    preload(value) {
      if (!pagefind) return;
      const { text } = prepareQuery(value, variants);
      if (text) pagefind.preload(text).catch(() => undefined);
    },
    filterTotals,
    find,
  };
}

/** The script of the index Pagefind searches: the page's language's (Pagefind picks the index by <html lang>). */
const pageScript = (): PageScript => (typeof document !== 'undefined' && document.documentElement.lang.toLowerCase().startsWith('zh') ? 'han' : 'latin');

/** The engine of the page (one Pagefind per page). */
export const searchEngine: SearchEngine = createSearchEngine({ importPagefind, fetch: (...args) => fetch(...args), dev: import.meta.env.DEV });
