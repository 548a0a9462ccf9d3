/**
 * Loads Pagefind for the shop directory's filter, its filters loaded once up front (Pagefind counts
 * only the filters it has loaded). Its own module so that tests can stand in for Pagefind.
 */
import { importPagefind, type Pagefind } from '@/lib/search/pagefind';

export type { Pagefind, PagefindResponse, PagefindResult } from '@/lib/search/pagefind';

let pagefindModule: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefindModule ??= importPagefind().then(async (pagefind) => {
    await pagefind.filters();
    return pagefind;
  });
  return pagefindModule;
}
