/**
 * The form editor's Decap CMS configuration (src/lib/editor/) is generated from the schemas: every
 * schema field has exactly one form field and every form field a schema field, each with its Chinese
 * help text; the widgets follow the kind of value (a fixed list, a reference, a day, a point, photos).
 * Nothing here reads content: the configuration depends on the schemas and the registry only.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decapConfig } from '@/lib/editor/decap-config';
import { relativeImagePath } from '@/lib/editor/image-path';
import { collectionJsonSchemas, jsonSchemaOf, siteJsonSchema, type JsonNode } from '@/lib/schema/json-schema';
import { entryFields } from '@/lib/editor/widgets';
import { FREQUENCY_WORDS, HONOURS } from '@/lib/schema/word-lists';
import { COLLECTION_NAMES, PROSE_PAGES } from '@/lib/sections';

type Field = Record<string, unknown> & { name: string; widget: string; required: boolean; hint?: string; label: string; fields?: Field[]; field?: Field };
type Collection = Record<string, unknown> & { name: string; fields?: Field[]; files?: (Record<string, unknown> & { name: string; file: string; fields: Field[] })[] };

const config = decapConfig({ proxyUrl: 'http://localhost:4330/api/v1', branch: 'main' });
const collections = config.collections as Collection[];
const collection = (name: string) => collections.find((entry) => entry.name === name)!;

/** Every form field with its path (summary.zh, photos.alt; a list's single `field` adds no segment). */
function formFields(fields: Field[], prefix: string[] = []): [string, Field][] {
  return fields.flatMap((field) => {
    const at = [...prefix, field.name];
    const here: [string, Field] = [at.join('.'), field];
    if (field.fields) return [here, ...formFields(field.fields, at)];
    if (field.field) return [here, ...formFields(field.field.fields ?? [], at), ...(field.field.fields ? [] : ([[`${at.join('.')}[]`, field.field]] as [string, Field][]))];
    return [here];
  });
}

/** Every field path of a JSON Schema (list items unnumbered). */
function schemaPaths(node: JsonNode, prefix: string[] = []): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const at = [...prefix, key];
    const item = child.type === 'array' ? child.items : undefined;
    return [at.join('.'), ...schemaPaths(child, at), ...(item ? schemaPaths(item, at) : [])];
  });
}

const field = (fields: Field[], path: string) => formFields(fields).find(([at]) => at === path)?.[1];
const merchantFields = () => collection('merchants').fields!;

/** What each form is generated from: the collection's schema (site.yaml's for `site`), and the form's fields. */
const FORMS: [string, JsonNode, Field[]][] = [
  ...COLLECTION_NAMES.filter((name) => name !== 'pages').map((name): [string, JsonNode, Field[]] => [name, collectionJsonSchemas()[name], collection(name).fields!]),
  ...collection('pages').files!.map((file): [string, JsonNode, Field[]] => [`pages/${file.name}`, collectionJsonSchemas().pages, file.fields]),
  ['site', siteJsonSchema(), collection('site').files![0]!.fields],
];

describe('the configuration', () => {
  it('talks to the local git server through the editorial workflow, in Chinese', () => {
    expect(config).toMatchObject({
      backend: { name: 'proxy', proxy_url: 'http://localhost:4330/api/v1', branch: 'main' },
      publish_mode: 'editorial_workflow',
      locale: 'zh_Hans',
      load_config_file: false,
    });
  });

  it('has a collection per content collection, the prose pages in both languages, and the site data', () => {
    expect(collections.map((entry) => entry.name)).toEqual([...COLLECTION_NAMES, 'site']);
    for (const name of COLLECTION_NAMES.filter((entry) => entry !== 'pages')) {
      expect(collection(name), name).toMatchObject({ folder: `src/content/${name}`, create: true, delete: true, format: 'frontmatter', media_folder: '', public_folder: '' });
      expect(collection(name).label, name).toMatch(/\p{Script=Han}/u);
    }
    expect(collection('merchants').extension).toBe('md');
    expect(collection('stories').extension).toBe('mdx');
    expect(collection('guides').extension).toBe('mdx');
    expect(collection('merchants')).toMatchObject({ identifier_field: 'name', summary: '{{fields.name}}', label_singular: '商户' });
    expect(collection('stories')).toMatchObject({ identifier_field: 'title' });
    const files = collection('pages').files!.map((file) => file.file);
    for (const page of Object.keys(PROSE_PAGES)) expect(files).toEqual(expect.arrayContaining([`src/content/pages/${page}.md`, `src/content/pages/en/${page}.md`]));
    expect(collection('site').files).toEqual([expect.objectContaining({ file: 'src/content/site.yaml', format: 'yml' })]);
    // The site data is settings, not a page: no preview pane.
    expect(collection('site')).toMatchObject({ editor: { preview: false } });
  });
});

