import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetBuffer, readSheetFile, type CellValue, type ReadSheet, type SheetRow } from '../../scripts/lib/register/read-sheet.ts';
import { buildFixtures, zipParts } from '../fixtures/registers/make-fixtures.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/registers/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;

const HEADERS = ['编号', '名称', '经营类别', '市场', '楼层', '铺位号', '党员商户', '荣誉称号：共产党员示范岗', '所属党支部', '简介（中文）', '核实日期', '来源编号', '来源中的章节'];

/** The register every fixture holds, as the caller reads it after normalising (see `logical`). */
const MERCHANTS = [
  ['', '测试玉器行', '玉器', '悦园商厦', '2F', 'A12', '是', '2018', '悦园商厦党支部', '经营玉器的测试商户，用于检验表格导入。', '2026-03-10', 'yuyuan-case-2018', ''],
  ['cuige-zhubao', '翠格珠宝', '珠宝', '悦园商厦', '', '', '是', '', '悦园商厦党支部', '经营珠宝的党员商户，来源文章列举的五家转型发展党员商户典范之一。', '2026-03-12', 'yuyuan-case-2018', '三（三）坚持目标导向'],
  ['', '测试雨伞铺', '雨具', '悦园商厦', '1F', 'B7', '否', '', '悦园商厦党支部', '经营雨具的测试商户，用于检验表格导入。', '2026-03-15', 'yuyuan-case-2018', ''],
];
const QUOTED_SUMMARY = '经营灯笼的测试商户, 兼营"走马灯"。\r\n用于检验带逗号、引号和换行的单元格。';
const LANTERNS = ['', '测试灯笼店', '灯具', '悦园商厦', '3F', 'C3', '否', '', '悦园商厦党支部', QUOTED_SUMMARY, '2026-03-16', 'yuyuan-case-2018', ''];

/** A stand-in for the caller's normalisation: half-width, trimmed, days as ISO, numbers as text. */
function logical(cell: CellValue): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).replace(/[\uFF10-\uFF19\uFF21-\uFF3A]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).trim();
  const day = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  return day ? `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` : text;
}
const logicalRow = (row: SheetRow) => HEADERS.map((_, col) => logical(row.cells[col]));

/** The rows under the header (the lower one of a two-row header), help rows left out. */
function dataRows(sheet: ReadSheet): SheetRow[] {
  const header = sheet.rows.findLastIndex((row) => row.cells[0] === '编号');
  expect(header, 'a header row whose first cell is 编号').toBeGreaterThanOrEqual(0);
  // The Excel fixture keeps the template's help row under the header (its 名称 help starts 必填).
  return sheet.rows.slice(header + 1).filter((row) => !String(row.cells[1]).startsWith('必填'));
}

const iso = (cell: CellValue) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : `not a Date: ${String(cell)}`);
const byNumber = (sheet: ReadSheet, number: number) => sheet.rows.find((row) => row.number === number)!;

const CASES = [
  { file: 'excel-merchants.xlsx', header: 2, data: [4, 5, 6], encoding: undefined, extra: [] },
  { file: 'wps-merchants.xlsx', header: 2, data: [3, 4, 5], encoding: undefined, extra: [] },
  { file: 'merchants-utf8.csv', header: 1, data: [2, 3, 4], encoding: 'utf-8', extra: [] },
  { file: 'merchants-utf8-bom.csv', header: 1, data: [2, 3, 4], encoding: 'utf-8-bom', extra: [] },
  { file: 'merchants-gb18030.csv', header: 1, data: [2, 3, 4], encoding: 'gb18030', extra: [] },
  { file: 'merchants-utf16.txt', header: 1, data: [2, 3, 4], encoding: 'utf-16le', extra: [] },
  { file: 'merchants-quoted.csv', header: 1, data: [2, 3, 4, 5], encoding: 'utf-8-bom', extra: [LANTERNS] },
];

