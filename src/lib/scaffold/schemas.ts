/**
 * The schema of each kind `npm run new` makes, built with the stand-ins for Astro's reference() and
 * image() (../content/schema-context.ts): the same functions the build uses. Also as JSON Schema
 * (Zod's own z.toJSONSchema), which is where the scaffolder reads the fields and their explanations
 * (`.meta({ description })` on each field in src/lib/schema/) without looking inside Zod.
 */
import { z } from 'astro/zod';
import { schemaOf } from '@/lib/content/check';
import { collectionJsonSchemas } from '@/lib/schema/json-schema';
import { SCAFFOLD_KINDS, type ScaffoldKind } from '@/lib/sections';

/** The kinds, in the order of the section table (src/lib/sections.ts). */
export const SCAFFOLD_KIND_NAMES = Object.keys(SCAFFOLD_KINDS) as ScaffoldKind[];

/** The schema of a kind's collection: the one check:content checks it with. */
export function schemaFor(kind: ScaffoldKind): z.ZodObject {
  return schemaOf(SCAFFOLD_KINDS[kind].folder) as z.ZodObject;
}

/** What the scaffolder reads of a field's JSON Schema: its meta, and its values or keys. */
export interface FieldSchema {
  description?: string;
  /** Set in a field's meta where the schema alone cannot say (one of several fields is required). */
  requirement?: string;
  enum?: readonly string[];
  properties?: Record<string, FieldSchema>;
  required?: readonly string[];
  type?: string;
}

/**
 * The kind's schema as JSON Schema of what an editor writes (`io: 'input'`: before transforms and
 * defaults, so a field with a default is not required); dates and other values JSON Schema cannot
 * express become `{}` (`unrepresentable: 'any'`), with their meta kept.
 */
export function jsonSchemaFor(kind: ScaffoldKind): FieldSchema {
  return collectionJsonSchemas()[SCAFFOLD_KINDS[kind].folder] as FieldSchema;
}
