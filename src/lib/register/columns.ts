/**
 * The columns of a register (台账) sheet, read from the collection's schema as JSON Schema
 * (src/lib/schema/json-schema.ts): one column per value an editor types, in schema order, its header
 * the field's label, its help row the field's description. Nothing here names a field of a collection:
 * - an object (place, summary, a map point, a citation, a consent record) gives a column per key;
 * - a list of ids or short texts is one column, its items separated by 、;
 * - a list of items keyed by a fixed word (honours: kind + year) gives one column per word, the cell
 *   holding the item's year, or 是 when it has none;
 * - photos and other lists of objects stay in the files (the form editor adds them): `keptFields`.
 */
import { collectionJsonSchemas, labelOf, type JsonNode } from '@/lib/schema/json-schema';
import { selectOptions, type SelectOption } from '@/lib/schema/word-options';
import type { CollectionName, RegisterCollection } from '@/lib/sections';

export type ColumnKind =
  | 'id'
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'day'
  | 'partial-date'
  | 'reference'
  | 'reference-list'
  | 'text-list'
  | 'keyed';

export interface RegisterColumn {
  /** The column's key, stable across header wording: the field path (place.market), or honours[共产党员示范岗]. */
  key: string;
  /** Where the value is in the entry's data. */
  path: readonly string[];
  header: string;
  /** The help row: what to write, from the field's description. */
  help: string;
  /** True when a new entry needs it: required itself, and inside nothing optional. */
  required: boolean;
  kind: ColumnKind;
  /** A fixed list's values with their Chinese labels (the cell shows the label). */
  options?: readonly SelectOption[];
  /** The collection an id (or a list of ids) points at; the cell shows the entry's name. */
  reference?: CollectionName;
  /** The drop-down list of names the sheet offers: a collection's names, or the site's source ids (`sources`). */
  list?: string;
  /** For a keyed list: the item key and value fields, and this column's word. */
  keyed?: { keyField: string; valueField?: string; word: string };
  minimum?: number;
  maximum?: number;
  /** The schema's default, which an absent field has (partyMember: false). */
  default?: unknown;
}

/** The id column: the entry's file name, which matches a row to its entry. */
export const ID_COLUMN: RegisterColumn = {
  key: 'id',
  path: [],
  header: '编号',
  help: '文件名（不带 .md），由系统生成：新增的一行留空；已有的一行不要改。写“示例”的行导入时跳过',
  required: false,
  kind: 'id',
};

/** The format marker of a citation's source id (src/lib/schema/pieces.ts), and the list that offers them. */
const SOURCE_ID = 'source-id';
export const SOURCES_LIST = 'sources';

/** A cell whose id column starts with this is the template's example row, never imported. */
export const EXAMPLE_MARK = '示例';

const containsImage = (node: JsonNode): boolean =>
  node.format === 'image' || Object.values(node.properties ?? {}).some(containsImage) || (node.items ? containsImage(node.items) : false);

/** Where a list's items are keyed by a fixed word: the required enum key, and the number beside it if any. */
function keyedList(item: JsonNode): { keyField: string; valueField?: string; words: readonly (string | number)[] } | undefined {
  const entries = Object.entries(item.properties ?? {});
  const key = entries.find(([name, node]) => node.enum && item.required?.includes(name));
  if (!key) return undefined;
  const value = entries.find(([, node]) => node.type === 'integer' || node.type === 'number');
  return { keyField: key[0], valueField: value?.[0], words: key[1].enum! };
}

function scalarKind(node: JsonNode): ColumnKind | undefined {
  if (node.reference) return 'reference';
  if (node.format === 'day') return 'day';
  if (node.format === 'partial-date') return 'partial-date';
  if (node.enum) return 'choice';
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'integer') return 'integer';
  if (node.type === 'number') return 'number';
  if (node.type === 'string') return 'text';
  return undefined;
}

/** What to write in a column of this kind, said for a sheet: the field's description where it says it, else the kind's own words. */
function sheetHelp(kind: ColumnKind | 'source-id', description: string): string {
  switch (kind) {
    case 'reference':
      return '从下拉列表中选（写名称）';
    case 'source-id':
      return '从下拉列表中选：网站数据（site.yaml）列出的来源编号，如 yuyuan-case-2018';
    case 'reference-list':
      return '写名称，多个用顿号“、”隔开';
    case 'boolean':
      return '是 或 否';
    case 'choice':
      return '从下拉列表中选';
    case 'day':
      return `${description}；也可写 2026/3/10 或 2026年3月10日`;
    case 'text-list':
      return `${description.replace(/\[([^\]]*)\]/g, '$1')}；多项用顿号“、”隔开`;
    default:
      return description;
  }
}

/** The text of the template's help row for a column (the import skips a row of these). */
export function helpText(column: RegisterColumn): string {
  return `${column.required ? '必填。' : ''}${column.help}`;
}

function bounds(node: JsonNode): Pick<RegisterColumn, 'minimum' | 'maximum'> {
  const minimum = node.minimum ?? node.exclusiveMinimum;
  const maximum = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
  return { ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) };
}

