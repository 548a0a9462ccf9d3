/**
 * `npm run bench:search [-- <dist> <query>]`: what the first search on the built site transfers,
 * file by file, against the budget in SITE.md (≤ 150 KB on the real site, ≤ 300 KB at market scale).
 * The measuring is in ./lib/first-search.ts (also used by `npm run bench`).
 * Run `npm run build` first. Time to results is measured in a browser, not here.
 */
import path from 'node:path';
import { measureFirstSearch } from './lib/first-search.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? '琥珀';
const budgetKb = Number(process.env.BUDGET_KB ?? 150);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const { results, shown, rows, total, elapsedMs } = await measureFirstSearch(dist, query);
console.log(`First search for “${query}” on ${dist} (${results} results, ${shown} shown)`);
for (const [file, bytes] of rows) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
console.log(`  ${kb(total).padStart(9)}  total, budget ${budgetKb} KB: ${total <= budgetKb * 1024 ? 'within' : 'OVER'}`);
console.log(`  (${elapsedMs.toFixed(0)} ms in Node, including reading the files; not a browser timing)`);
