/**
 * Reads a register (台账) spreadsheet as the office saves it — an .xlsx from Excel or WPS, a CSV in
 * whatever encoding Excel wrote, or Excel's “Unicode 文本” — into rows of plain cell values, with the
 * row numbers Excel and WPS show. It only reads: strings come out exactly as typed (full-width digits,
 * trailing spaces and all), numbers as numbers, date cells as Dates; src/lib/register normalises them.
 *
 * exceljs reads the .xlsx, after two repairs of what it misreads in files from Chinese Excel and WPS
 * (repairForExceljs): dates styled with the zh-CN built-in formats (numFmtId 27–36, 50–58, which it
 * does not know) and overlapping merged ranges (which it refuses).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { formatBilingual } from '../../../src/lib/content/problems.ts';

export type CellValue = string | number | boolean | Date | undefined;

export interface SheetRow {
  /** 1-based row number as Excel/WPS shows it (for CSV: the record's number, 1 = first line) */
  number: number;
  /** cells[0] is column A */
  cells: CellValue[];
}

export interface ReadSheet {
  /** worksheet name; undefined for CSV */
  name?: string;
  rows: SheetRow[];
  /** for CSV: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' */
  encoding?: string;
}

// ---------------------------------------------------------------------------------------------------
// Files and errors

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt']);

/** Formats people pick that this reader cannot open, with the program that saves them as .xlsx. */
const SAVE_AS_FROM: Record<string, { zh: string; en: string }> = {
  '.xls': { zh: 'Excel 或 WPS', en: 'Excel or WPS' },
  '.xlsb': { zh: 'Excel', en: 'Excel' },
  '.et': { zh: 'WPS', en: 'WPS' },
  '.ett': { zh: 'WPS', en: 'WPS' },
  '.ods': { zh: 'WPS 或 LibreOffice', en: 'WPS or LibreOffice' },
  '.numbers': { zh: 'Numbers（“文件 → 导出为”）', en: 'Numbers (File → Export To)' },
};

/** One Error in the project's bilingual form: 中文（English）：detail. */
function sheetError(zh: string, en: string, detail: string, cause?: unknown): Error {
  return new Error(formatBilingual({ zh, en, detail }), cause === undefined ? undefined : { cause });
}

function unsupported(fileName: string, extension: string): Error {
  const from = SAVE_AS_FROM[extension] ?? { zh: 'Excel 或 WPS', en: 'Excel or WPS' };
  const shown = extension || '（无扩展名）';
  return sheetError(
    `不能读取 ${shown} 文件：请在 ${from.zh} 中把它另存为 Excel 工作簿（.xlsx）或 CSV（逗号分隔）后再导入`,
    `cannot read ${extension || 'a file without an extension'}: save it as an Excel workbook (.xlsx) or as CSV in ${from.en} and import that`,
    fileName,
  );
}

function unreadable(fileName: string, why: { zh: string; en: string }, cause?: unknown): Error {
  const reason = cause instanceof Error ? ` — ${cause.message}` : '';
  return sheetError(why.zh, why.en, `${fileName}${reason}`, cause);
}

const DAMAGED = {
  zh: '无法读取这个表格文件，它可能已损坏：请在 Excel 或 WPS 中打开它，重新另存为 .xlsx 或 CSV 后再导入',
  en: 'cannot read this spreadsheet, it may be damaged: open it in Excel or WPS, save it again as .xlsx or CSV and import that',
};

/** Every worksheet of an .xlsx (in workbook order, hidden sheets left out), or the one table of a .csv/.txt. */
export async function readSheetFile(file: string): Promise<ReadSheet[]> {
  const extension = path.extname(file).toLowerCase();
  // Refused before reading, so a wrong choice of file says so even when the file is also missing.
  if (!WORKBOOK_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension)) throw unsupported(file, extension);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(file, { zh: '无法打开这个文件，请检查路径是否正确', en: 'cannot open the file; check the path' }, error);
  }
  return readSheetBuffer(bytes, file);
}

export async function readSheetBuffer(bytes: Buffer | Uint8Array, fileName: string): Promise<ReadSheet[]> {
  const extension = path.extname(fileName).toLowerCase();
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (WORKBOOK_EXTENSIONS.has(extension)) return readWorkbook(buffer, fileName);
  if (TEXT_EXTENSIONS.has(extension)) return [readDelimited(buffer, fileName)];
  throw unsupported(fileName, extension);
}

// ---------------------------------------------------------------------------------------------------
// Rows, whatever the format

const isBlank = (cell: CellValue) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** A row as kept: holes filled, trailing empty cells dropped; undefined when nothing in it is written. */
function keptRow(number: number, sparse: CellValue[]): SheetRow | undefined {
  // Array.from turns the holes of a sparse array (cells never written) into undefined.
  const cells = Array.from(sparse);
  if (cells.every(isBlank)) return undefined;
  while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
  return { number, cells };
}

