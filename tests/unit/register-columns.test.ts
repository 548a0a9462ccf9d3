import { describe, expect, it } from 'vitest';
import { headerKey, locateHeader, type TableRow } from '@/lib/register/header';
import { helpText, ID_COLUMN, keptFields, registerColumns } from '@/lib/register/columns';
import { collectionJsonSchemas, type JsonNode } from '@/lib/schema/json-schema';
import { HONOURS, SERIES } from '@/lib/schema/word-lists';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];

/** Every value path of a schema an editor types (objects opened, lists whole). */
function leafPaths(node: JsonNode, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const at = prefix ? `${prefix}.${key}` : key;
    return child.type === 'object' && child.properties && !child.reference ? leafPaths(child, at) : [at];
  });
}

describe('register columns, read from the schemas', () => {
  it.each(REGISTER_NAMES)('%s: every field is a column or left to the files, none twice', (collection) => {
    const columns = registerColumns(collection);
    const covered = new Set(columns.map((column) => column.path.join('.')));
    const kept = keptFields(collection);
    for (const path of leafPaths(collectionJsonSchemas()[collection])) {
      expect(covered.has(path) || kept.includes(path), path).toBe(true);
    }
    expect(new Set(columns.map((column) => headerKey(column.header))).size).toBe(columns.length);
    expect(columns[0]).toBe(ID_COLUMN);
  });

  it('photos stay in the files: a sheet cannot hold a photo', () => {
    expect(keptFields('merchants')).toEqual(['photos']);
  });

  it("required columns are the schema's required fields, inside nothing optional", () => {
    const required = (collection: RegisterCollection) => registerColumns(collection).filter((column) => column.required).map((column) => column.key);
    expect(required('merchants')).toEqual(['name', 'summary.zh', 'source.source']);
    expect(required('activities')).toEqual(['title', 'series', 'summary.zh', 'source.source']);
  });

  it('one column per honour, in the word table order, and the series as a drop-down of the word table', () => {
    const honours = registerColumns('merchants').filter((column) => column.kind === 'keyed');
    expect(honours.map((column) => column.keyed!.word)).toEqual(HONOURS.map((word) => word.value));
    const series = registerColumns('activities').find((column) => column.key === 'series')!;
    expect(series.options!.map((option) => option.value)).toEqual(SERIES.map((word) => word.value));
  });

  it('names a reference column by its label and points it at its collection', () => {
    const market = registerColumns('merchants').find((column) => column.key === 'place.market')!;
    expect([market.header, market.kind, market.reference]).toEqual(['市场', 'reference', 'markets']);
    const merchants = registerColumns('activities').find((column) => column.key === 'merchants')!;
    expect([merchants.header, merchants.kind]).toEqual(['相关商户', 'reference-list']);
  });

  it("the help row says what to write, required first, from the field's description", () => {
    const hours = registerColumns('merchants').find((column) => column.key === 'openingHours')!;
    expect(helpText(hours)).toContain('如 每天9:00–18:00');
    const name = registerColumns('merchants').find((column) => column.key === 'name')!;
    expect(helpText(name)).toMatch(/^必填。/);
  });
});

const row = (number: number, ...cells: (string | undefined)[]): TableRow => ({ number, cells });

describe('finding the header in a sheet as the office keeps it', () => {
  const columns = registerColumns('merchants');

  it('below a title row, in any column order, with full-width brackets, spaces and * marks', () => {
    const found = locateHeader(
      [row(1, '示范商户登记表', '示范商户登记表', '示范商户登记表'), row(2, '名称*', '简介 (中文)', '备注', '编号'), row(3, '翠格珠宝', '经营珠宝的党员商户', '', 'cuige-zhubao')],
      columns,
    )!;
    expect(found.headerIndex).toBe(1);
    expect(Object.fromEntries(found.cellIndex)).toEqual({ name: 0, 'summary.zh': 1, id: 3 });
    expect(found.ignored).toEqual(['备注']);
  });

  it('a two-row header: a group merged over its columns, the others merged down', () => {
    const found = locateHeader(
      [row(1, '名称', '店铺位置', '店铺位置', '店铺位置', '简介'), row(2, '名称', '市场', '楼层', '铺位号', '中文'), row(3, '翠格珠宝', '悦园商厦', '2F', 'A12', '经营珠宝')],
      columns,
    )!;
    expect(found.headerIndex).toBe(1);
    expect(Object.fromEntries(found.cellIndex)).toEqual({ name: 0, 'place.market': 1, 'place.floor': 2, 'place.stall': 3, 'summary.zh': 4 });
  });

  it("reads a header worded the office's way by the one column it names a part of, and says so", () => {
    const found = locateHeader([row(1, '序号', '商户名称', '铺位', '所属支部', '简介（中文）'), row(2, '1', '翠格珠宝', 'A12', '悦园商厦党支部', '经营珠宝')], columns)!;
    expect(Object.fromEntries(found.cellIndex)).toEqual({ name: 1, 'place.stall': 2, 'summary.zh': 4 });
    expect(found.guessed).toEqual([
      ['商户名称', '名称'],
      ['铺位', '铺位号'],
    ]);
    // 序号 names no column; 所属支部 is not a part of 所属党支部 nor holds it: ignored, not guessed.
    expect(found.ignored).toEqual(['序号', '所属支部']);
  });

  it('a column that appears twice is named; a sheet without a header is none', () => {
    expect(locateHeader([row(1, '名称', '楼层', '楼层')], columns)!.repeated).toEqual(['楼层']);
    expect(locateHeader([row(1, '翠格珠宝', '悦园商厦')], columns)).toBeUndefined();
  });
});
