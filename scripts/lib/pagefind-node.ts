/**
 * Queries a built Pagefind index from Node, as a browser on the built site would: Pagefind's own
 * pagefind.js, its index files read from disk. One module instance per language (the query string
 * on the import), since Pagefind picks the index of the page's language when it starts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface IndexResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; content: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }>;
}
export interface IndexSearch {
  results: IndexResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
/** A search of one language's index; `filters()` gives every filter value with its page count. */
export type SearchIndex = ((term: string | null, options?: object) => Promise<IndexSearch>) & {
  filters: () => Promise<Record<string, Record<string, number>>>;
};

interface PagefindModule {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: object) => Promise<IndexSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let fetchInstalled = false;

/** Every file Pagefind has read, in order (for measuring what a first search transfers). */
export const fetchedFiles: string[] = [];

/** Pagefind fetches its files with `fetch`; under Node, `file:` URLs are read from disk. */
function installFileFetch() {
  if (fetchInstalled) return;
  fetchInstalled = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return original(input, init);
    const file = fileURLToPath(url.split('?')[0]!);
    fetchedFiles.push(file);
    return new Response(await readFile(file));
  }) as typeof fetch;
}

/** Opens the index of `lang` ('zh-cn' or 'en', as in pagefind-entry.json) of a site built into `outDir`. */
export async function openIndex(outDir: string, lang: string): Promise<SearchIndex> {
  installFileFetch();
  // Pagefind reads the page's language from <html lang> and finds its own URL from the document.
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const pagefind = (await import(/* @vite-ignore */ `${pathToFileURL(join(outDir, 'pagefind/pagefind.js')).href}?lang=${lang}`)) as PagefindModule;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  const search = (term: string | null, options: object = {}) => pagefind.search(term, options);
  return Object.assign(search, { filters: () => pagefind.filters() });
}

/** The URLs of the pages a search finds, best first. */
export async function urlsOf(search: Promise<IndexSearch>): Promise<string[]> {
  const { results } = await search;
  return Promise.all(results.map(async (result) => (await result.data()).url));
}
