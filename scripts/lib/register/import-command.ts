/**
 * `npm run import -- <file.xlsx|file.csv> [--write]` as a function: reads the sheet, finds which
 * register it is (by its header), plans the import against the content, checks the files it would write
 * as `npm run check:content` checks them (with every other entry, for references and same names), and
 * only with `--write` and no problem at all writes them. Tests run it in their own process.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shownPath } from '@/lib/content/check';
import type { ContentProblem } from '@/lib/content/problems';
import { newEntryText, updatedEntryText } from '@/lib/register/apply';
import { registerColumns } from '@/lib/register/columns';
import { locateHeader } from '@/lib/register/header';
import { planImport, type ImportPlan, type RowProblem } from '@/lib/register/plan';
import { formatImportReport } from '@/lib/register/report';
import { rowProblemsOf } from '@/lib/register/row-problems';
import { collectionJsonSchemas } from '@/lib/schema/json-schema';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';
import { checkWritten, PARALLEL_FROM, SecondCheck } from './check-written';
import { readRegister } from './content';
import { readSheetFile, type ReadSheet } from './read-sheet';

export interface ImportOptions {
  contentDir: string;
  /** What paths are shown relative to (the project). */
  root?: string;
  write: boolean;
  now?: Date;
  /** From how many rows (and written files) the check is shared with a second process (./check-written.ts); tests lower it. */
  parallelFrom?: number;
}

export interface ImportOutcome {
  /** 0 when the sheet can be (or was) imported, 1 when it has problems. */
  status: number;
  lines: string[];
  plan?: ImportPlan;
  /** The files written (or that --write would write), absolute. */
  files: string[];
}

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];

/** The sheet and register the file holds: the sheet whose header names the most columns of a register; a sheet named as the register wins a tie. */
function whichRegister(sheets: readonly ReadSheet[]): { sheet: ReadSheet; collection: RegisterCollection } | undefined {
  let best: { sheet: ReadSheet; collection: RegisterCollection; score: number } | undefined;
  for (const sheet of sheets) {
    for (const collection of REGISTER_NAMES) {
      const found = locateHeader(sheet.rows, registerColumns(collection));
      const score = (found?.cellIndex.size ?? 0) * 2 + (sheet.name === REGISTERS[collection].sheet ? 1 : 0);
      if (found && (!best || score > best.score)) best = { sheet, collection, score };
    }
  }
  return best;
}

/** Writes every file beside its place first, then moves each into place: a failed write leaves no half-written entry. */
function writeAll(files: ReadonlyMap<string, string>): void {
  const staged: [string, string][] = [];
  for (const [file, text] of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.import-${process.pid}.tmp`;
    writeFileSync(temporary, text);
    staged.push([temporary, file]);
  }
  for (const [temporary, file] of staged) renameSync(temporary, file);
}

export async function importCommand(file: string, { contentDir, root = process.cwd(), write, now = new Date(), parallelFrom }: ImportOptions): Promise<ImportOutcome> {
  const shown = (absolute: string) => shownPath(root, absolute);
  let sheets: ReadSheet[];
  try {
    sheets = await readSheetFile(file);
  } catch (error) {
    return { status: 1, lines: [`✖ ${(error as Error).message}`], files: [] };
  }
  const found = whichRegister(sheets);
  if (!found) {
    const titles = Object.values(REGISTERS).map((register) => register.title).join('、');
    return { status: 1, lines: [`✖ 看不出这是哪一种登记表：找不到表头行。请用 templates/ 里的模板（${titles}）。Not a register: no header row found; start from a template in templates/.`], files: [] };
  }
  const { sheet, collection } = found;
  // A large sheet's check is shared with a second process, started now to load while the import plans.
  const sharedFrom = parallelFrom ?? PARALLEL_FROM;
  const second = sheet.rows.length >= sharedFrom ? new SecondCheck() : undefined;
  try {
    const absoluteDir = path.resolve(root, contentDir);
    const { entries, names } = readRegister(absoluteDir, collection);
    const plan = planImport({ collection, rows: sheet.rows, entries, names });

    const register = REGISTERS[collection];
    const fileOf = (id: string) => path.join(absoluteDir, collection, `${id}${register.extension}`);
    const texts = new Map<string, string>();
    const rowOfFile = new Map<string, { row: number; text: string }>();
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const fieldOrder = Object.keys(collectionJsonSchemas()[collection].properties ?? {});
    for (const row of plan.rows) {
      if (row.action === 'unchanged') continue;
      const target = row.action === 'create' ? fileOf(row.id) : byId.get(row.id)!.file;
      const text = row.action === 'create' ? newEntryText(collection, row.values) : updatedEntryText(byId.get(row.id)!.text, row.changes, fieldOrder);
      texts.set(target, text);
      rowOfFile.set(shown(target), { row: row.row, text });
    }

    let problems: RowProblem[] = [...plan.problems];
    let elsewhere: ContentProblem[] = [];
    let warnings: RowProblem[] = [];
    // The rows whose cells could be read are checked as files, so one report lists every problem.
    if (texts.size > 0) {
      const parsed = new Map(entries.filter((entry) => entry.data !== undefined).map((entry) => [entry.file, entry.data]));
      const checked = await checkWritten({ contentDir: absoluteDir, root, now, texts, parsed, second, parallelFrom: sharedFrom });
      const errors = rowProblemsOf(checked.errors, rowOfFile, registerColumns(collection), plan.columns);
      problems = [...problems, ...errors.rows].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      elsewhere = errors.elsewhere;
      warnings = rowProblemsOf(checked.warnings, rowOfFile, registerColumns(collection), plan.columns).rows;
    }
    const failed = problems.length > 0 || elsewhere.length > 0;
    if (write && !failed) writeAll(texts);

    const lines = [
      `${register.title}：${shown(path.resolve(file))}${sheet.name ? `，工作表“${sheet.name}”` : ''}${sheet.encoding ? `，编码 ${sheet.encoding}` : ''}（${collection}）`,
      ...formatImportReport({ plan, names, fileOf: (id) => shown(fileOf(id)), problems, elsewhere, written: write && !failed }),
    ];
    if (warnings.length && !failed) {
      lines.splice(-1, 0, `提示 ${warnings.length} 个（不影响导入） warnings:`, ...warnings.map((warning) => `  第${warning.row}行 ${warning.column} — ${warning.problem.zh} — ${warning.fix.zh}`), '');
    }
    return { status: failed ? 1 : 0, lines, plan, files: [...texts.keys()] };
  } finally {
    second?.cancel();
  }
}
