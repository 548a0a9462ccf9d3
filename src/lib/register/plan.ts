/**
 * What importing a register sheet would do, before anything is written: each row matched to its entry
 * (by the 编号 column, else by the exact name), and found new, changed (field by field) or unchanged,
 * or a problem in the row's own cells. Columns the sheet lacks are left as the files have them. Pure:
 * the caller reads the sheet and the content, and checks the result as `npm run check:content` does.
 */
import { fileIdFor } from '@/lib/scaffold/file-id';
import { collectionJsonSchemas, identifierField } from '@/lib/schema/json-schema';
import type { Bilingual } from '@/lib/content/problems';
import type { RegisterCollection } from '@/lib/sections';
import { readCell, type CellData, type ReferenceNames } from './cells';
import { EXAMPLE_MARK, helpText, ID_COLUMN, registerColumns, type RegisterColumn } from './columns';
import { sameValue, valueOfEntry } from './entry-values';
import { locateHeader, type TableRow } from './header';

/** An entry as the import sees it: its id and its frontmatter as YAML gives it. */
export interface RegisterEntry {
  id: string;
  data: unknown;
}

/** A problem in a row (or in the sheet as a whole, row undefined), said in the register's words. */
export interface RowProblem {
  row?: number;
  /** The column's header, or the field's path where no column holds it. */
  column?: string;
  problem: Bilingual;
  fix: Bilingual;
}

export interface RowNote {
  row: number;
  column: string;
  note: Bilingual;
}

export interface FieldChange {
  column: RegisterColumn;
  before: CellData;
  after: CellData;
}

export type PlannedRow =
  | { row: number; action: 'create'; id: string; name: string; values: ReadonlyMap<string, CellData> }
  | { row: number; action: 'update'; id: string; name: string; changes: FieldChange[] }
  | { row: number; action: 'unchanged'; id: string; name: string };

export interface ImportPlan {
  collection: RegisterCollection;
  /** The register columns the sheet has. */
  columns: RegisterColumn[];
  rows: PlannedRow[];
  problems: RowProblem[];
  notes: RowNote[];
  /** Headers of the sheet that are not register columns: ignored. */
  ignoredHeaders: string[];
  /** Headers read as a column by a part of their words: [the sheet's, the column's]. */
  guessedHeaders: [string, string][];
  /** Entries no row names: an import never deletes. */
  untouched: number;
}

export interface ImportInput {
  collection: RegisterCollection;
  rows: readonly TableRow[];
  entries: readonly RegisterEntry[];
  names: ReferenceNames;
}

/** A name with one character left out, at each place. */
const withOneLeftOut = (name: string) => [...name].map((_, index, chars) => [...chars.slice(0, index), ...chars.slice(index + 1)].join(''));

/**
 * The existing name a new name is one typing slip from (a character added, left out or mistyped:
 * 翠格珠宝行 → 翠格珠宝), found through the names with one character left out: a look-up per name,
 * where comparing every pair would take seconds at market scale.
 */
function slipIndex(names: readonly string[]): (name: string) => string | undefined {
  const index = new Map<string, string>();
  for (const name of names) for (const key of [name, ...withOneLeftOut(name)]) if (!index.has(key)) index.set(key, name);
  return (name) => [name, ...withOneLeftOut(name)].map((key) => index.get(key)).find((found) => found !== undefined && found !== name);
}

const sheetProblem = (zh: string, en: string, fixZh: string, fixEn: string): RowProblem => ({ problem: { zh, en }, fix: { zh: fixZh, en: fixEn } });

