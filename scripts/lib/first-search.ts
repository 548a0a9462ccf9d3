/**
 * What the first search on a built site transfers, file by file (scripts/bench-search.ts, scripts/bench.ts).
 * It runs the site's own query handling against the built Pagefind index from Node and counts every
 * file Pagefind reads, plus the search dialog's code (its chunk and the chunks it imports) and the variants map. Text files are counted
 * gzip-compressed (as any static host serves them); Pagefind's index files are already compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchedFiles, openIndex } from './pagefind-node.ts';
import { prepareQuery, searchWithFallback, VARIANTS_PATH } from '../../src/lib/search/query.ts';
import { expandQuery, synonymTable, SYNONYMS_PATH } from '../../src/lib/search/expand.ts';

export interface FirstSearch {
  query: string;
  results: number;
  shown: number;
  /** [file relative to the site, bytes transferred] */
  rows: [string, number][];
  total: number;
  elapsedMs: number;
}

const SHOWN = 8;
/** Static imports of a built chunk: `from"./view.abc.js"`, `import"./dom.abc.js"`. */
const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;

/** A chunk of `_astro/` and every chunk it imports statically, each once. */
function withStaticImports(astroDir: string, chunk: string, found = new Set<string>()): Set<string> {
  if (found.has(chunk)) return found;
  found.add(chunk);
  for (const [, imported] of readFileSync(path.join(astroDir, chunk), 'utf8').matchAll(STATIC_IMPORT)) withStaticImports(astroDir, imported!, found);
  return found;
}
const transferSize = (file: string) => (/\.(js|json|css|html)$/.test(file) ? gzipSync(readFileSync(file)).length : statSync(file).size);

export async function measureFirstSearch(dist: string, query = '琥珀'): Promise<FirstSearch> {
  const astroDir = path.join(dist, '_astro');
  const dialogChunk = readdirSync(astroDir).find((file) => /^dialog\..*\.js$/.test(file));
  const dialogCode = dialogChunk ? [...withStaticImports(astroDir, dialogChunk)] : [];
  const variantsFile = path.join(dist, VARIANTS_PATH);
  const variants = JSON.parse(readFileSync(variantsFile, 'utf8')) as Record<string, string>;
  const synonymsFile = path.join(dist, SYNONYMS_PATH);
  const synonyms = synonymTable(existsSync(synonymsFile) ? (JSON.parse(readFileSync(synonymsFile, 'utf8')) as string[][]) : []);

  fetchedFiles.length = 0;
  const started = performance.now();
  const search = await openIndex(dist, 'zh-cn');
  const prepared = prepareQuery(query, variants);
  const outcome = await searchWithFallback((text) => search(text), prepared, expandQuery(prepared.terms, synonyms, 'han'));
  await Promise.all(outcome.results.slice(0, SHOWN).map((hit) => hit.data()));
  const elapsedMs = performance.now() - started;

  const rows: [string, number][] = [
    ...dialogCode.map((chunk) => [`_astro/${chunk}`, transferSize(path.join(astroDir, chunk))] as [string, number]),
    [VARIANTS_PATH.slice(1), transferSize(variantsFile)],
    ...(existsSync(synonymsFile) ? [[SYNONYMS_PATH.slice(1), transferSize(synonymsFile)] as [string, number]] : []),
    // Imported as a module rather than fetched, so the fetch log does not see it.
    ['pagefind/pagefind.js', transferSize(path.join(dist, 'pagefind/pagefind.js'))],
    ...[...new Set(fetchedFiles)].map((file) => [path.relative(dist, file), transferSize(file)] as [string, number]),
  ];
  const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  return { query, results: outcome.results.length, shown: Math.min(SHOWN, outcome.results.length), rows, total, elapsedMs };
}