// ---------------------------------------------------------------------------------------------------
// .xlsx

/**
 * Worksheet parts exceljs need not read for values; skipping them also skips its crashes on them (a
 * hyperlink whose relationship is missing, a drawing without anchors). A linked cell keeps its text.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'tableParts', 'hyperlinks', 'headerFooter', 'rowBreaks'];

async function readWorkbook(bytes: Buffer, fileName: string): Promise<ReadSheet[]> {
  assertZip(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    const repaired = await repairForExceljs(bytes);
    // exceljs declares its own Buffer type (an ArrayBuffer); it takes Node's Buffer, as its docs show.
    await workbook.xlsx.load(repaired as unknown as Parameters<ExcelJS.Xlsx['load']>[0], { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw unreadable(fileName, DAMAGED, error);
  }
  // Hidden sheets hold the lists behind drop-downs and old copies, not what the office sees as the register.
  return workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden').map(readWorksheet);
}

/** An .xlsx is a zip; an .xls renamed to .xlsx (or a workbook with an opening password) is an OLE2 file. */
function assertZip(bytes: Buffer, fileName: string): void {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return;
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw unreadable(fileName, {
      zh: '这个文件其实是旧的 .xls 格式，或设置了打开密码：请在 Excel 或 WPS 中取消密码，另存为 .xlsx 或 CSV 后再导入',
      en: 'this file is really an old .xls, or it has an opening password: remove the password in Excel or WPS, save it as .xlsx or CSV and import that',
    });
  }
  throw unreadable(fileName, DAMAGED);
}

