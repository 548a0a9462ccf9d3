/**
 * `npm run export -- <file.xlsx|file.csv> [--register merchants|activities]` and `npm run templates`
 * as functions: the register of the current content in the template's columns, and the empty
 * templates with their example row, both with the drop-down lists of the content's names.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { registerColumns } from '@/lib/register/columns';
import { entryRows } from '@/lib/register/export-rows';
import type { ReferenceNames } from '@/lib/register/cells';
import { REGISTERS, SCAFFOLD_KINDS, type RegisterCollection } from '@/lib/sections';
import { readEntries, referenceNames } from './content';
import { writeRegisterFile } from './workbook';

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];

/** The drop-down lists a register's sheet offers: the names of each collection a single-choice column points at. */
export function registerLists(collection: RegisterCollection, names: ReferenceNames): Record<string, readonly string[]> {
  const targets = new Set(registerColumns(collection).flatMap((column) => (column.kind === 'reference' ? [column.reference!] : [])));
  return Object.fromEntries([...targets].map((target) => [target, names.names(target)]));
}

/** The register a word names (merchants, merchant, 示范商户, 活动计划表 …), or the one a file name mentions. */
export function registerNamed(word: string): RegisterCollection | undefined {
  return REGISTER_NAMES.find((collection) => {
    const register = REGISTERS[collection];
    const words = [collection, register.kind, register.title, register.sheet, SCAFFOLD_KINDS[register.kind].label.split(' ')[0]!];
    return words.some((candidate) => word.toLowerCase().includes(candidate.toLowerCase()));
  });
}

export async function exportCommand(file: string, { contentDir, collection }: { contentDir: string; collection?: RegisterCollection }): Promise<string> {
  const chosen = collection ?? registerNamed(path.basename(file)) ?? 'merchants';
  const entries = readEntries(path.resolve(contentDir), chosen);
  const names = referenceNames(path.resolve(contentDir), chosen, entries);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await writeRegisterFile(file, { collection: chosen, rows: entryRows(registerColumns(chosen), entries, names), lists: registerLists(chosen, names) });
  return `✔ 已导出 ${entries.length} 条到 ${file}（${REGISTERS[chosen].title}）。Exported ${entries.length} ${chosen}.`;
}

/** Where a register's template is kept. */
export const templatePath = (root: string, collection: RegisterCollection) => path.join(root, 'templates', `${REGISTERS[collection].title}.xlsx`);

/** Writes every register's template (templates/<title>.xlsx) with the lists of `contentDir`'s names. */
export async function writeTemplates(root: string, contentDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const collection of REGISTER_NAMES) {
    const entries = readEntries(path.resolve(contentDir), collection);
    const names = referenceNames(path.resolve(contentDir), collection, entries);
    const file = templatePath(root, collection);
    mkdirSync(path.dirname(file), { recursive: true });
    await writeRegisterFile(file, { collection, rows: [], lists: registerLists(collection, names), example: true });
    written.push(file);
  }
  return written;
}
