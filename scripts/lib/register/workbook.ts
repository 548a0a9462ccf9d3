/**
 * A register as an .xlsx workbook (exceljs) or a CSV (csv-stringify): the template and every export
 * are this one layout. The sheet: the header row (required columns in red), the help row under it, then
 * the rows; drop-down lists (data validation) for the fixed lists, 是/否 and the names of the markets
 * and branches (kept on a hidden sheet 选项, too long for an inline list), days as date cells.
 * The validations warn rather than refuse, so a name added since the template was made can be typed.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { registerColumns, type RegisterColumn } from '@/lib/register/columns';
import { exampleRow, headerRow, helpRow, type SheetCell } from '@/lib/register/export-rows';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';

/** The hidden sheet holding the drop-down lists of names. */
export const LISTS_SHEET = '选项';

/** Rows a drop-down list reaches below the data: room for new rows. */
const ROOM = 1000;

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E3E1' } } as const;
const REQUIRED_COLOUR = 'FFB3261E';
const HELP_COLOUR = 'FF5F5F5F';

export interface RegisterSheet {
  collection: RegisterCollection;
  rows: readonly SheetCell[][];
  /** The names each reference column offers, by collection. */
  lists: Readonly<Record<string, readonly string[]>>;
  /** The template's example row after the help row. */
  example?: boolean;
}

/** exceljs keeps a sheet's validations by range at runtime; its type declarations leave the property out. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** The sheet's value for a cell: a day as a date cell (UTC midnight, how Excel's dates read back). */
function sheetValue(column: RegisterColumn, value: SheetCell): ExcelJS.CellValue {
  if (column.kind === 'day' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  // A partial date or a stall number stays text: Excel would make 2019-05 a day and 007 a 7.
  return value ?? null;
}

function validationOf(column: RegisterColumn, listRanges: ReadonlyMap<string, string>): ExcelJS.DataValidation | undefined {
  const warn = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning', errorTitle: column.header } as const;
  switch (column.kind) {
    case 'choice':
      return { type: 'list', formulae: [`"${column.options!.map((option) => option.label).join(',')}"`], ...warn, error: '请从下拉列表中选 Pick from the list' };
    case 'boolean':
      return { type: 'list', formulae: ['"是,否"'], ...warn, error: '请写 是 或 否 Write 是 or 否' };
    case 'reference':
    case 'text': {
      const range = column.list === undefined ? undefined : listRanges.get(column.list);
      return range ? { type: 'list', formulae: [range], ...warn, error: '不在列表中：请先在网站内容中新建它 Not in the list' } : undefined;
    }
    case 'integer':
      return column.minimum !== undefined && column.maximum !== undefined
        ? { type: 'whole', operator: 'between', formulae: [column.minimum, column.maximum], ...warn, error: `应为 ${column.minimum} 到 ${column.maximum} 的整数` }
        : undefined;
    default:
      return undefined;
  }
}

/** The workbook of a register: its sheet, and the hidden sheet of names. */
export function registerWorkbook({ collection, rows, lists, example = false }: RegisterSheet): ExcelJS.Workbook {
  const columns = registerColumns(collection);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '豫园小商品市场党建网站';
  // Fixed, so the template made twice is the same workbook.
  workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet(REGISTERS[collection].sheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });

  sheet.addRow(headerRow(columns));
  sheet.addRow(helpRow(columns));
  const data = [...(example ? [exampleRow(columns, lists)] : []), ...rows];
  for (const cells of data) sheet.addRow(columns.map((column, index) => sheetValue(column, cells[index])));

  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    // Wide enough for the header; the id and the name (the first two) for a whole id or shop name.
    sheetColumn.width = index < 2 ? 22 : Math.min(40, Math.max(12, column.header.length * 2 + 2));
    if (column.kind === 'day') sheetColumn.numFmt = 'yyyy-mm-dd';
    if (column.kind === 'text' || column.kind === 'partial-date' || column.kind === 'id') sheetColumn.numFmt = '@';
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, index) => {
    cell.fill = HEADER_FILL;
    if (columns[index - 1]!.required) cell.font = { bold: true, color: { argb: REQUIRED_COLOUR } };
  });
  const help = sheet.getRow(2);
  help.font = { italic: true, color: { argb: HELP_COLOUR }, size: 9 };
  help.alignment = { wrapText: true, vertical: 'top' };
  help.height = 64;
  if (example) sheet.getRow(3).font = { italic: true, color: { argb: HELP_COLOUR } };

  // The names of each referenced collection, one column each on the hidden sheet.
  const listRanges = new Map<string, string>();
  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  Object.entries(lists).forEach(([collectionName, names], index) => {
    const letter = columnLetter(index);
    listSheet.getCell(`${letter}1`).value = collectionName;
    names.forEach((name, row) => (listSheet.getCell(`${letter}${row + 2}`).value = name));
    if (names.length > 0) listRanges.set(collectionName, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${names.length + 1}`);
  });

  const lastRow = 2 + data.length + ROOM;
  columns.forEach((column, index) => {
    const validation = validationOf(column, listRanges);
    if (validation) (sheet as WithValidations).dataValidations.add(`${columnLetter(index)}3:${columnLetter(index)}${lastRow}`, validation);
  });
  return workbook;
}

/** The register as CSV in UTF-8 with a BOM (without it Excel on Windows reads UTF-8 as GBK): header and rows. */
export function registerCsv(collection: RegisterCollection, rows: readonly SheetCell[][]): string {
  return `\uFEFF${stringify([headerRow(registerColumns(collection)), ...rows.map((cells) => cells.map((cell) => cell ?? ''))], { record_delimiter: 'windows' })}`;
}

/** Writes the register to a .xlsx or .csv file, by its extension. */
export async function writeRegisterFile(file: string, sheet: RegisterSheet): Promise<void> {
  if (/\.csv$/i.test(file)) writeFileSync(file, registerCsv(sheet.collection, sheet.rows));
  else if (/\.xlsx$/i.test(file)) await registerWorkbook(sheet).xlsx.writeFile(file);
  else throw new Error(`只能导出为 .xlsx 或 .csv（export to .xlsx or .csv）：${file}`);
}
