/**
 * The templates in templates/ are what `npm run templates` makes from the schemas: each is made again
 * here, with the drop-down names the committed file holds (they come from the content, which an editor
 * may change), and compared cell by cell, validation by validation. A schema change without
 * `npm run templates` fails here; a new market in the content does not.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';
import { projectRoot } from '../support/build';
import { templatePath } from '../../scripts/lib/register/export-command';
import { LISTS_SHEET, registerWorkbook } from '../../scripts/lib/register/workbook';

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];

/** What a workbook holds, without the zip's timestamps: sheets, cells with their formats, validations, views. */
function contents(workbook: ExcelJS.Workbook) {
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, font: cell.font };
      }),
    );
    return {
      name: sheet.name,
      state: sheet.state,
      views: sheet.views,
      columns: (sheet.columns ?? []).map((column) => ({ width: column.width, numFmt: column.numFmt })),
      cells,
      validations: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    };
  });
}

/** The names each drop-down list of a workbook offers, from its hidden sheet. */
function listsOf(workbook: ExcelJS.Workbook): Record<string, string[]> {
  const sheet = workbook.getWorksheet(LISTS_SHEET);
  const lists: Record<string, string[]> = {};
  sheet?.columns.forEach((column) => {
    const [title, ...names] = (column.values ?? []).slice(1).map(String);
    if (title) lists[title] = names;
  });
  return lists;
}

describe.each(REGISTER_NAMES)('the %s template', (collection) => {
  it('is the one the schemas make (run npm run templates after changing a schema)', async () => {
    const file = templatePath(projectRoot, collection);
    expect(existsSync(file), file).toBe(true);
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(file);
    const made = new ExcelJS.Workbook();
    await made.xlsx.load(await registerWorkbook({ collection, rows: [], lists: listsOf(committed), example: true }).xlsx.writeBuffer());
    expect(contents(committed)).toEqual(contents(made));
  });

  it('has the header, help and example rows, and drop-down lists for the fixed words and the names', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath(projectRoot, collection));
    const sheet = workbook.getWorksheet(REGISTERS[collection].sheet)!;
    expect(sheet.getCell('A1').value).toBe('编号');
    expect(String(sheet.getCell('A3').value)).toMatch(/^示例/);
    const validations = Object.values((sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model);
    const lists = validations.filter((validation) => validation.type === 'list').map((validation) => String(validation.formulae[0]));
    expect(lists.some((formula) => formula.includes(`'${LISTS_SHEET}'!`))).toBe(true);
    expect(lists).toContain(collection === 'merchants' ? '"是,否"' : '"每月一次,每季度一次,每两年一次"');
    expect(workbook.getWorksheet(LISTS_SHEET)!.state).toBe('hidden');
  });
});
