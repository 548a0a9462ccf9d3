/**
 * One cell of a register as the office types it, read into the value the entry stores, and back. Real
 * sheets carry full-width digits (２Ｆ), trailing and full-width spaces, dates as Excel date cells or as
 * text in four spellings, 是/否 for yes and no, and names where the files keep ids: each is read here,
 * and whatever cannot be read is a problem that says what to write instead.
 */
import { closestMatches } from '@/lib/text/closest';
import { isRealDay } from '@/lib/schema/dates';
import { isoDay } from '@/lib/format';
import type { Bilingual } from '@/lib/content/problems';
import type { RegisterColumn } from './columns';

/** A cell as the sheet reader gives it. */
export type RawCell = string | number | boolean | Date | undefined;

/** A value the entry stores; `undefined` for an empty cell. A keyed cell: the item's value, or true when it has none. */
export type CellData = string | number | boolean | readonly string[] | undefined;

/** The names of the entries a reference column may name, both ways, by collection. */
export interface ReferenceNames {
  nameOf(collection: string, id: string): string | undefined;
  idOf(collection: string, name: string): string | undefined;
  names(collection: string): readonly string[];
}

export type CellResult = { value: CellData; note?: Bilingual } | { problem: Bilingual; fix: Bilingual };

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对']);
const NO = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×', '✗', '不是']);

/** Items of a list cell: 、 as the template says, and the separators people use anyway. */
const LIST_SEPARATOR = /[、，,；;\n]+/;

/**
 * The names in a list cell. A name may hold a separator itself (“金牌、银牌不如党员示范牌”), so the
 * longest run of pieces that is a known name is taken first; a piece no run makes known stays alone.
 */
export function splitNames(text: string, isKnown: (name: string) => boolean): string[] {
  const pieces = text.split(new RegExp(`(${LIST_SEPARATOR.source})`));
  const names: string[] = [];
  for (let start = 0; start < pieces.length; start += 2) {
    let end = start;
    for (let candidate = pieces.length - 1; candidate > start; candidate -= 2) {
      if (isKnown(pieces.slice(start, candidate + 1).join('').trim())) {
        end = candidate;
        break;
      }
    }
    const name = pieces.slice(start, end + 1).join('').trim();
    if (name) names.push(name);
    start = end;
  }
  return names;
}