function readWorksheet(sheet: ExcelJS.Worksheet): ReadSheet {
  const rows: SheetRow[] = [];
  // Without includeEmpty, exceljs skips rows whose cells are all empty, such as rows that only carry a style.
  sheet.eachRow((row) => {
    const cells: CellValue[] = [];
    // A cell inside a merged range reads its master's value in exceljs (a Merge cell's value is the master's).
    row.eachCell((cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    const kept = keptRow(row.number, cells);
    if (kept) rows.push(kept);
  });
  return { name: sheet.name, rows };
}

/** The value a cell shows, from exceljs's value shapes (formula, rich text, hyperlink, error objects). */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value !== 'object') return undefined;
  if ('richText' in value) return cellValue((value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join(''));
  // A formula (shared ones too) shows its cached result; a file saved by Excel always has it.
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result);
  // Only if hyperlinks are read (IGNORED_NODES leaves them out): the text the cell shows.
  if ('hyperlink' in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
  // #N/A, #REF! and the other errors: nothing was entered there.
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Repairs of the .xlsx before exceljs reads it

/**
 * The zh-CN built-in number formats (ECMA-376 Part 1, 18.8.30), all dates or times. A file refers to
 * them by id alone; exceljs knows only the locale-neutral built-ins (14, 22, …), so without these its
 * date cells in 2026年3月12日 style would come out as serial numbers.
 */
const ZH_CN_DATE_FORMATS: Record<number, string> = (() => {
  const yearMonth = 'yyyy"年"m"月"';
  const monthDay = 'm"月"d"日"';
  const time = 'h"时"mm"分"';
  const seconds = 'h"时"mm"分"ss"秒"';
  return {
    27: yearMonth, 28: monthDay, 29: monthDay, 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: time, 33: seconds,
    34: `上午/下午${time}`, 35: `上午/下午${seconds}`, 36: yearMonth, 50: yearMonth, 51: monthDay, 52: yearMonth,
    53: monthDay, 54: monthDay, 55: `上午/下午${time}`, 56: `上午/下午${seconds}`, 57: yearMonth, 58: monthDay,
  };
})();

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/** The file with the entries exceljs misreads rewritten; the same bytes when none needs it. */
async function repairForExceljs(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const repairs: [string, (xml: string) => string][] = [['xl/styles.xml', defineLocaleDateFormats]];
  for (const name of Object.keys(zip.files)) if (WORKSHEET_PART.test(name)) repairs.push([name, dropOverlappingMerges]);
  let changed = false;
  for (const [name, repair] of repairs) {
    const entry = zip.file(name);
    if (!entry) continue;
    const xml = await entry.async('string');
    const repaired = repair(xml);
    if (repaired === xml) continue;
    zip.file(name, repaired);
    changed = true;
  }
  // Stored, not compressed: exceljs unzips it again at once.
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : bytes;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** styles.xml with a <numFmt> for each zh-CN date format its cell styles use by id without defining it. */
function defineLocaleDateFormats(xml: string): string {
  const ids = (pattern: RegExp) => new Set([...xml.matchAll(pattern)].map((match) => Number(match[1])));
  const defined = ids(/<numFmt\b[^>]*\bnumFmtId=["'](\d+)["']/g);
  const used = ids(/<xf\b[^>]*\bnumFmtId=["'](\d+)["']/g);
  const missing = [...used].filter((id) => ZH_CN_DATE_FORMATS[id] !== undefined && !defined.has(id));
  if (missing.length === 0) return xml;
  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(ZH_CN_DATE_FORMATS[id]!)}"/>`).join('');
  // exceljs reads <numFmts> without checking its count, so the existing count attribute can stay.
  if (/<numFmts\b[^>]*\/>/.test(xml)) return xml.replace(/<numFmts\b[^>]*\/>/, `<numFmts>${entries}</numFmts>`);
  if (/<numFmts\b[^>]*>/.test(xml)) return xml.replace(/<numFmts\b[^>]*>/, (open) => open + entries);
  return xml.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts>${entries}</numFmts>`);
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/** A1:C2 as a box; undefined for anything else. */
function rangeBox(ref: string): Box | undefined {
  const match = CELL_RANGE.exec(ref);
  if (!match) return undefined;
  const [, left, top, right = left, bottom = top] = match;
  const box = { top: Number(top), left: columnNumber(left!), bottom: Number(bottom), right: columnNumber(right!) };
  return { top: Math.min(box.top, box.bottom), left: Math.min(box.left, box.right), bottom: Math.max(box.top, box.bottom), right: Math.max(box.left, box.right) };
}

const overlaps = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const MERGE_CELL = /<mergeCell\b[^>]*\bref=["']([^"']*)["'][^>]*\/>/g;

/**
 * A worksheet without the merged ranges that overlap an earlier one (or cannot be read): WPS and
 * some exporters write such duplicates, Excel opens the file anyway, and exceljs throws
 * “Cannot merge already merged cells”. The first range wins, as in Excel's repair.
 */
function dropOverlappingMerges(xml: string): string {
  const kept: Box[] = [];
  let dropped = false;
  const repaired = xml.replace(MERGE_CELL, (tag, ref: string) => {
    const box = rangeBox(ref);
    if (box && !kept.some((other) => overlaps(other, box))) {
      kept.push(box);
      return tag;
    }
    dropped = true;
    return '';
  });
  return dropped ? repaired : xml;
}

// ---------------------------------------------------------------------------------------------------
// .csv and .txt

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const startsWith = (bytes: Buffer, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/**
 * The text and the encoding it was in. Excel writes “CSV UTF-8” with a BOM, “Unicode 文本” as UTF-16 LE
 * with a BOM, and plain “CSV（逗号分隔）” in the system's code page: GB18030/GBK on a Chinese Windows.
 * Bytes that are not valid UTF-8 are taken as GB18030 (a superset of GBK).
 */
function decodeText(bytes: Buffer, fileName: string): { text: string; encoding: string } {
  if (startsWith(bytes, UTF8_BOM)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, UTF16BE_BOM)) {
    throw unreadable(fileName, {
      zh: '这个文件是 UTF-16 BE 编码：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV UTF-8 后再导入',
      en: 'this file is in UTF-16 BE: save it as .xlsx or CSV UTF-8 in Excel or WPS and import that',
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * Comma, tab or semicolon: whichever the first line has most of outside quotes (a tie goes to the
 * comma). A first line with none, such as a title typed alone, defers to the next line.
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  const found = () => [...counts.values()].some((count) => count > 0);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if ((char === '\n' || char === '\r') && found()) break;
    else if (counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best), ',');
}

/** Excel's own hint line `sep=;` names the delimiter; Excel does not show it as a row. */
const SEPARATOR_LINE = /^sep=(.)\r?\n/i;

function readDelimited(bytes: Buffer, fileName: string): ReadSheet {
  const { text, encoding } = decodeText(bytes, fileName);
  const hint = SEPARATOR_LINE.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  let records: string[][];
  try {
    // relax_quotes: a quote inside an unquoted cell (5"铺) is kept, as Excel keeps it.
    records = parse(body, { delimiter: hint ? hint[1]! : detectDelimiter(body), relax_column_count: true, relax_quotes: true });
  } catch (error) {
    throw unreadable(fileName, {
      zh: '无法读取这个 CSV 文件，可能有未配对的引号：请在 Excel 或 WPS 中打开它，另存为 .xlsx 或 CSV 后再导入',
      en: 'cannot read this CSV, perhaps a quote is not closed: open it in Excel or WPS, save it as .xlsx or CSV and import that',
    }, error);
  }
  const rows = records
    .map((record, index) => keptRow(index + 1, record.map((cell) => (cell === '' ? undefined : cell))))
    .filter((row): row is SheetRow => row !== undefined);
  return { rows, encoding };
}
