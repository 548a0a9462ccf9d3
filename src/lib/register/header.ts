/**
 * Where a register's columns are in a sheet as the office keeps it: a title row above the header is
 * allowed, a header of two rows (店铺位置 merged over 市场, 楼层, 铺位号), headers typed with
 * full-width brackets, spaces or a * for required, columns in any order, and columns the register does
 * not have (备注), which are ignored and named in the report.
 */
import { halfWidth, type RawCell } from './cells';
import type { RegisterColumn } from './columns';

/** How far down a header is looked for. */
const HEADER_SEARCH_ROWS = 12;

export interface TableRow {
  number: number;
  cells: readonly RawCell[];
}

export interface LocatedHeader {
  /** Index in the rows of the (lower) header row; data starts after it. */
  headerIndex: number;
  /** Each found column's index in the cells, by column key. */
  cellIndex: Map<string, number>;
  /** Headers of the sheet that are not register columns. */
  ignored: string[];
  /** Headers that occur twice: which of the two is meant is unclear. */
  repeated: string[];
  /** Headers read as a column by a part of their words (商户名称 → 名称), for the report: [the sheet's, the column's]. */
  guessed: [string, string][];
}

/** A header as compared: no spaces, brackets, required marks or 必填, half-width. */
export function headerKey(text: string): string {
  return halfWidth(text)
    .normalize('NFKC')
    .replace(/[\s*＊:：()（）[\]【】<>《》]/g, '')
    .replace(/必填|选填|可选/g, '')
    .toLowerCase();
}

const textOf = (cell: RawCell) => (typeof cell === 'string' ? cell : cell === undefined ? '' : String(cell)).trim();

/** Each column by every spelling of its header: its header, its key (place.market). */
function spellings(columns: readonly RegisterColumn[]): Map<string, RegisterColumn> {
  const found = new Map<string, RegisterColumn>();
  for (const column of columns) {
    for (const spelling of [column.header, column.key]) found.set(headerKey(spelling), column);
  }
  return found;
}

/** The column a header cell names, trying it alone, then with the header row above it (简介 + 中文 → 简介（中文）). */
function columnOf(known: Map<string, RegisterColumn>, lower: string, upper: string): RegisterColumn | undefined {
  return known.get(headerKey(lower)) ?? known.get(headerKey(upper + lower));
}

/** Longest cell read as a header by a part of its words: a header is short, a cell of text is not. */
const GUESS_AT_MOST = 12;

function match(rows: readonly TableRow[], index: number, known: Map<string, RegisterColumn>, guess = false): LocatedHeader {
  const lower = rows[index]!.cells;
  const upper = index > 0 && rows[index - 1]!.number === rows[index]!.number - 1 ? rows[index - 1]!.cells : [];
  const cellIndex = new Map<string, number>();
  const unknown: [string, number][] = [];
  const repeated: string[] = [];
  const width = Math.max(lower.length, upper.length);
  for (let cell = 0; cell < width; cell += 1) {
    const below = textOf(lower[cell]);
    const above = textOf(upper[cell]);
    const column = columnOf(known, below, above);
    if (column) {
      if (cellIndex.has(column.key)) repeated.push(column.header);
      else cellIndex.set(column.key, cell);
    } else if (below) unknown.push([below, cell]);
  }
  // A header the office words its own way (商户名称, 铺位) is read as the one column it names a part of, or is part of.
  const guessed: [string, string][] = [];
  const ignored: string[] = [];
  for (const [header, cell] of unknown) {
    const key = headerKey(header);
    if (!guess || key.length > GUESS_AT_MOST) {
      ignored.push(header);
      continue;
    }
    const candidates = [...new Set(known.values())].filter(
      (column) => !cellIndex.has(column.key) && column.kind !== 'keyed' && headerKey(column.header).length >= 2 && key.length >= 2 && (key.includes(headerKey(column.header)) || headerKey(column.header).includes(key)),
    );
    if (candidates.length === 1) {
      cellIndex.set(candidates[0]!.key, cell);
      guessed.push([header, candidates[0]!.header]);
    } else ignored.push(header);
  }
  return { headerIndex: index, cellIndex, ignored, repeated, guessed };
}

/**
 * The header row: of the first rows, the one that names the most register columns exactly (then the
 * most with its other headers read by a part of their words); undefined when none names two, one exactly.
 */
export function locateHeader(rows: readonly TableRow[], columns: readonly RegisterColumn[]): LocatedHeader | undefined {
  const known = spellings(columns);
  let best: { found: LocatedHeader; exact: number } | undefined;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const exact = match(rows, index, known).cellIndex.size;
    if (exact === 0) continue;
    const found = match(rows, index, known, true);
    if (!best || exact > best.exact || (exact === best.exact && found.cellIndex.size > best.found.cellIndex.size)) best = { found, exact };
  }
  return best && best.found.cellIndex.size >= 2 ? best.found : undefined;
}
