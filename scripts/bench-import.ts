/**
 * `npm run bench:import [-- --shops N]`: the register import at market scale. Generates the synthetic
 * content (6,000 shops by default; scripts/lib/synthetic-content.ts) in a temporary folder, exports its
 * shop register, and times `npm run import` (in this process, as the command runs it) on:
 * 1. the export as it is: every row unchanged;
 * 2. the export with every tenth shop's opening hours changed, written with --write;
 * 3. a sheet of N new shops (the export with the ids cleared and the names changed), report only:
 *    every row a new file, each checked as `npm run check:content` checks it.
 * The budget is 10 s for a 6,000-row sheet; figures are printed, not failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registerColumns } from '../src/lib/register/columns.ts';
import { entryRows } from '../src/lib/register/export-rows.ts';
import { readEntries, referenceNames } from './lib/register/content.ts';
import { registerLists } from './lib/register/export-command.ts';
import { importCommand } from './lib/register/import-command.ts';
import { writeRegisterFile } from './lib/register/workbook.ts';
import { generateSyntheticContent, MARKET_SCALE } from './lib/synthetic-content.ts';

const { values } = parseArgs({ options: { shops: { type: 'string', default: String(MARKET_SCALE.shops) } } });
const shops = Number.parseInt(values.shops, 10);
const work = mkdtempSync(path.join(tmpdir(), 'yuyuan-bench-import-'));
const contentDir = path.join(work, 'content');
generateSyntheticContent(contentDir, { shops, today: new Date() });

const columns = registerColumns('merchants');
const entries = readEntries(contentDir, 'merchants');
const names = referenceNames(contentDir, 'merchants', entries);
const rows = entryRows(columns, entries, names);
const lists = registerLists('merchants', names, contentDir);
const at = (header: string) => columns.findIndex((column) => column.header === header);

const sheets = {
  unchanged: rows,
  changed: rows.map((cells, index) => (index % 10 === 0 ? cells.map((cell, column) => (column === at('营业时间') ? '每天 10:00–19:00' : cell)) : cells)),
  created: rows.map((cells) => cells.map((cell, column) => (column === 0 ? undefined : column === at('名称') ? `${cell}新店` : cell))),
};

console.log(`Register import: ${rows.length} rows against ${entries.length} shops (load average ${loadavg()[0]!.toFixed(1)})`);
for (const [name, sheetRows] of Object.entries(sheets)) {
  const file = path.join(work, `${name}.xlsx`);
  await writeRegisterFile(file, { collection: 'merchants', rows: sheetRows, lists });
  const write = name === 'changed';
  const started = performance.now();
  const outcome = await importCommand(file, { contentDir, root: work, write });
  const seconds = (performance.now() - started) / 1000;
  const plan = outcome.plan;
  const count = (action: string) => plan?.rows.filter((row) => row.action === action).length ?? 0;
  console.log(
    `  ${name.padEnd(9)} ${seconds.toFixed(1)} s${write ? ' (with --write)' : ''}: created ${count('create')}, changed ${count('update')}, unchanged ${count('unchanged')}, exit ${outcome.status}`,
  );
  if (outcome.status !== 0) console.log(outcome.lines.slice(-6).join('\n'));
}
rmSync(work, { recursive: true, force: true });
