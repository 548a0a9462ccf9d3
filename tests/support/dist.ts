/**
 * Reading a built site (the out dir of tests/support/build.ts): which pages it has, which file
 * serves a site path, and whether a site path resolves.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders of built assets and the search index: no pages in them. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

/** Every built HTML page of `outDir`, as a site path (/merchants/cuige-zhubao/, /404.html). */
export function builtPages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return NOT_PAGES.has(name) ? [] : walk(full);
      if (!name.endsWith('.html')) return [];
      const relative = `/${path.relative(outDir, full).split(path.sep).join('/')}`;
      return [relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative];
    });
  return walk(outDir).sort();
}

/** Which file serves a site path, and whether one does: the build's completeness check uses them too. */
export { fileOf, resolves } from '@/lib/expected-pages';
