/**
 * What an entry's file holds for each register column, in the form a read cell has (./cells.ts), so a
 * row and its entry compare column by column, and an export writes what an import reads back unchanged.
 */
import { isoDay } from '@/lib/format';
import type { CellData } from './cells';
import type { RegisterColumn } from './columns';

const dayText = (value: unknown) => (value instanceof Date ? isoDay(value) : value === undefined ? undefined : String(value).trim());

function at(data: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** The column's value in an entry's frontmatter (as YAML gives it); an empty list or text is `undefined`. */
export function valueOfEntry(column: RegisterColumn, data: unknown): CellData {
  const value = at(data, column.path);
  switch (column.kind) {
    case 'keyed': {
      const { keyField, valueField, word } = column.keyed!;
      const item = Array.isArray(value) ? (value as Record<string, unknown>[]).find((candidate) => candidate?.[keyField] === word) : undefined;
      if (!item) return undefined;
      const own = valueField ? item[valueField] : undefined;
      return typeof own === 'number' ? own : true;
    }
    case 'day':
    case 'partial-date':
      return dayText(value);
    case 'reference-list':
    case 'text-list':
      return Array.isArray(value) && value.length > 0 ? value.map((item) => String(item)) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : (column.default as boolean | undefined);
    default:
      if (value === undefined || value === null) return undefined;
      return typeof value === 'number' ? value : String(value).trim() || undefined;
  }
}

/**
 * A cell's value as the file holds it: nothing for the schema's default (partyMember: false, which an
 * absent field has) and for an empty list or cell. Two values that are stored alike are the same.
 */
export function storedValue(column: RegisterColumn, value: CellData): CellData {
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (column.default !== undefined && value === column.default) return undefined;
  return value;
}

/** True when a cell's value and an entry's value are the same. */
export function sameValue(column: RegisterColumn, cell: CellData, entry: CellData): boolean {
  return JSON.stringify(storedValue(column, cell) ?? null) === JSON.stringify(storedValue(column, entry) ?? null);
}
