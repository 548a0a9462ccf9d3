/**
 * `npm run bench:search [-- <dist> <query>]`: what the first search on the built site transfers,
 * file by file, against the budget in SITE.md (≤ 150 KB on the real site, ≤ 300 KB at market scale).
 * It runs the site's own query handling against the built Pagefind index from Node and counts every
 * file Pagefind reads, plus the search dialog's code and the variants map. Text files are counted
 * gzip-compressed (as any static host serves them); Pagefind's index files are already compressed.
 * Run `npm run build` first. Time to results is measured in a browser, not here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchedFiles, openIndex } from './lib/pagefind-node.ts';
import { prepareQuery, searchWithFallback, VARIANTS_PATH } from '../src/lib/search/query.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? '琥珀';
const budgetKb = Number(process.env.BUDGET_KB ?? 150);
const SHOWN = 8;

const transferSize = (file: string) => (/\.(js|json|css|html)$/.test(file) ? gzipSync(readFileSync(file)).length : statSync(file).size);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const dialogChunk = readdirSync(path.join(dist, '_astro')).find((file) => /^dialog\..*\.js$/.test(file));
const variantsFile = path.join(dist, VARIANTS_PATH);
const variants = JSON.parse(readFileSync(variantsFile, 'utf8')) as Record<string, string>;

const started = performance.now();
const search = await openIndex(dist, 'zh-cn');
const outcome = await searchWithFallback((text) => search(text), prepareQuery(query, variants));
await Promise.all(outcome.results.slice(0, SHOWN).map((hit) => hit.data()));
const elapsed = performance.now() - started;

const rows: [string, number][] = [
  ...(dialogChunk ? [[`_astro/${dialogChunk}`, transferSize(path.join(dist, '_astro', dialogChunk))] as [string, number]] : []),
  [VARIANTS_PATH.slice(1), transferSize(variantsFile)],
  // Imported as a module rather than fetched, so the fetch log does not see it.
  ['pagefind/pagefind.js', transferSize(path.join(dist, 'pagefind/pagefind.js'))],
  ...[...new Set(fetchedFiles)].map((file) => [path.relative(dist, file), transferSize(file)] as [string, number]),
];
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`First search for “${query}” on ${dist} (${outcome.results.length} results, ${Math.min(SHOWN, outcome.results.length)} shown)`);
for (const [file, bytes] of rows) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
console.log(`  ${kb(total).padStart(9)}  total, budget ${budgetKb} KB: ${total <= budgetKb * 1024 ? 'within' : 'OVER'}`);
console.log(`  (${elapsed.toFixed(0)} ms in Node, including reading the files; not a browser timing)`);
