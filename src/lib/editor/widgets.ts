/**
 * One schema field as a Decap CMS field: its widget chosen from the field's JSON Schema and meta
 * markers (./json-schema.ts), `hint` its Chinese description, `required` from the schema. Nothing here
 * names a field: a schema field no rule below fits is an error, not a silently plain text box.
 *
 * `required` inside an optional object is false: Decap validates an optional object's required keys
 * even when the object is left empty (decaporg/decap-cms#7748), which would make a shop without a
 * map point unsaveable. A half-filled object (a point with only `lat`) is refused by the content check
 * when the server saves. A list item that exists must be complete, so its keys keep `required`.
 */
import type { CollectionName } from '@/lib/sections';
import { collectionJsonSchemas, identifierField, labelOf, type JsonNode } from '@/lib/schema/json-schema';
import { selectOptions } from '@/lib/schema/word-options';

/** A field of Decap's configuration (https://decapcms.org/docs/widgets/). */
export type DecapField = { name: string; label: string; widget: string; required: boolean; hint?: string } & Record<string, unknown>;

/** Text longer than this gets a multi-line box. */
const LONG_TEXT = 80;

/** How a day is written in the files and picked in the form: 2026-05-01, no time. */
const DAY = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: false } as const;

/** A year, a year-month or a day, as the source gives it (src/lib/schema/dates.ts, partialDate). */
const PARTIAL_DATE_PATTERN: [string, string] = ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', '写成年份、年月或日期，如 2001、2009-03 或 2009-03-15'];

/** Decap's `pattern` for bounded text: the length the schema allows, said in Chinese. */
function lengthPattern(node: JsonNode): [string, string] | undefined {
  const { minLength: min, maxLength: max } = node;
  if (min === undefined && max === undefined) return undefined;
  const message = min !== undefined && max !== undefined ? `应为 ${min} 到 ${max} 个字` : min !== undefined ? `至少 ${min} 个字` : `最多 ${max} 个字`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

/** The relation widget for a reference to another collection: stored as the entry's id (its file name). */
function relation(target: CollectionName) {
  const shown = identifierField(collectionJsonSchemas()[target]);
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

function numberWidget(node: JsonNode) {
  const integer = node.type === 'integer';
  const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + (integer ? 1 : 0) : undefined);
  const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
  return {
    widget: 'number',
    value_type: integer ? 'int' : 'float',
    ...(integer ? {} : { step: 0.000001 }),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

export interface FieldContext {
  /** Where the field is, for error messages (merchants.place.market). */
  path: string;
  /** True for a field of the entry itself (not inside an object or list). */
  topLevel: boolean;
  /** True when the field must be given: required itself, and inside nothing optional. */
  required: boolean;
}

/** The widget and its options for one JSON Schema node. */
function widgetFor(node: JsonNode, name: string, context: FieldContext): Record<string, unknown> {
  const objectFields = (object: JsonNode, present = context.required) =>
    Object.entries(object.properties ?? {}).map(([key, child]) => {
      const required = present && (object.required?.includes(key) ?? false);
      return fieldFor(key, child, required, { path: `${context.path}.${key}`, topLevel: false, required });
    });

  if (node.reference) return relation(node.reference);
  switch (node.format) {
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'day':
      // A required day of the entry itself (a story's date) starts as today, as `npm run new` does.
      return { ...DAY, ...(context.topLevel && context.required ? { default: '{{now}}' } : {}) };
    case 'uri':
      return { widget: 'string', ...(node.maxLength ? { pattern: lengthPattern(node) } : {}) };
    case 'partial-date':
      return { widget: 'string', pattern: PARTIAL_DATE_PATTERN };
    case 'bilingual':
      // Chinese above English; a side-by-side custom widget can replace `object` later (`bilingual` marks it).
      return { widget: 'object', bilingual: true, fields: objectFields(node) };
    case 'gcj02':
      // Two decimal numbers, copied from Amap (the hint says where).
      return { widget: 'object', gcj02: true, fields: objectFields(node) };
  }
  if (node.enum) return { widget: 'select', options: selectOptions(node.enum, context.path) };
  switch (node.type) {
    case 'array': {
      const item = node.items ?? {};
      const bounds = { ...(node.minItems !== undefined ? { min: node.minItems } : {}), ...(node.maxItems !== undefined ? { max: node.maxItems } : {}) };
      if (item.reference) return { ...relation(item.reference), multiple: true, ...bounds };
      if (item.enum) return { widget: 'select', multiple: true, options: selectOptions(item.enum, context.path), ...bounds };
      if (item.type === 'object' && item.properties && !item.format) return { widget: 'list', ...bounds, fields: objectFields(item, true) };
      // A list of lists of words (search synonym groups): each group one box of words separated by commas,
      // Decap's list without a field, so a group shows its words, not a row of closed items.
      if (item.type === 'array' && item.items?.type === 'string' && !item.items.enum && !item.items.reference) {
        const description = item.description ?? node.description;
        const group = { name, label: labelOf({ ...item, description }, name), widget: 'list', required: true, ...(description ? { hint: description } : {}) };
        return { widget: 'list', ...bounds, field: group, collapsed: false };
      }
      const field = fieldFor(name, { ...item, description: item.description ?? node.description }, true, { ...context, topLevel: false, required: true });
      return { widget: 'list', ...bounds, field };
    }
    case 'object':
      return { widget: 'object', fields: objectFields(node) };
    case 'boolean':
      return { widget: 'boolean', ...(typeof node.default === 'boolean' ? { default: node.default } : {}) };
    case 'number':
    case 'integer':
      return numberWidget(node);
    case 'string': {
      const pattern: [string, string] | undefined = node.pattern ? [node.pattern, `格式不对：${node.description ?? ''}`] : lengthPattern(node);
      return { widget: (node.maxLength ?? 0) > LONG_TEXT ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
  }
  throw new Error(`${context.path}: no editor widget fits this field (${JSON.stringify(node).slice(0, 120)})`);
}

/** One field of the form: `hint` is the schema's description, left out (and so caught by the tests) when there is none. */
export function fieldFor(name: string, node: JsonNode, required: boolean, context: FieldContext): DecapField {
  return {
    name,
    label: labelOf(node, name),
    ...widgetFor(node, name, context),
    required,
    ...(node.description ? { hint: node.description } : {}),
  } as DecapField;
}

/** The fields of an entry schema, in schema order. */
export function entryFields(schema: JsonNode, where: string): DecapField[] {
  return Object.entries(schema.properties ?? {}).map(([key, node]) => {
    const required = schema.required?.includes(key) ?? false;
    return fieldFor(key, node, required, { path: `${where}.${key}`, topLevel: true, required });
  });
}
