/**
 * A kind's fields as the template and the field table list them: in schema order, whether each is
 * required, its explanation, its allowed values and, for a required object, its keys. All read from
 * the JSON Schema of ./schemas.ts; the explanations are the fields' `.meta({ description })`.
 */
import { z } from 'astro/zod';
import type { ScaffoldKind } from '@/lib/sections';
import { jsonSchemaFor, schemaFor, type FieldSchema } from './schemas';

export interface TemplateField {
  name: string;
  required: boolean;
  /** What the field table's 必填 column says instead of 是, from the field's meta (三选一). */
  requirement?: string;
  /** Allowed values of a fixed list (kind, series, section), from the schema. */
  options?: readonly string[];
  /** For a required object field written out key by key (summary, source): its keys. */
  keys?: { name: string; required: boolean }[];
  help: string | undefined;
}

/** The JSON Schema of a field, or of a key of one (`summary.en`). */
function fieldSchema(kind: ScaffoldKind, path: string): FieldSchema | undefined {
  let schema: FieldSchema | undefined = jsonSchemaFor(kind);
  for (const key of path.split('.')) schema = schema?.properties?.[key];
  return schema;
}

/** The explanation of a field (`summary.en` for a key of one), or undefined when it has none. */
export function helpFor(kind: ScaffoldKind, path: string): string | undefined {
  return fieldSchema(kind, path)?.description;
}

/** Every field of the collection's schema, in schema order. */
export function templateFields(kind: ScaffoldKind): TemplateField[] {
  const entry = jsonSchemaFor(kind);
  return Object.entries(entry.properties ?? {}).map(([name, schema]) => {
    const required = entry.required?.includes(name) ?? false;
    const field: TemplateField = { name, required, help: schema.description };
    if (schema.requirement) field.requirement = schema.requirement;
    if (schema.enum) field.options = schema.enum;
    if (required && schema.type === 'object' && schema.properties) {
      field.keys = Object.keys(schema.properties).map((key) => ({ name: key, required: schema.required?.includes(key) ?? false }));
    }
    return field;
  });
}

/** The schema under optional/default/nullable and before a transform, through Zod's public API. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

/** The validator of one field (or `summary.zh`), for checking an answer as the editor types it. */
export function fieldValidator(kind: ScaffoldKind, field: string): ((value: unknown) => string | undefined) | undefined {
  const [first, ...rest] = field.split('.');
  let schema: z.ZodType | undefined = schemaFor(kind).shape[first!] as z.ZodType | undefined;
  for (const key of rest) {
    const inner = schema && unwrap(schema);
    schema = inner instanceof z.ZodObject ? (inner.shape[key] as z.ZodType | undefined) : undefined;
  }
  if (!schema) return undefined;
  const checked = schema;
  return (value) => {
    const result = checked.safeParse(value);
    return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('；');
  };
}
