import { describe, expect, it } from 'vitest';
import { cellOf, halfWidth, readCell, splitNames, type CellResult, type ReferenceNames } from '@/lib/register/cells';
import { registerColumns, type RegisterColumn } from '@/lib/register/columns';

const MARKETS = new Map([['yueyuan-shangsha', '悦园商厦']]);
const STORIES = new Map([
  ['jinpai', '“金牌、银牌不如党员示范牌”'],
  ['feng', '冯锦莱：十八年守在市场党建一线'],
]);
const TABLES: Record<string, Map<string, string>> = { markets: MARKETS, stories: STORIES, branches: new Map([['yueyuan-zhibu', '悦园商厦党支部']]) };
const names: ReferenceNames = {
  nameOf: (collection, id) => TABLES[collection]?.get(id),
  idOf: (collection, text) => [...(TABLES[collection] ?? [])].find(([id, name]) => name === text || id === text)?.[0],
  names: (collection) => [...(TABLES[collection]?.values() ?? [])],
};

const column = (collection: 'merchants' | 'activities', header: string): RegisterColumn => {
  const found = registerColumns(collection).find((candidate) => candidate.header === header);
  if (!found) throw new Error(`no column ${header}`);
  return found;
};
const value = (result: CellResult) => ('value' in result ? result.value : `problem: ${result.problem.zh}`);

describe('a register cell as the office types it', () => {
  const verified = column('merchants', '核实日期');

  it.each([
    ['an Excel date cell', new Date(Date.UTC(2026, 2, 10))],
    ['a serial day number (a date format exceljs does not know)', 46091],
    ['2026-03-10', '2026-03-10'],
    ['2026/3/10', '2026/3/10'],
    ['2026.3.10', '2026.3.10'],
    ['2026年3月10日', '2026年3月10日'],
    ['full-width digits', '２０２６年３月１０日'],
    ['a time after the day', '2026/3/10 0:00:00'],
    ['spaces around it', ' 2026-3-10\u3000'],
  ])('reads a day written as %s', (_, raw) => {
    expect(value(readCell(verified, raw, names))).toBe('2026-03-10');
  });

  it('says what to write for a day it cannot read', () => {
    const result = readCell(verified, '三月十日', names);
    expect('problem' in result && result.problem.zh).toContain('三月十日');
    expect('fix' in result && result.fix.zh).toContain('2026/3/10');
  });

  it('refuses a day that does not exist, as the schema would', () => {
    expect(value(readCell(verified, '2026/2/30', names))).toBe('problem: 日期“2026-02-30”不存在');
  });

  it('reads a year or year-month for a partial date', () => {
    const since = column('activities', '开始年月');
    expect(value(readCell(since, 2019, names))).toBe('2019');
    expect(value(readCell(since, '2019年5月', names))).toBe('2019-05');
    expect(value(readCell(since, '2019/5', names))).toBe('2019-05');
    // A date cell whose format was not read as a date: its serial day.
    expect(value(readCell(since, 43586, names))).toBe('2019-05-01');
  });

  it('makes full-width digits and letters half-width, trims, and says so', () => {
    const floor = column('merchants', '楼层');
    const result = readCell(floor, '２Ｆ\u3000', names);
    expect(value(result)).toBe('2F');
    expect('note' in result && result.note?.zh).toContain('全角');
    expect(readCell(floor, '2F ', names)).toEqual({ value: '2F' });
    // Chinese punctuation is text, not width: left alone.
    expect(value(readCell(column('merchants', '简介（中文）'), '经营玉器，诚信为本。', names))).toBe('经营玉器，诚信为本。');
  });

  it('reads 是/否 and their usual spellings', () => {
    const partyMember = column('merchants', '党员商户');
    expect(['是', '√', 'TRUE', true].map((raw) => value(readCell(partyMember, raw, names)))).toEqual([true, true, true, true]);
    expect(['否', '×', 'false', false].map((raw) => value(readCell(partyMember, raw, names)))).toEqual([false, false, false, false]);
    expect('problem' in readCell(partyMember, '也许', names)).toBe(true);
  });

  it('reads a fixed list by its Chinese label or stored value, and suggests the nearest', () => {
    const frequency = column('activities', '重复周期');
    expect(value(readCell(frequency, '每月一次', names))).toBe('monthly');
    expect(value(readCell(frequency, 'monthly', names))).toBe('monthly');
    const wrong = readCell(frequency, '每月', names);
    expect('problem' in wrong && wrong.problem.zh).toContain('每月一次');
  });

  it('reads a name where the file keeps an id, and an id as it is', () => {
    const market = column('merchants', '市场');
    expect(value(readCell(market, '悦园商厦', names))).toBe('yueyuan-shangsha');
    expect(value(readCell(market, 'yueyuan-shangsha', names))).toBe('yueyuan-shangsha');
    const unknown = readCell(market, '悦园商场', names);
    expect('problem' in unknown && unknown.problem.zh).toContain('是不是“悦园商厦”');
  });

  it('splits a list of names, keeping a name that holds a separator whole', () => {
    const stories = column('activities', '相关故事');
    expect(value(readCell(stories, '“金牌、银牌不如党员示范牌”、冯锦莱：十八年守在市场党建一线', names))).toEqual(['jinpai', 'feng']);
    expect(value(readCell(stories, 'feng；jinpai', names))).toEqual(['feng', 'jinpai']);
    expect(splitNames('甲、乙、丙', (name) => name === '甲、乙')).toEqual(['甲、乙', '丙']);
  });

  it('reads an honour column: a year, 是 for a year not known, empty for none', () => {
    const modelPost = column('merchants', '荣誉称号：共产党员示范岗');
    expect(value(readCell(modelPost, 2018, names))).toBe(2018);
    expect(value(readCell(modelPost, '２０１８年', names))).toBe(2018);
    expect(value(readCell(modelPost, '是', names))).toBe(true);
    expect(value(readCell(modelPost, undefined, names))).toBeUndefined();
    expect('problem' in readCell(modelPost, '优秀', names)).toBe(true);
  });

  it('writes back what it reads: names, 是/否, labels, lists joined with 、', () => {
    for (const [collection, header, raw] of [
      ['merchants', '市场', '悦园商厦'],
      ['merchants', '党员商户', '否'],
      ['activities', '重复周期', '每季度一次'],
      ['activities', '相关故事', '“金牌、银牌不如党员示范牌”、冯锦莱：十八年守在市场党建一线'],
      ['merchants', '荣誉称号：和谐商户', '是'],
    ] as const) {
      const target = column(collection, header);
      const read = readCell(target, raw, names);
      expect(cellOf(target, 'value' in read ? read.value : undefined, names)).toBe(raw);
    }
  });

  it('halfWidth changes only digits, Latin letters and spaces', () => {
    expect(halfWidth('Ａ区１２号（东）\u3000')).toBe('A区12号（东） ');
  });
});
