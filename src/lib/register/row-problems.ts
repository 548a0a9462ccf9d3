/**
 * The content check's problems in the files an import would write, said as the sheet's rows and
 * columns (第12行 荣誉称号：共产党员示范岗): the file is the row's entry, the field the column that holds it.
 */
import { parseDocument } from 'yaml';
import { parseFieldPath, splitSource } from '@/lib/content/frontmatter';
import type { ContentProblem } from '@/lib/content/problems';
import type { RegisterColumn } from './columns';
import type { RowProblem } from './plan';

/**
 * The headers of the columns that hold a field (place → 市场、楼层、铺位号), those the sheet has when it
 * has any of them; the field itself when none does.
 */
function columnsOfField(field: string, text: string | undefined, columns: readonly RegisterColumn[], inSheet: (column: RegisterColumn) => boolean): string {
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
  const shown = under.some(inSheet) ? under.filter(inSheet) : under;
  if (shown.length > 0) return shown.map((column) => column.header).join('、');
  const over = columns.filter((column) => dotted.startsWith(`${column.key}.`)).sort((a, b) => b.key.length - a.key.length)[0];
  return over?.header ?? field;
}

/** The columns a field's problem is about: the field's own, or those under it (place → 市场、楼层、铺位号). */
function columnsUnder(field: string, columns: readonly RegisterColumn[]): RegisterColumn[] {
  const dotted = parseFieldPath(field).filter((part) => typeof part === 'string').join('.');
  return columns.filter((column) => column.key === dotted || column.key.startsWith(`${dotted}.`));
}

const names = (columns: readonly RegisterColumn[]) => columns.map((column) => `“${column.header}”`).join('');

/**
 * The schema's words for a file (请填写 consent（id …）) said in the sheet's columns, for the problems
 * whose fix names fields: a missing field, contact data without consent, an activity's time.
 */
function inSheetWords(problem: ContentProblem, columns: readonly RegisterColumn[]): Pick<RowProblem, 'problem' | 'fix'> {
  const under = columnsUnder(problem.field, columns);
  switch (problem.code) {
    case 'required': {
      const needed = under.filter((column) => column.required);
      const shown = needed.length > 0 ? needed : under;
      return shown.length > 0 ? { problem: { zh: `缺少${names(shown)}`, en: 'required' }, fix: { zh: `在${names(shown)}一列填写`, en: 'fill it in' } } : problem;
    }
    case 'contact-without-consent': {
      const consent = columnsUnder('contact.consent', columns);
      const contact = columnsUnder('contact', columns).filter((column) => !consent.includes(column));
      return { problem: problem.problem, fix: { zh: `在${names(consent)}两列填写同意记录，或删去${names(contact)}`, en: 'add the consent record, or remove the contact data' } };
    }
    case 'personal-data': {
      const phone = columnsUnder('contact.phone', columns);
      const consent = columnsUnder('contact.consent', columns);
      return {
        problem: problem.problem,
        fix: phone.length ? { zh: `联系电话只能写在${names(phone)}一列，并填写${names(consent)}；其他格子里的号码请删去`, en: 'phone numbers go in their column, with the consent record; delete others' } : problem.fix,
      };
    }
    case 'activity-time': {
      const times = ['date', 'recurrence', 'reported'].map((key) => columnsUnder(key, columns)[0]).filter((column) => column !== undefined);
      return { problem: { zh: `${names(times)}三者只写一种`, en: problem.problem.en }, fix: { zh: '只留其中一种，其余的格子清空', en: 'keep one, empty the others' } };
    }
    default:
      return problem;
  }
}

/**
 * Problems in written files become row problems, said in the register's `columns` (those of the sheet,
 * `sheetColumns`, first); the others (in files the import does not write, which only a check across
 * entries finds there) are returned apart.
 */
export function rowProblemsOf(
  problems: readonly ContentProblem[],
  rowOfFile: ReadonlyMap<string, { row: number; text: string }>,
  columns: readonly RegisterColumn[],
  sheetColumns: readonly RegisterColumn[],
): { rows: RowProblem[]; elsewhere: ContentProblem[] } {
  const inSheet = (column: RegisterColumn) => sheetColumns.includes(column);
  const rows: RowProblem[] = [];
  const elsewhere: ContentProblem[] = [];
  const mentioned = (problem: ContentProblem) => {
    const said = [problem.problem.zh, problem.problem.en, problem.problem.detail, problem.fix.detail].join('\n');
    return [...rowOfFile.keys()].find((file) => said.includes(file));
  };
  for (const problem of problems) {
    // A problem across entries is reported at one of them (a same name, at the first): the written one it names is the row's.
    const file = rowOfFile.has(problem.file) ? problem.file : mentioned(problem);
    const written = file === undefined ? undefined : rowOfFile.get(file);
    if (!written) elsewhere.push(problem);
    else rows.push({ row: written.row, column: columnsOfField(problem.field, written.text, columns, inSheet), ...inSheetWords(problem, columns) });
  }
  return { rows: rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), elsewhere };
}
