/**
 * `npm run export -- <file.xlsx|file.csv> [--register merchants|activities]` and `npm run templates`
 * as functions: the register of the current content in the template's columns, and the empty
 * templates with their example row, both with the drop-down lists of the content's names.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { registerColumns } from '@/lib/register/columns';
import { entryRows } from '@/lib/register/export-rows';
import { REGISTERS, SCAFFOLD_KINDS, type RegisterCollection } from '@/lib/sections';
import { readRegister } from './content';
import { writeRegisterFile } from './workbook';

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];

/** The register a word names (merchants, merchant, 示范商户, 活动计划表 …), or the one a file name mentions. */
export function registerNamed(word: string): RegisterCollection | undefined {
  return REGISTER_NAMES.find((collection) => {
    const register = REGISTERS[collection];
    const words = [collection, register.kind, register.title, register.sheet, SCAFFOLD_KINDS[register.kind].label.split(' ')[0]!];
    return words.some((candidate) => word.toLowerCase().includes(candidate.toLowerCase()));
  });
}

export interface ExportOptions {
  contentDir: string;
  collection?: RegisterCollection;
  /** Overwrite an existing file (else refused: it may be a sheet someone is editing). */
  force?: boolean;
}

/** Writes the register; the line to print and the exit status (1: refused, nothing written). */
export async function exportCommand(file: string, { contentDir, collection, force = false }: ExportOptions): Promise<{ status: number; line: string }> {
  const chosen = collection ?? registerNamed(path.basename(file)) ?? 'merchants';
  if (!/\.(xlsx|csv)$/i.test(file)) return { status: 1, line: `✖ 只能导出为 .xlsx 或 .csv（export to .xlsx or .csv）：${file}` };
  if (existsSync(file) && !force) {
    return { status: 1, line: `✖ ${file} 已经存在，没有覆盖：它可能是正在改的台账。换一个文件名，或加 --force 覆盖。（${file} exists: choose another name, or add --force）` };
  }
  const { entries, names, lists } = readRegister(path.resolve(contentDir), chosen);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await writeRegisterFile(file, { collection: chosen, rows: entryRows(registerColumns(chosen), entries, names), lists: lists() });
  return { status: 0, line: `✔ 已导出 ${entries.length} 条到 ${file}（${REGISTERS[chosen].title}）。Exported ${entries.length} ${chosen}.` };
}

/** Where a register's template is kept. */
export const templatePath = (root: string, collection: RegisterCollection) => path.join(root, 'templates', `${REGISTERS[collection].title}.xlsx`);

/** Writes every register's template (templates/<title>.xlsx) with the lists of `contentDir`'s names. */
export async function writeTemplates(root: string, contentDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const collection of REGISTER_NAMES) {
    const file = templatePath(root, collection);
    mkdirSync(path.dirname(file), { recursive: true });
    await writeRegisterFile(file, { collection, rows: [], lists: readRegister(path.resolve(contentDir), collection).lists(), example: true });
    written.push(file);
  }
  return written;
}
