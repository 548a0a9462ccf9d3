/**
 * What a complete build has, and what a built folder lacks of it: the files every build makes
 * (REQUIRED_FILES), and the pages the content implies: each entry of each collection that has pages
 * (sections.ts) has its page in each language it exists in (i18n.ts, hasPageIn).
 * `npm run build` publishes a site only when nothing is missing (scripts/lib/check-output.ts); the
 * invariant tests check the same (tests/support/invariants.ts).
 * Entry files are listed as `npm run check:content` lists them, with its entryId (the id Astro gives).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { entryId } from './content/entry-id.ts';
import { ENTRY_FILES, entryFilesOf } from './content/collection-files.ts';
import { hasPageIn, LANGS } from './i18n.ts';
import { entryPath } from './routes.ts';
import { sectionOfCollection, type RoutedCollection } from './sections.ts';

/** The collections whose entries have pages of their own. */
export const PAGED_COLLECTIONS = Object.keys(sectionOfCollection) as RoutedCollection[];

/**
 * Files every complete build has besides the entries' pages: the home and 404 pages, the hosts'
 * headers (written last by astro.config.mjs's security-headers integration) and the search index's
 * entry points (written by Pagefind).
 */
export const REQUIRED_FILES: readonly string[] = ['index.html', '404.html', '_headers', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];

/** The REQUIRED_FILES that `outDir` lacks. */
export function missingRequiredFiles(outDir: string): string[] {
  return REQUIRED_FILES.filter((file) => !isFile(path.join(outDir, file)));
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The ids of a collection's entries in `contentDir`, sorted, each once: its entry files as the build and `npm run check:content` list them. */
export function entryIdsOf(contentDir: string, collection: RoutedCollection): string[] {
  return [...new Set(entryFilesOf(path.join(contentDir, collection), ENTRY_FILES[collection]!).map(entryId))];
}

/** The pages an entry has: its page in each language it exists in (i18n.ts, hasPageIn). */
export function entryRoutes(collection: RoutedCollection, id: string): string[] {
  return LANGS.filter((lang) => hasPageIn(entryPath({ collection, id }), lang)).map((lang) => entryPath({ collection, id }, lang));
}

/** The file that serves a site path (query and fragment ignored): /about/ → <outDir>/about/index.html. */
export function fileOf(outDir: string, href: string): string {
  const clean = decodeURIComponent(href.split(/[?#]/)[0]!);
  const target = path.join(outDir, clean);
  return clean.endsWith('/') ? path.join(target, 'index.html') : target;
}

/** True when a site path is served by a built file. */
export function resolves(outDir: string, href: string): boolean {
  return isFile(fileOf(outDir, href));
}

/** Entries without their page, or without their English twin where the section has English pages, as "collection/id: no page /route/". */
export function missingEntryPages(outDir: string, contentDir: string): string[] {
  const missing: string[] = [];
  for (const collection of PAGED_COLLECTIONS) {
    for (const id of entryIdsOf(contentDir, collection)) {
      for (const route of entryRoutes(collection, id)) if (!resolves(outDir, route)) missing.push(`${collection}/${id}: no page ${route}`);
    }
  }
  return missing;
}