interface Walk {
  columns: RegisterColumn[];
  kept: string[];
  /** Each column's ancestors' labels (place → 店在哪里), to tell apart two columns of one label. */
  ancestors: Map<RegisterColumn, string[]>;
}

/**
 * Headers made unique: a label two columns share (来源编号 of a figure's citation and of the entry's)
 * is prefixed with the nearest ancestor labels that tell them apart (党员人数：来源编号).
 */
function uniqueHeaders(out: Walk): void {
  for (let depth = 1; depth <= 3; depth += 1) {
    const counts = new Map<string, number>();
    for (const column of out.columns) counts.set(column.header, (counts.get(column.header) ?? 0) + 1);
    const repeated = out.columns.filter((column) => counts.get(column.header)! > 1 && (out.ancestors.get(column)?.length ?? 0) >= depth);
    if (repeated.length === 0) return;
    for (const column of repeated) column.header = `${out.ancestors.get(column)!.at(-depth)}：${column.header}`;
  }
}

function walk(object: JsonNode, path: string[], ancestors: string[], required: boolean, out: Walk): void {
  const parentLabel = ancestors.at(-1);
  for (const [name, node] of Object.entries(object.properties ?? {})) {
    const before = out.columns.length;
    addColumns(name, node);
    for (const column of out.columns.slice(before)) if (!out.ancestors.has(column)) out.ancestors.set(column, ancestors);
  }

  function addColumns(name: string, node: JsonNode): void {
    const at = [...path, name];
    const key = at.join('.');
    const isRequired = required && (object.required?.includes(name) ?? false);
    const own = labelOf(node, name);
    // A key of a two-language text is named by its parent: 简介（中文）, 简介（英文）.
    const header = parentLabel && object.format === 'bilingual' ? `${parentLabel}（${name === 'zh' ? '中文' : '英文'}）` : own;
    const description = node.description ?? '';
    const kind = scalarKind(node);
    if (kind) {
      out.columns.push({
        key,
        path: at,
        header,
        help: sheetHelp(node.format === SOURCE_ID ? SOURCE_ID : kind, description),
        required: isRequired,
        kind,
        ...(node.enum ? { options: selectOptions(node.enum, key) } : {}),
        ...(node.reference ? { reference: node.reference, list: node.reference } : {}),
        ...(node.format === SOURCE_ID ? { list: SOURCES_LIST } : {}),
        ...(node.default !== undefined ? { default: node.default } : {}),
        ...bounds(node),
      });
    } else if (node.type === 'object' && node.properties && !containsImage(node)) {
      walk(node, at, [...ancestors, own], isRequired, out);
    } else if (node.type === 'array' && node.items && !containsImage(node.items)) {
      const item = node.items;
      const keyed = item.type === 'object' ? keyedList(item) : undefined;
      if (item.reference) out.columns.push({ key, path: at, header, help: sheetHelp('reference-list', description), required: false, kind: 'reference-list', reference: item.reference });
      else if (item.type === 'string') out.columns.push({ key, path: at, header, help: sheetHelp('text-list', description), required: false, kind: 'text-list' });
      else if (keyed) {
        const options = selectOptions(keyed.words, key);
        const valueNode = keyed.valueField ? item.properties![keyed.valueField]! : undefined;
        for (const option of options) {
          out.columns.push({
            key: `${key}[${option.value}]`,
            path: at,
            header: `${own}：${option.label}`,
            help: valueNode ? `有这项${own}的写${labelOf(valueNode, keyed.valueField!)}；年份不详写“是”；没有就空着` : `有这项${own}写“是”，没有就空着`,
            required: false,
            kind: 'keyed',
            keyed: { keyField: keyed.keyField, ...(keyed.valueField ? { valueField: keyed.valueField } : {}), word: option.value },
            ...(valueNode ? bounds(valueNode) : {}),
          });
        }
      } else out.kept.push(key);
    } else out.kept.push(key);
  }
}

/**
 * A field's description names other fields and stored words as a file has them (date、recurrence、reported;
 * monthly): in the sheet's help row they are its columns' headers and the words' labels.
 */
function inSheetWords(out: Walk): void {
  const words = new Map<string, string>();
  for (const column of out.columns) {
    const top = column.path[0];
    if (top && !words.has(top)) words.set(top, column.header);
    for (const option of column.options ?? []) words.set(option.value, option.label);
  }
  for (const column of out.columns) column.help = column.help.replace(/\b[a-zA-Z]+\b/g, (word) => words.get(word) ?? word);
}

const cache = new Map<RegisterCollection, Walk>();

function walked(collection: RegisterCollection): Walk {
  let found = cache.get(collection);
  if (!found) {
    found = { columns: [ID_COLUMN], kept: [], ancestors: new Map() };
    walk(collectionJsonSchemas()[collection], [], [], true, found);
    uniqueHeaders(found);
    inSheetWords(found);
    cache.set(collection, found);
  }
  return found;
}

/** The register's columns: the id, then every field an editor types, in schema order. */
export function registerColumns(collection: RegisterCollection): readonly RegisterColumn[] {
  return walked(collection).columns;
}

/** The fields the sheet leaves to the files (photos): an import keeps them as they are. */
export function keptFields(collection: RegisterCollection): readonly string[] {
  return walked(collection).kept;
}
