/**
 * The content check's problems in the files an import would write, said as the sheet's rows and
 * columns (第12行 荣誉称号：共产党员示范岗): the file is the row's entry, the field the column that holds it.
 */
import { parseDocument } from 'yaml';
import { parseFieldPath, splitSource } from '@/lib/content/frontmatter';
import type { ContentProblem } from '@/lib/content/problems';
import type { RegisterColumn } from './columns';
import type { RowProblem } from './plan';

/** The headers of the columns that hold a field (place → 市场、楼层、铺位号); the field itself when none does. */
function columnsOfField(field: string, text: string | undefined, columns: readonly RegisterColumn[]): string {
  const path = parseFieldPath(field);
  const [top, index] = path;
  // An item of a keyed list (honours[1].year) is in the column of its word.
  if (typeof index === 'number' && text !== undefined) {
    const keyed = columns.filter((column) => column.kind === 'keyed' && column.path[0] === top);
    if (keyed.length > 0) {
      const data = parseDocument(splitSource('entry.md', text).yaml).toJS() as Record<string, unknown>;
      const item = (data?.[String(top)] as Record<string, unknown>[] | undefined)?.[index];
      const found = keyed.find((column) => item?.[column.keyed!.keyField] === column.keyed!.word);
      if (found) return found.header;
    }
  }
  const dotted = path.filter((part) => typeof part === 'string').join('.');
  const exact = columns.find((column) => column.key === dotted);
  if (exact) return exact.header;
  const under = columns.filter((column) => column.key.startsWith(`${dotted}.`) || column.key.startsWith(`${dotted}[`));
  if (under.length > 0) return under.map((column) => column.header).join('、');
  const over = columns.filter((column) => dotted.startsWith(`${column.key}.`)).sort((a, b) => b.key.length - a.key.length)[0];
  return over?.header ?? field;
}

/**
 * Problems in written files become row problems; the others (in files the import does not write, which
 * only a check across entries finds there) are returned apart.
 */
export function rowProblemsOf(
  problems: readonly ContentProblem[],
  rowOfFile: ReadonlyMap<string, { row: number; text: string }>,
  columns: readonly RegisterColumn[],
): { rows: RowProblem[]; elsewhere: ContentProblem[] } {
  const rows: RowProblem[] = [];
  const elsewhere: ContentProblem[] = [];
  for (const problem of problems) {
    const written = rowOfFile.get(problem.file);
    if (!written) elsewhere.push(problem);
    else rows.push({ row: written.row, column: columnsOfField(problem.field, written.text, columns), problem: problem.problem, fix: problem.fix });
  }
  return { rows: rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), elsewhere };
}
