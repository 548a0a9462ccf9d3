/**
 * `npm run bench:import [-- --shops N]`: the register import at market scale. Generates the synthetic
 * content (6,000 shops by default; scripts/lib/synthetic-content.ts) in a temporary folder, exports its
 * shop register, and times `npm run import` (in this process, as the command runs it) on:
 * 1. the export as it is: every row unchanged;
 * 2. the export with every tenth shop's opening hours changed, written with --write;
 * 3. the office's first import: the export with the ids cleared, into the same content without shops,
 *    report only: every row a new file, each checked as `npm run check:content` checks it;
 * 4. N new shops beside the N there are (the ids cleared, the names changed), report only.
 * The budget is 10 s for a 6,000-row sheet; figures are printed, not failed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registerColumns } from '../src/lib/register/columns.ts';
import { entryRows, type SheetCell } from '../src/lib/register/export-rows.ts';
import { readRegister } from './lib/register/content.ts';
import { importCommand } from './lib/register/import-command.ts';
import { writeRegisterFile } from './lib/register/workbook.ts';
import { generateSyntheticContent, MARKET_SCALE } from './lib/synthetic-content.ts';

const { values } = parseArgs({ options: { shops: { type: 'string', default: String(MARKET_SCALE.shops) } } });
const shops = Number.parseInt(values.shops, 10);
const work = mkdtempSync(path.join(tmpdir(), 'yuyuan-bench-import-'));
const contentDir = path.join(work, 'content');
generateSyntheticContent(contentDir, { shops, today: new Date() });

const columns = registerColumns('merchants');
const { entries, names, lists: listsOf } = readRegister(contentDir, 'merchants');
const rows = entryRows(columns, entries, names);
const lists = listsOf();
const at = (header: string) => columns.findIndex((column) => column.header === header);

// The office's first import: the same markets and branches, no shops yet (nor what names them).
const firstContent = path.join(work, 'first');
cpSync(contentDir, firstContent, { recursive: true });
for (const folder of ['merchants', 'stories', 'activities', 'guides']) rmSync(path.join(firstContent, folder), { recursive: true, force: true });
const withoutIds = (cells: SheetCell[]) => cells.map((cell, column) => (column === 0 ? undefined : cell));

const sheets: Record<string, { rows: SheetCell[][]; content: string; write?: boolean }> = {
  unchanged: { rows, content: contentDir },
  changed: { rows: rows.map((cells, index) => (index % 10 === 0 ? cells.map((cell, column) => (column === at('营业时间') ? '每天10:00–19:00' : cell)) : cells)), content: contentDir, write: true },
  first: { rows: rows.map(withoutIds), content: firstContent },
  created: { rows: rows.map((cells) => withoutIds(cells).map((cell, column) => (column === at('名称') ? `${cell}新店` : cell))), content: contentDir },
};

console.log(`Register import: ${rows.length} rows (load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`  unchanged, changed (a tenth), created: against the ${entries.length} shops; first: into the same content without shops`);
for (const [name, { rows: sheetRows, content, write = false }] of Object.entries(sheets)) {
  const file = path.join(work, `${name}.xlsx`);
  await writeRegisterFile(file, { collection: 'merchants', rows: sheetRows, lists });
  const started = performance.now();
  const outcome = await importCommand(file, { contentDir: content, root: work, write });
  const seconds = (performance.now() - started) / 1000;
  const plan = outcome.plan;
  const count = (action: string) => plan?.rows.filter((row) => row.action === action).length ?? 0;
  console.log(
    `  ${name.padEnd(9)} ${seconds.toFixed(1)} s${write ? ' (with --write)' : ''}: created ${count('create')}, changed ${count('update')}, unchanged ${count('unchanged')}, exit ${outcome.status}`,
  );
  if (outcome.status !== 0) console.log(outcome.lines.slice(-6).join('\n'));
}
rmSync(work, { recursive: true, force: true });