describe('every schema field has one form field, and every form field a schema field', () => {
  it.each(FORMS.map(([name, schema, fields]) => ({ name, schema, fields })))('$name', ({ schema, fields }) => {
    const form = formFields(fields)
      .map(([at]) => at)
      .filter((at) => at !== 'body' && !at.endsWith('[]'));
    expect(form.sort()).toEqual(schemaPaths(schema).sort());
  });

  it.each(FORMS.map(([name, , fields]) => ({ name, fields })))('$name: every form field has its Chinese help text and label', ({ fields }) => {
    for (const [at, entry] of formFields(fields)) {
      expect(entry.hint, at).toMatch(/\p{Script=Han}/u);
      expect(entry.label, at).toMatch(/\p{Script=Han}/u);
      expect(typeof entry.required, at).toBe('boolean');
    }
  });

  it.each(FORMS.map(([name, schema, fields]) => ({ name, schema, fields })))('$name: an entry’s own fields are required as the schema says', ({ schema, fields }) => {
    const required = fields.filter((entry) => entry.name !== 'body' && entry.required).map((entry) => entry.name);
    expect(required.sort()).toEqual([...(schema.required ?? [])].sort());
  });

  it('refuses a schema field no widget fits, and leaves out a missing description (which the checks above catch)', () => {
    const odd = jsonSchemaOf(z.object({ pair: z.tuple([z.string(), z.number()]).meta({ description: '一对' }) }));
    expect(() => entryFields(odd, 'test')).toThrow(/test\.pair: no editor widget/);
    const undocumented = entryFields(jsonSchemaOf(z.object({ note: z.string() })), 'test');
    expect(undocumented[0]!.hint).toBeUndefined();
    const unlabelled = jsonSchemaOf(z.object({ kind: z.enum(['甲', '乙']).meta({ description: '种类' }) }));
    expect(() => entryFields(unlabelled, 'test')).toThrow(/word table/);
  });
});

