/**
 * A register's rows as a sheet shows them: the header, the help row, the template's example row, and
 * one row per entry in the template's columns, so that importing an export changes nothing.
 */
import { cellOf, type ReferenceNames } from './cells';
import { EXAMPLE_MARK, helpText, type RegisterColumn } from './columns';
import { valueOfEntry } from './entry-values';
import type { RegisterEntry } from './plan';

export type SheetCell = string | number | undefined;

/** One row per entry, in the columns' order; the id in the first. */
export function entryRows(columns: readonly RegisterColumn[], entries: readonly RegisterEntry[], names: ReferenceNames): SheetCell[][] {
  return entries.map((entry) => columns.map((column) => (column.kind === 'id' ? entry.id : cellOf(column, valueOfEntry(column, entry.data), names))));
}

export function headerRow(columns: readonly RegisterColumn[]): string[] {
  return columns.map((column) => column.header);
}

export function helpRow(columns: readonly RegisterColumn[]): string[] {
  return columns.map(helpText);
}

/** The example a field's description gives (“经营类别，如 珠宝、玉器” → 珠宝). */
function exampleOf(help: string): string | undefined {
  return /如\s*([^，；。（、,;]+)/.exec(help)?.[1]?.trim();
}

/**
 * The template's example row, marked in its id cell so an import skips it: each field's own example
 * from its description, the first word of a fixed list, the first name of a drop-down list.
 */
export function exampleRow(columns: readonly RegisterColumn[], lists: Readonly<Record<string, readonly string[]>>): SheetCell[] {
  let firstKeyed = true;
  return columns.map((column) => {
    switch (column.kind) {
      case 'id':
        return `${EXAMPLE_MARK}（导入时跳过）`;
      case 'choice':
        return column.required ? column.options![0]!.label : undefined;
      case 'reference':
        return lists[column.list!]?.[0];
      case 'boolean':
        return '是';
      case 'keyed':
        return firstKeyed ? ((firstKeyed = false), '是') : undefined;
      case 'number':
      case 'integer': {
        const example = exampleOf(column.help);
        return example === undefined ? undefined : Number(example);
      }
      default:
        return (column.list ? lists[column.list]?.[0] : undefined) ?? exampleOf(column.help) ?? (column.required ? `示例${column.header}` : undefined);
    }
  });
}