/** Full-width digits, Latin letters and the ideographic space as their ASCII forms; other characters untouched. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00A0]/g, ' ');
}

/** An Excel serial day number (1900 system) as a day; what a date cell gives when its format is not read as a date. */
function serialDay(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return undefined;
  return isoDay(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

const pad = (part: string) => part.padStart(2, '0');

/** 2026-03-10, 2026/3/10, 2026.3.10, 2026年3月10日 (a time after it is dropped) → 2026-03-10. */
function dayOfText(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  return match ? `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}` : undefined;
}

/** 2019, 2019-05, 2019/5, 2019年5月, or a day → as partialDate stores it. */
function partialDateOfText(text: string): string | undefined {
  const year = /^(\d{4})\s*年?$/.exec(text);
  if (year) return year[1];
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (month) return `${month[1]}-${pad(month[2]!)}`;
  return dayOfText(text);
}

const problem = (zh: string, en: string, fixZh: string, fixEn: string): CellResult => ({ problem: { zh, en }, fix: { zh: fixZh, en: fixEn } });

function numberOf(raw: RawCell): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const text = halfWidth(raw).trim().replace(/[,，]/g, '').replace(/年$/, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : undefined;
}

/** The text of a cell: a number as typed (12, not 12.0), a date cell as its day. */
function textOf(raw: Exclude<RawCell, undefined>): string {
  if (raw instanceof Date) return isoDay(raw);
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  return String(raw);
}

function resolveName(column: RegisterColumn, text: string, names: ReferenceNames): CellResult {
  const target = column.reference!;
  const id = names.idOf(target, text);
  if (id) return { value: id };
  const near = closestMatches(text, names.names(target), 1)[0];
  return problem(
    `找不到“${text}”${near ? `，是不是“${near}”？` : ''}`,
    `no ${target} entry is named "${text}"`,
    `从下拉列表中选，或先在网站内容中新建它`,
    `pick one from the drop-down list, or add it to the content first`,
  );
}

/** Reads one cell for its column; empty cells are `undefined`. Full-width characters made half-width are noted. */
export function readCell(column: RegisterColumn, raw: RawCell, names: ReferenceNames): CellResult {
  if (raw === undefined) return { value: undefined };
  const text = halfWidth(textOf(raw)).trim();
  if (text === '') return { value: undefined };
  const read = readText(column, raw, text, names);
  const widened = typeof raw === 'string' && halfWidth(raw).trim() !== raw.trim();
  return widened && 'value' in read ? { ...read, note: { zh: `全角字符已改为半角：“${raw.trim()}” → “${text}”`, en: 'full-width characters made half-width' } } : read;
}

function readText(column: RegisterColumn, raw: Exclude<RawCell, undefined>, text: string, names: ReferenceNames): CellResult {
  switch (column.kind) {
    case 'id':
    case 'text':
      return { value: text };
    case 'number':
    case 'integer': {
      const value = numberOf(raw);
      return value === undefined ? problem(`“${text}”不是数字`, 'not a number', '只写数字，如 31.227', 'write a number only') : { value };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (typeof raw === 'boolean') return { value: raw };
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return problem(`“${text}”应为 是 或 否`, 'expected 是 (yes) or 否 (no)', '写“是”或“否”', 'write 是 or 否');
    }
    case 'choice': {
      const option = column.options!.find((candidate) => candidate.label === text || candidate.value === text);
      if (option) return { value: option.value };
      const labels = column.options!.map((candidate) => candidate.label);
      const near = closestMatches(text, labels, 1)[0];
      return problem(`“${text}”不在可选范围内${near ? `，是不是“${near}”？` : ''}`, 'not one of the listed values', `从下拉列表中选：${labels.join('、')}`, 'pick one from the drop-down list');
    }
    case 'day': {
      const day = raw instanceof Date ? isoDay(raw) : typeof raw === 'number' ? serialDay(raw) : dayOfText(text);
      const [year, month, date] = (day ?? '').split('-').map(Number);
      if (day && !isRealDay(year!, month!, date!)) return problem(`日期“${day}”不存在`, 'this day does not exist', '请核对月份和日子', 'check the month and day');
      return day ? { value: day } : problem(`日期“${text}”看不懂`, 'not a date', '写成 2026-03-10、2026/3/10 或 2026年3月10日', 'write a date such as 2026-03-10');
    }
    case 'partial-date': {
      // A number past any year is a date cell whose format was not read as a date: its serial day.
      const value = raw instanceof Date ? isoDay(raw) : typeof raw === 'number' && raw > 9999 ? serialDay(raw) : partialDateOfText(text);
      return value ? { value } : problem(`“${text}”不是年份或年月`, 'not a year or year-month', '写成 2019、2019-05 或 2019年5月', 'write 2019 or 2019-05');
    }
    case 'reference':
      return resolveName(column, text, names);
    case 'text-list':
      return { value: text.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean) };
    case 'reference-list': {
      const ids: string[] = [];
      for (const item of splitNames(text, (name) => names.idOf(column.reference!, name) !== undefined)) {
        const found = resolveName(column, item, names);
        if ('problem' in found) return found;
        ids.push(found.value as string);
      }
      return { value: ids };
    }
    case 'keyed': {
      if (YES.has(text.toLowerCase())) return { value: true };
      if (NO.has(text.toLowerCase())) return { value: undefined };
      const value = column.keyed!.valueField ? numberOf(raw) : undefined;
      return value === undefined
        ? problem(`“${text}”看不懂`, 'not understood', column.keyed!.valueField ? '写获评年份（如 2018），年份不详写“是”，没有就空着' : '有就写“是”，没有就空着', 'write the year, 是, or leave it empty')
        : { value };
    }
  }
}

/** The cell an export writes for a stored value: names for ids, 是/否, lists joined with 、. */
export function cellOf(column: RegisterColumn, value: CellData, names: ReferenceNames): string | number | undefined {
  if (value === undefined) return undefined;
  switch (column.kind) {
    case 'boolean':
      return value ? '是' : '否';
    case 'keyed':
      return value === true ? '是' : (value as number);
    case 'choice':
      return column.options!.find((option) => option.value === value)?.label ?? String(value);
    case 'reference':
      return names.nameOf(column.reference!, value as string) ?? (value as string);
    case 'reference-list':
      return (value as readonly string[]).map((id) => names.nameOf(column.reference!, id) ?? id).join('、') || undefined;
    case 'text-list':
      return (value as readonly string[]).join('、') || undefined;
    default:
      return value as string | number;
  }
}