/** The plan of an import; `problems` empty means it may be written (after the content check). */
export function planImport({ collection, rows, entries, names }: ImportInput): ImportPlan {
  const all = registerColumns(collection);
  const plan: ImportPlan = { collection, columns: [], rows: [], problems: [], notes: [], ignoredHeaders: [], guessedHeaders: [], untouched: entries.length };
  const header = locateHeader(rows, all);
  if (!header) {
    plan.problems.push(sheetProblem('找不到表头行', 'no header row found', `第一行应为表头，如 ${all.slice(0, 4).map((column) => column.header).join('、')}；可以用 templates/ 里的模板`, 'the first row should hold the column headers; start from the template'));
    return plan;
  }
  plan.ignoredHeaders = header.ignored;
  plan.guessedHeaders = header.guessed;
  for (const repeated of header.repeated) plan.problems.push({ ...sheetProblem('这一列出现了两次', 'the column appears twice', '删去其中一列', 'delete one of them'), column: repeated });
  plan.columns = all.filter((column) => header.cellIndex.has(column.key));
  const identifier = all.find((column) => column.key === identifierField(collectionJsonSchemas()[collection]))!;
  if (!header.cellIndex.has(identifier.key) && !header.cellIndex.has(ID_COLUMN.key)) {
    plan.problems.push(sheetProblem(`缺少“${identifier.header}”或“${ID_COLUMN.header}”列`, `no ${identifier.key} or id column`, '加上这一列，用来找到对应的条目', 'add it: rows are matched by it'));
    return plan;
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byName = new Map<string, RegisterEntry[]>();
  for (const entry of entries) {
    const name = valueOfEntry(identifier, entry.data);
    if (typeof name === 'string') byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const takenIds = new Set(byId.keys());
  const nearName = slipIndex([...byName.keys()]);
  const firstRowOf = new Map<string, number>();

  for (const row of rows.slice(header.headerIndex + 1)) {
    const cellOf = (column: RegisterColumn) => row.cells[header.cellIndex.get(column.key)!];
    // The template's help row and example row are not data.
    if (plan.columns.some((column) => typeof cellOf(column) === 'string' && (cellOf(column) as string).trim() === helpText(column))) continue;
    const idCell = header.cellIndex.has(ID_COLUMN.key) ? cellOf(ID_COLUMN) : undefined;
    if (typeof idCell === 'string' && idCell.trim().startsWith(EXAMPLE_MARK)) continue;

    const values = new Map<string, CellData>();
    const before = plan.problems.length;
    for (const column of plan.columns) {
      const read = readCell(column, cellOf(column), names);
      if ('problem' in read) plan.problems.push({ row: row.number, column: column.header, problem: read.problem, fix: read.fix });
      else {
        values.set(column.key, read.value);
        if (read.note) plan.notes.push({ row: row.number, column: column.header, note: read.note });
      }
    }
    if (![...values.values()].some((value) => value !== undefined) && plan.problems.length === before) continue;

    const givenId = values.get(ID_COLUMN.key) as string | undefined;
    const name = values.get(identifier.key) as string | undefined;
    let entry: RegisterEntry | undefined;
    if (givenId !== undefined) {
      entry = byId.get(givenId);
      if (!entry) {
        plan.problems.push({ row: row.number, column: ID_COLUMN.header, problem: { zh: `编号“${givenId}”不存在`, en: `no entry has the id "${givenId}"` }, fix: { zh: '新增的一行编号留空；已有的一行用导出的编号', en: 'leave it empty for a new entry' } });
        continue;
      }
    } else if (name !== undefined) {
      const named = byName.get(name) ?? [];
      if (named.length > 1) {
        plan.problems.push({ row: row.number, column: identifier.header, problem: { zh: `有 ${named.length} 个条目都叫“${name}”`, en: `${named.length} entries have this name` }, fix: { zh: `在“${ID_COLUMN.header}”列写明是哪一个：${named.map((candidate) => candidate.id).join('、')}`, en: 'write the id of the one meant' } });
        continue;
      }
      entry = named[0];
    } else {
      if (plan.problems.length === before) plan.problems.push({ row: row.number, column: identifier.header, problem: { zh: `缺少${identifier.header}`, en: `no ${identifier.key}` }, fix: { zh: `填写${identifier.header}`, en: `fill in the ${identifier.key}` } });
      continue;
    }

    const identity = entry ? `id:${entry.id}` : `new:${name}`;
    const first = firstRowOf.get(identity);
    if (first !== undefined) {
      plan.problems.push({ row: row.number, column: identifier.header, problem: { zh: `与第${first}行是同一个条目`, en: `the same entry as row ${first}` }, fix: { zh: '删去重复的一行，或把两行合并', en: 'delete or merge the repeated row' } });
      continue;
    }
    firstRowOf.set(identity, row.number);
    if (entry) plan.untouched -= 1;
    if (plan.problems.length > before) continue;

    if (!entry) {
      const id = fileIdFor(name!, takenIds);
      takenIds.add(id);
      plan.rows.push({ row: row.number, action: 'create', id, name: name!, values });
      const near = nearName(name!);
      if (near) {
        const nearId = byName.get(near)![0]!.id;
        plan.notes.push({ row: row.number, column: identifier.header, note: { zh: `与已有的“${near}”很像：如果是同一个，请在“${ID_COLUMN.header}”列写 ${nearId}，否则会新建一条`, en: `close to the existing "${near}" (${nearId}): give its id if it is the same` } });
      }
      continue;
    }
    const changes: FieldChange[] = [];
    for (const column of plan.columns) {
      if (column === ID_COLUMN) continue;
      const current = valueOfEntry(column, entry.data);
      const next = values.get(column.key);
      if (!sameValue(column, next, current)) changes.push({ column, before: current, after: next });
    }
    const shown = (valueOfEntry(identifier, entry.data) as string | undefined) ?? entry.id;
    plan.rows.push(changes.length ? { row: row.number, action: 'update', id: entry.id, name: shown, changes } : { row: row.number, action: 'unchanged', id: entry.id, name: shown });
  }
  return plan;
}