describe('readSheetFile on every fixture', () => {
  it.each(CASES)('reads the same register from $file', async ({ file, header, data, encoding, extra }) => {
    const [sheet, ...rest] = await readSheetFile(fixture(file));
    expect(sheet!.encoding).toBe(encoding);
    if (encoding) expect(rest).toEqual([]);
    const headerRow = sheet!.rows.findLast((row) => row.cells[0] === '编号')!;
    expect(headerRow.number).toBe(header);
    expect(headerRow.cells).toEqual(HEADERS);
    const rows = dataRows(sheet!);
    expect(rows.map((row) => row.number)).toEqual(data);
    expect(rows.map(logicalRow)).toEqual([...MERCHANTS, ...extra]);
    // Nothing after the table: the trailing empty rows (styled cells, lines of commas) are gone.
    expect(sheet!.rows.at(-1)!.number).toBe(data.at(-1));
  });

  it('regenerates every fixture byte for byte (make-fixtures.ts)', async () => {
    for (const [name, bytes] of await buildFixtures()) expect(readFileSync(fixture(name)).equals(bytes), name).toBe(true);
  });
});

describe('an Excel 365 workbook', () => {
  let sheets: ReadSheet[];
  let sheet: ReadSheet;
  beforeAll(async () => {
    sheets = await readSheetFile(fixture('excel-merchants.xlsx'));
    sheet = sheets[0]!;
  });

  it('gives the visible sheets in workbook order, the hidden list sheet left out', () => {
    expect(sheets.map((each) => each.name)).toEqual(['商户登记表', '填表说明']);
  });

  it('fills the merged title into every cell of its range', () => {
    expect(byNumber(sheet, 1).cells).toEqual(Array(13).fill('豫园小商品市场示范商户登记表'));
  });

  it('keeps row numbers as Excel shows them and drops the styled empty rows', () => {
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads numFmtId 14 dates as Dates and keeps numbers as numbers', () => {
    expect([4, 5, 6].map((number) => iso(byNumber(sheet, number).cells[10]))).toEqual(['2026-03-10', '2026-03-12', '2026-03-15']);
    expect(byNumber(sheet, 4).cells[7]).toBe(2018);
  });

  it('reads rich text, a linked cell, a #N/A formula and shared formulas as what they show', () => {
    const [first, second, third] = [4, 5, 6].map((number) => byNumber(sheet, number).cells) as [CellValue[], CellValue[], CellValue[]];
    expect(first[1]).toBe('测试玉器行');
    expect(first[11]).toBe('yuyuan-case-2018');
    expect(second[7]).toBeUndefined();
    expect([second[11], third[11]]).toEqual(['yuyuan-case-2018', 'yuyuan-case-2018']);
  });
});

describe('a WPS Office workbook', () => {
  let sheets: ReadSheet[];
  let sheet: ReadSheet;
  let first: CellValue[], second: CellValue[], third: CellValue[];
  beforeAll(async () => {
    sheets = await readSheetFile(fixture('wps-merchants.xlsx'));
    sheet = sheets[0]!;
    [first, second, third] = [3, 4, 5].map((number) => byNumber(sheet, number).cells) as [CellValue[], CellValue[], CellValue[]];
  });

  it('returns an untouched sheet with no rows', () => {
    expect(sheets.map((each) => [each.name, each.rows.length])).toEqual([['商户登记表', 5], ['Sheet2', 0]]);
  });

  it('fills a two-row header: 店铺位置 across, the other headers down', () => {
    expect(byNumber(sheet, 1).cells.slice(0, 7)).toEqual(['编号', '名称', '经营类别', '店铺位置', '店铺位置', '店铺位置', '党员商户']);
    expect(byNumber(sheet, 2).cells).toEqual(HEADERS);
  });

  it('reads a custom 年月日 format and the zh-CN built-in numFmtId 31 as Dates, and a typed date as text', () => {
    expect(iso(first[10])).toBe('2026-03-10');
    expect(iso(second[10])).toBe('2026-03-12');
    expect(third[10]).toBe('2026/3/15');
  });

  it('keeps strings exactly as typed: full-width digits and letters, trailing and ideographic spaces', () => {
    expect([first[4], first[5]]).toEqual(['２F', 'Ａ１２']);
    expect(second[1]).toBe('翠格珠宝 ');
    expect(third[1]).toBe('测试雨伞铺\u3000');
  });
});

