/**
 * Every field of a collection an editor writes explains itself on the schema (`.meta({ description })`),
 * and the explanation survives the wrappers a field is made of (optional, default, transforms,
 * reference()), as Zod reads it back (z.toJSONSchema). A new field without one fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, SCAFFOLD_KIND_NAMES } from '@/lib/scaffold/schemas';
import { templateFields } from '@/lib/scaffold/fields';
import { branchSchema, marketSchema, merchantSchema } from '@/lib/schema/collections';
import { image, reference } from '../support/schema-context';

type Described = { description?: string; properties?: Record<string, Described>; required?: string[]; type?: string };

/** A one-line explanation in Chinese. */
function expectHelp(help: string | undefined, where: string) {
  expect(help, where).toMatch(/\p{Script=Han}/u);
  expect(help, where).not.toContain('\n');
}

describe('field documentation on the schema', () => {
  it.each(SCAFFOLD_KIND_NAMES)('%s: every field, and every key of an object, has a description', (kind) => {
    const schema = jsonSchemaFor(kind) as Described;
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      expectHelp(field.description, `${kind}.${name}`);
      for (const [key, child] of Object.entries(field.type === 'object' ? (field.properties ?? {}) : {})) expectHelp(child.description, `${kind}.${name}.${key}`);
    }
  });

  it('markets: every field has a description too', () => {
    const schema = z.toJSONSchema(marketSchema(), { io: 'input', unrepresentable: 'any' }) as Described;
    for (const [name, field] of Object.entries(schema.properties ?? {})) expectHelp(field.description, `markets.${name}`);
  });

  it('keeps the description through optional, default, transforms and reference()', () => {
    const read = (schema: z.ZodType) => (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Described).properties!;
    const branch = read(branchSchema({ reference }));
    const merchant = read(merchantSchema({ reference, image }));
    expect(branch.parent?.description).toContain('上级党组织'); // reference(), optional
    expect(branch.founded?.description).toContain('成立时间'); // a transform, optional
    expect(branch.covers?.description).toContain('覆盖'); // a refined list with a default
    expect(merchant.partyMember?.description).toContain('党员'); // a boolean with a default
    expect(merchant.verified?.description).toContain('核实'); // a day (a union of date and text, transformed)
    expect(merchant.place?.properties?.market?.description).toContain('市场编号'); // reference() inside an object
  });

  it('gives a field that means something else in another collection its own description', () => {
    const help = (kind: (typeof SCAFFOLD_KIND_NAMES)[number], name: string) => templateFields(kind).find((field) => field.name === name)?.help;
    expect(help('branch', 'name')).not.toBe(help('merchant', 'name'));
    expect(help('activity', 'date')).not.toBe(help('story', 'date'));
    expect(help('activity', 'place')).not.toBe(help('merchant', 'place'));
    expect(help('guide', 'summary')).not.toBe(help('story', 'summary'));
  });

  it('is read through Zod’s public API only: nothing looks at _zod internals', () => {
    const root = new URL('../../', import.meta.url);
    const files = ['src/lib/schema', 'src/lib/scaffold', 'src/lib/content', 'scripts/lib', 'tests/unit'].flatMap((dir) =>
      readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => `${dir}/${file.split(path.sep).join('/')}`),
    );
    for (const file of [...files.filter((file) => file !== 'tests/unit/schema-docs.test.ts'), 'scripts/new-entry.ts']) {
      expect(readFileSync(new URL(file, root), 'utf8'), file).not.toMatch(/\._zod\b/);
    }
  });
});
