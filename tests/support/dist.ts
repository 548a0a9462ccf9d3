/**
 * Reading a built site (the out dir of tests/support/build.ts): which pages it has, which file
 * serves a site path, and whether a site path resolves.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** The file that serves a site path (query and fragment ignored): /about/ → <outDir>/about/index.html. */
export function fileOf(outDir: string, href: string): string {
  const clean = decodeURIComponent(href.split(/[?#]/)[0]!);
  const target = path.join(outDir, clean);
  return clean.endsWith('/') ? path.join(target, 'index.html') : target;
}

/** True when a site path is served by a built file. */
export function resolves(outDir: string, href: string): boolean {
  const file = fileOf(outDir, href);
  return existsSync(file) && statSync(file).isFile();
}
