/**
 * The schemas as Zod's own JSON Schema of what an editor writes (`io: 'input'`), which the scaffolder
 * (src/lib/scaffold/) and the form editor's configuration (src/lib/editor/) read: the schemas check:content
 * checks with (src/lib/content/check.ts, schemaOf: the build's, with the stand-ins for Astro's reference()
 * and image() of src/lib/content/schema-context.ts). What JSON Schema cannot say
 * is read from the meta markers on the schema pieces: `format` (day, partial-date, image, gcj02,
 * bilingual, uri), `reference` (the target collection), `label` (a field's short name where its
 * description does not start with one).
 */
import { z } from 'astro/zod';
import { schemaOf } from '@/lib/content/check';
import { COLLECTION_NAMES, type CollectionName } from '@/lib/sections';

/** The part of a JSON Schema node the editor configuration reads. */
export interface JsonNode {
  type?: string;
  description?: string;
  label?: string;
  format?: string;
  reference?: CollectionName;
  enum?: readonly (string | number)[];
  properties?: Record<string, JsonNode>;
  required?: readonly string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** A schema as JSON Schema; unrepresentable parts (a Date) become `{}` with their meta kept. */
export function jsonSchemaOf(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
}

let collections: Record<CollectionName, JsonNode> | undefined;

/** Every collection's entry schema as JSON Schema, by name. */
export function collectionJsonSchemas(): Record<CollectionName, JsonNode> {
  collections ??= Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, jsonSchemaOf(schemaOf(name))]),
  ) as Record<CollectionName, JsonNode>;
  return collections;
}

/** The site data's schema (src/content/site.yaml) as JSON Schema. */
export function siteJsonSchema(): JsonNode {
  return jsonSchemaOf(schemaOf('site'));
}

/** The first clause of a description (“名称，写全称” → 名称), unless the field's meta gives a label. */
export function labelOf(node: JsonNode, name: string): string {
  return node.label ?? node.description?.split(/[，：；（,:;(]/)[0]?.trim() ?? name;
}

/**
 * The field that names an entry (name, title): the first required plain-text field of its schema,
 * which Decap uses as the identifier, in lists, and in the relation widgets pointing at it.
 */
export function identifierField(schema: JsonNode): string {
  const found = Object.entries(schema.properties ?? {}).find(
    ([key, node]) => schema.required?.includes(key) && node.type === 'string' && !node.format && !node.reference && !node.enum && !node.pattern,
  );
  if (!found) throw new Error('a collection needs a required text field to name its entries');
  return found[0];
}