describe('CSV and Unicode text', () => {
  it('keeps every cell as the text written, a quoted cell with its comma, quotes and line break whole', async () => {
    const [sheet] = await readSheetFile(fixture('merchants-gb18030.csv'));
    expect(sheet!.name).toBeUndefined();
    expect(byNumber(sheet!, 2).cells[7]).toBe('2018');
    expect(byNumber(sheet!, 4).cells[10]).toBe('2026年3月15日');
    const [quoted] = await readSheetFile(fixture('merchants-quoted.csv'));
    expect(byNumber(quoted!, 5).cells[9]).toBe(QUOTED_SUMMARY);
  });

  it('splits on semicolons when the first line uses them, commas inside quotes kept', async () => {
    const [sheet] = await readSheetBuffer(Buffer.from('名称;楼层;简介\n测试玉器行;2F;"玉器, 摆件"\n'), 'semicolons.csv');
    expect(sheet!.rows).toEqual([
      { number: 1, cells: ['名称', '楼层', '简介'] },
      { number: 2, cells: ['测试玉器行', '2F', '玉器, 摆件'] },
    ]);
  });

  it("follows Excel's sep= line and does not count it as a row", async () => {
    const [sheet] = await readSheetBuffer(Buffer.from('sep=;\r\n名称;楼层,铺位\r\n'), 'hinted.csv');
    expect(sheet!.rows).toEqual([{ number: 1, cells: ['名称', '楼层,铺位'] }]);
  });

  it('leaves out blank and whitespace-only lines but keeps the numbers of the rows after them', async () => {
    const [sheet] = await readSheetBuffer(Buffer.from('名称,楼层\n\n ,\u3000\n测试玉器行,\n'), 'gaps.csv');
    expect(sheet!.rows).toEqual([
      { number: 1, cells: ['名称', '楼层'] },
      { number: 4, cells: ['测试玉器行'] },
    ]);
  });
});

/** A bare .xlsx of one sheet (no styles, no shared strings), as some exporters write. */
async function bareXlsx(sheetData: string, mergeCells = ''): Promise<Buffer> {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = (target: string, type: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/${type}" Target="${target}"/></Relationships>`;
  return zipParts([
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
    ['_rels/.rels', rels('xl/workbook.xml', 'officeDocument')],
    ['xl/workbook.xml', `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="导出" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', rels('worksheets/sheet1.xml', 'worksheet')],
    ['xl/worksheets/sheet1.xml', `<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData>${mergeCells}</worksheet>`],
  ]);
}

describe('other workbooks', () => {
  it('reads a workbook in the 1904 date system on the right day', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('1904');
    // 44629 is 2026-03-10 counted from 1904-01-01 (46091 in the 1900 system).
    sheet.getCell('A1').value = 44629;
    sheet.getCell('A1').numFmt = 'yyyy/m/d';
    sheet.getCell('B1').value = new Date(Date.UTC(2026, 2, 12));
    const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const [read] = await readSheetBuffer(bytes, 'mac.xlsx');
    expect(read!.rows[0]!.cells.map(iso)).toEqual(['2026-03-10', '2026-03-12']);
  });

  it('reads inline strings and survives merged ranges that overlap', async () => {
    const bytes = await bareXlsx(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">名称 </t></is></c><c r="C1" t="b"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>测试</t></r><r><t>玉器行</t></r></is></c></row>',
      '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/></mergeCells>',
    );
    const [sheet] = await readSheetBuffer(bytes, 'export.xlsx');
    expect(sheet!.rows).toEqual([
      { number: 1, cells: ['名称 ', '名称 ', true] },
      { number: 2, cells: ['测试玉器行'] },
    ]);
  });
});

describe('files it cannot read', () => {
  const CHINESE = /[\u4e00-\u9fff]/;

  it.each(['台账.xls', '台账.et', '台账.numbers'])('refuses %s, saying in Chinese and English to save it as .xlsx', async (name) => {
    const refusal = readSheetBuffer(Buffer.from('not read'), name);
    await expect(refusal).rejects.toThrow(Error);
    await expect(refusal).rejects.toThrow(CHINESE);
    await expect(refusal).rejects.toThrow(/\.xlsx.*save it as/s);
  });

  it('refuses an unsupported file by name before looking for it', async () => {
    await expect(readSheetFile(fixture('no-such-register.xls'))).rejects.toThrow(/另存为.*\.xlsx/);
  });

  it('says so when an .xlsx is really an .xls, or is damaged, or is missing', async () => {
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readSheetBuffer(ole2, '台账.xlsx')).rejects.toThrow(/\.xls 格式.*really an old \.xls/s);
    await expect(readSheetBuffer(Buffer.from('PK\x03\x04 not a zip'), '台账.xlsx')).rejects.toThrow(/已损坏.*damaged/s);
    await expect(readSheetFile(fixture('no-such-register.xlsx'))).rejects.toThrow(/无法打开.*cannot open/s);
  });
});
