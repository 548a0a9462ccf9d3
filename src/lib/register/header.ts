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

function match(rows: readonly TableRow[], index: number, known: Map<string, RegisterColumn>): LocatedHeader {
  const lower = rows[index]!.cells;
  const upper = index > 0 && rows[index - 1]!.number === rows[index]!.number - 1 ? rows[index - 1]!.cells : [];
  const cellIndex = new Map<string, number>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  const width = Math.max(lower.length, upper.length);
  for (let cell = 0; cell < width; cell += 1) {
    const below = textOf(lower[cell]);
    const above = textOf(upper[cell]);
    const column = columnOf(known, below, above);
    if (column) {
      if (cellIndex.has(column.key)) repeated.push(column.header);
      else cellIndex.set(column.key, cell);
    } else if (below) ignored.push(below);
  }
  return { headerIndex: index, cellIndex, ignored, repeated };
}

/** The header row: of the first rows, the one that names the most register columns; undefined when none names two. */
export function locateHeader(rows: readonly TableRow[], columns: readonly RegisterColumn[]): LocatedHeader | undefined {
  const known = spellings(columns);
  let best: LocatedHeader | undefined;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const found = match(rows, index, known);
    if (!best || found.cellIndex.size > best.cellIndex.size) best = found;
  }
  return best && best.cellIndex.size >= 2 ? best : undefined;
}