describe('widgets', () => {
  it('honours: a list whose kind is a select of the honour table, labelled in Chinese', () => {
    const honours = field(merchantFields(), 'honours')!;
    expect(honours.widget).toBe('list');
    expect(field(merchantFields(), 'honours.kind')).toMatchObject({
      widget: 'select',
      required: true,
      options: HONOURS.map((word) => ({ label: word.value, value: word.value })),
    });
    expect(field(merchantFields(), 'honours.year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1980 });
  });

  it('a fixed list stored in English words shows their Chinese labels', () => {
    const frequency = field(collection('activities').fields!, 'recurrence.frequency')!;
    expect(frequency.options).toEqual(FREQUENCY_WORDS.map((word) => ({ label: word.zh, value: word.value })));
  });

  it("a merchant's branch: a relation to the branches, stored as the entry's id, found by name", () => {
    expect(field(merchantFields(), 'branch')).toMatchObject({
      widget: 'relation',
      collection: 'branches',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      required: false,
    });
    expect(field(merchantFields(), 'place.market')).toMatchObject({ widget: 'relation', collection: 'markets' });
    expect(field(collection('stories').fields!, 'merchants')).toMatchObject({ widget: 'relation', collection: 'merchants', multiple: true, max: 20 });
    expect(field(collection('activities').fields!, 'stories')).toMatchObject({ widget: 'relation', collection: 'stories', search_fields: ['title'] });
  });

  it("a story's date: a day picker writing 2026-05-01, today by default", () => {
    expect(field(collection('stories').fields!, 'date')).toMatchObject({
      widget: 'datetime',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      format: 'YYYY-MM-DD',
      required: true,
      default: '{{now}}',
    });
    // An optional day starts empty (an activity has a date, a rule or a reported date, not always a day).
    expect(field(collection('activities').fields!, 'date')).not.toHaveProperty('default');
  });

  it('a date known to the year or month is text with the pattern of 2001, 2009-03, 2009-03-15', () => {
    const founded = field(collection('branches').fields!, 'founded')!;
    expect(founded.widget).toBe('string');
    const pattern = new RegExp((founded.pattern as [string, string])[0]);
    for (const good of ['2001', '2009-03', '2009-03-15']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['2009-3', '09-03', '2009/03']) expect(pattern.test(bad), bad).toBe(false);
  });

  it('the GCJ-02 point: two decimal numbers, with the hint to copy them from Amap', () => {
    const location = field(merchantFields(), 'location')!;
    expect(location).toMatchObject({ widget: 'object', gcj02: true });
    expect(location.hint).toContain('高德地图');
    expect(location.fields!.map((entry) => [entry.name, entry.widget, entry.value_type])).toEqual([
      ['lat', 'number', 'float'],
      ['lng', 'number', 'float'],
    ]);
  });

  it('photos: a list of an image and its required alt text', () => {
    const photos = field(merchantFields(), 'photos')!;
    expect(photos).toMatchObject({ widget: 'list', max: 12 });
    expect(field(merchantFields(), 'photos.src')).toMatchObject({ widget: 'image', required: true, choose_url: false });
    expect(field(merchantFields(), 'photos.alt')).toMatchObject({ required: true, pattern: ['^[\\s\\S]{4,150}$', '应为 4 到 150 个字'] });
    expect(field(merchantFields(), 'photos.caption')).toMatchObject({ required: false });
  });

  it('bilingual texts are marked objects of zh and en; short text is a line, long text a box', () => {
    const summary = field(merchantFields(), 'summary')!;
    expect(summary).toMatchObject({ widget: 'object', bilingual: true, required: true });
    expect(summary.fields!.map((entry) => [entry.name, entry.required])).toEqual([
      ['zh', true],
      ['en', false],
    ]);
    expect(field(merchantFields(), 'name')!.widget).toBe('string');
    expect(field(merchantFields(), 'summary.zh')!.widget).toBe('text');
    expect(field(merchantFields(), 'website')!.widget).toBe('string');
  });

  it('the contact and its consent record are objects as the schema has them; nothing inside an optional object blocks saving', () => {
    expect(field(merchantFields(), 'contact')).toMatchObject({ widget: 'object', required: false });
    expect(field(merchantFields(), 'contact.consent')).toMatchObject({ widget: 'object', required: false });
    expect(field(merchantFields(), 'contact.consent.date')).toMatchObject({ widget: 'datetime', required: false });
    expect(field(merchantFields(), 'place.market')!.required).toBe(false);
    expect(field(merchantFields(), 'source.source')!.required).toBe(true);
  });

  it('booleans, numbers, lists of text and the body', () => {
    expect(field(merchantFields(), 'partyMember')).toMatchObject({ widget: 'boolean', default: false, label: '党员商户' });
    expect(field(collection('guides').fields!, 'order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 999, required: true });
    expect(field(collection('stories').fields!, 'tags')).toMatchObject({ widget: 'list', max: 8, field: { widget: 'string' } });
    expect(field(collection('stories').fields!, 'body')).toMatchObject({ widget: 'markdown' });
    expect(field(collection('markets').fields!, 'body')).toBeUndefined();
    expect(field(collection('site').files![0]!.fields, 'wechat.qr.src')).toMatchObject({ widget: 'image' });
    // Search synonym groups: open, each group one box of comma-separated words (a list without a field).
    const synonyms = collection('site').files![0]!.fields.find((entry) => entry.name === 'searchSynonyms')!;
    expect(synonyms).toMatchObject({ widget: 'list', collapsed: false, field: { widget: 'list', label: '搜索同义词' } });
    expect((synonyms.field as Record<string, unknown>).field).toBeUndefined();
  });
});

describe('photo paths', () => {
  it('writes a chosen photo relative to the entry, with ./', () => {
    expect(relativeImagePath.serialize('menmian.jpg')).toBe('./menmian.jpg');
    expect(relativeImagePath.serialize('images/qr.png')).toBe('./images/qr.png');
    for (const kept of ['./menmian.jpg', '../images/qr.png', '/x.png', 'https://example.com/x.png', '']) expect(relativeImagePath.serialize(kept)).toBe(kept);
  });
});
