/**
 * Loads the Pagefind search library that `pagefind` writes next to the built site.
 * Its own module so that tests can stand in for Pagefind.
 */
export interface PagefindResult {
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  search: (term: string | null, options: object) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindModule: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, not a module of the build: Pagefind writes it after `astro build`.
  const url = '/pagefind/pagefind.js';
  // Pagefind counts only the filters it has loaded; loading them all once makes every facet count.
  pagefindModule ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.filters();
    return pagefind;
  });
  return pagefindModule;
}
