/**
 * Nothing an editor writes is dropped without a word: every field of every collection's schema is
 * read by the code that renders pages (src/components, src/layouts, src/pages, src/lib outside the
 * schemas and content checks), or is internal and says why in INTERNAL_FIELDS. A field added to a
 * schema and forgotten in the pages fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { jsonSchemaOf } from '@/lib/schema/json-schema';
import { CHECKED_COLLECTIONS, schemaOf } from '@/lib/content/check';
import { INTERNAL_FIELDS } from '@/lib/schema/internal-fields';
import { projectRoot } from '../support/build';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Every field path of a schema, as the editor writes it: name, summary.zh, photos.src, … (list items are not numbered). */
function fieldPaths(schema: z.ZodType): string[] {
  const found = new Set<string>();
  const walk = (node: JsonSchema, prefix: string[]) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      found.add([...prefix, key].join('.'));
      walk(child, [...prefix, key]);
    }
    if (node.items) walk(node.items, prefix);
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(option, prefix);
  };
  walk(jsonSchemaOf(schema) as JsonSchema, []);
  return [...found];
}

const RENDERING = ['src/components', 'src/layouts', 'src/pages', 'src/lib', 'src/i18n'];
const NOT_RENDERING = /^src\/lib\/(schema|content)\//;

function renderingCode(): string {
  return RENDERING.flatMap((folder) =>
    readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
      .map((file) => `${folder}/${file.split(path.sep).join('/')}`)
      .filter((file) => /\.(astro|tsx?)$/.test(file) && !NOT_RENDERING.test(file))
      .map((file) => readFileSync(path.join(projectRoot, file), 'utf8')),
  ).join('\n');
}

/** Read as a property (`.website`, `['website']`) or taken apart (`{ website }`, `{ name, website }`). */
const isRead = (code: string, key: string) => new RegExp(String.raw`\.${key}\b|\['${key}'\]|[{,]\s*${key}\s*[,}=]`).test(code);

describe('every schema field is rendered somewhere or documented as internal', () => {
  const code = renderingCode();
  for (const collection of [...CHECKED_COLLECTIONS, 'site' as const]) {
    it(collection, () => {
      const unread = fieldPaths(schemaOf(collection)).filter((field) => !INTERNAL_FIELDS[`${collection}.${field}`] && !isRead(code, field.split('.').at(-1)!));
      expect(unread, 'fields no page reads: render them, or add them to src/lib/schema/internal-fields.ts with the reason').toEqual([]);
    });
  }
  it('lists only fields that exist', () => {
    const all = new Set([...CHECKED_COLLECTIONS, 'site' as const].flatMap((collection) => fieldPaths(schemaOf(collection)).map((field) => `${collection}.${field}`)));
    expect(Object.keys(INTERNAL_FIELDS).filter((field) => !all.has(field))).toEqual([]);
  });
  it('can fail: a field nobody reads is found', () => {
    expect(isRead('const { name, website } = data;', 'website')).toBe(true);
    expect(isRead('<meta content="website" />', 'website')).toBe(false);
  });
});
