/**
 * The files an import writes: a changed entry is its own file with only the changed fields edited in
 * its frontmatter, through the `yaml` Document API (comments, order, quoting and the Markdown body kept);
 * a new entry is the file `npm run new` would write with the row's values (src/lib/scaffold/template.ts),
 * without its commented-out lines for the fields left empty.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { Day, renderEntry, type FieldValue } from '@/lib/scaffold/template';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';
import type { CellData } from './cells';
import { ID_COLUMN, registerColumns, type RegisterColumn } from './columns';
import { storedValue } from './entry-values';
import type { FieldChange } from './plan';

/** The frontmatter and what follows its closing fence, as written. */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

const TO_STRING = { lineWidth: 0, singleQuote: true } as const;

/** A value as YAML should hold it: a day unquoted (it reads as a date, as in every entry). */
function yamlValue(column: RegisterColumn, value: CellData): unknown {
  return column.kind === 'day' ? new Day(value as string) : value;
}

/** Removes maps left empty by a deletion (place: {} after its last key went). */
function pruneEmpty(doc: Document, path: readonly string[]): void {
  for (let depth = path.length - 1; depth > 0; depth -= 1) {
    const parent = doc.getIn(path.slice(0, depth));
    if (isMap(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, depth));
  }
}

/** Sets or removes one field: a value stored as nothing (the schema's default, partyMember: false) is removed. */
function setField(doc: Document, column: RegisterColumn, value: CellData): void {
  const stored = storedValue(column, value);
  if (stored === undefined) {
    doc.deleteIn(column.path);
    pruneEmpty(doc, column.path);
    return;
  }
  const plain = yamlValue(column, stored);
  const node = plain instanceof Day ? doc.createNode(plain.text) : doc.createNode(plain, { flow: true });
  doc.setIn(column.path, node);
}

/** One item of a keyed list (an honour): added, its value changed or dropped, or removed. */
function setKeyedItem(doc: Document, column: RegisterColumn, value: CellData): void {
  const { keyField, valueField, word } = column.keyed!;
  if (!isSeq(doc.getIn(column.path))) {
    if (value === undefined) return;
    doc.setIn(column.path, doc.createNode([]));
  }
  const seq = doc.getIn(column.path) as YAMLSeq;
  const index = seq.items.findIndex((item) => isMap(item) && item.get(keyField) === word);
  if (value === undefined) {
    if (index >= 0) seq.items.splice(index, 1);
    if (seq.items.length === 0) doc.deleteIn(column.path);
    return;
  }
  if (index < 0) {
    seq.items.push(doc.createNode({ [keyField]: word, ...(valueField && value !== true ? { [valueField]: value } : {}) }, { flow: true }));
  } else if (valueField) {
    if (value === true) doc.deleteIn([...column.path, index, valueField]);
    else doc.setIn([...column.path, index, valueField], value);
  }
}

/** Moves a field the import added to where the schema lists it, after the fields before it in the file. */
function placeInSchemaOrder(doc: Document, key: string, fieldOrder: readonly string[]): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  // A key the library added is a plain string; a parsed one is a Scalar.
  const keyOf = (pair: (typeof map.items)[number]) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  const index = map.items.findIndex((pair) => keyOf(pair) === key);
  if (index < 0) return;
  const [pair] = map.items.splice(index, 1);
  const rank = fieldOrder.indexOf(key);
  const before = map.items.findLastIndex((other) => fieldOrder.indexOf(keyOf(other)) < rank);
  map.items.splice(before + 1, 0, pair!);
}

/** The entry's file with the changes made in its frontmatter; everything else as it was. `fieldOrder`: the schema's fields. */
export function updatedEntryText(text: string, changes: readonly FieldChange[], fieldOrder: readonly string[]): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('the entry has no frontmatter');
  const doc = parseDocument(match[1]!);
  for (const { column, after } of changes) {
    const top = column.path[0]!;
    const added = !doc.has(top);
    if (column.kind === 'keyed') setKeyedItem(doc, column, after);
    else setField(doc, column, after);
    if (added && doc.has(top)) placeInSchemaOrder(doc, top, fieldOrder);
  }
  return `---\n${doc.toString(TO_STRING)}---\n${text.slice(match.index + match[0].length)}`;
}

/** The file of a new entry, as `npm run new` writes it, with the row's values. */
export function newEntryText(collection: RegisterCollection, values: ReadonlyMap<string, CellData>): string {
  const data: Record<string, unknown> = {};
  for (const column of registerColumns(collection)) {
    if (column === ID_COLUMN) continue;
    const stored = storedValue(column, values.get(column.key));
    if (stored === undefined) continue;
    if (column.kind === 'keyed') {
      const { keyField, valueField } = column.keyed!;
      const list = (data[column.path[0]!] ??= []) as Record<string, unknown>[];
      list.push({ [keyField]: column.keyed!.word, ...(valueField && stored !== true ? { [valueField]: stored } : {}) });
      continue;
    }
    let target = data;
    for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[column.path.at(-1)!] = yamlValue(column, stored);
  }
  return renderEntry(REGISTERS[collection].kind, data as Record<string, FieldValue>, { hints: false });
}
