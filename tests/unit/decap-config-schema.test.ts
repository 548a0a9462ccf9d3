/**
 * The generated Decap CMS configuration (src/lib/editor/decap-config.ts) passes Decap's own check:
 * `validateConfig` of decap-cms-core's source (src/constants/configSchema.js, the JSON Schema Decap
 * validates a config against when the editor starts), bundled here with esbuild. Its widget registry
 * is given the widgets decap-cms-app registers, each with the option schema of its package, so every
 * widget's options are checked as in the browser.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { decapConfig } from '@/lib/editor/decap-config';
import { projectRoot } from '../support/build';

const modules = path.join(projectRoot, 'node_modules');

/** Each widget package decap-cms-app registers: its widget name and the path of its option schema, if it has one. */
function registeredWidgets(): { name: string; schema?: string }[] {
  return readdirSync(modules)
    .filter((dir) => dir.startsWith('decap-cms-widget-'))
    .map((dir) => {
      const source = readFileSync(path.join(modules, dir, 'src/index.js'), 'utf8');
      const name = /name: '([a-z]+)'/.exec(source)![1]!;
      const schema = path.join(modules, dir, 'src/schema.js');
      return existsSync(schema) ? { name, schema } : { name };
    });
}

/** The registry (which loads all of Decap's UI) replaced by the widgets (a widget without a schema gets `{}`, as registerWidget gives it) and no custom formats. */
function registryStub(widgets: { name: string; schema?: string }[]): Plugin {
  const source = [
    ...widgets.map((widget, index) => (widget.schema ? `import schema${index} from ${JSON.stringify(widget.schema)};` : '')),
    `export function getWidgets() { return [${widgets.map((widget, index) => `{ name: ${JSON.stringify(widget.name)}, schema: ${widget.schema ? `schema${index}` : '{}'} }`).join(', ')}]; }`,
    'export function getCustomFormatsExtensions() { return {}; }',
    'export function getCustomFormatsFormatters() { return {}; }',
  ].join('\n');
  return {
    name: 'decap-registry-stub',
    setup(builder) {
      builder.onResolve({ filter: /\/lib\/registry$/ }, () => ({ path: 'registry', namespace: 'stub' }));
      // lib/i18n's constants are all the schema needs; the reducers it also imports pull in the whole app.
      builder.onResolve({ filter: /\/reducers\/collections$/ }, () => ({ path: 'collections', namespace: 'empty' }));
      builder.onLoad({ filter: /^registry$/, namespace: 'stub' }, () => ({ contents: source, loader: 'js', resolveDir: modules }));
      builder.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
}

let validateConfig: (config: unknown) => void;
let widgetNames: string[];

beforeAll(async () => {
  const widgets = registeredWidgets();
  widgetNames = widgets.map((widget) => widget.name);
  const outdir = path.join(modules, '.cache/decap-config-schema');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `validate-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(modules, 'decap-cms-core/src/constants/configSchema.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
    plugins: [registryStub(widgets)],
  });
  validateConfig = createRequire(import.meta.url)(outfile).validateConfig;
});

describe("the editor's Decap configuration", () => {
  const config = decapConfig({ proxyUrl: 'http://localhost:4330/api/v1', branch: 'main' });

  it("passes Decap's own config schema", () => {
    const logged = console.error;
    console.error = () => {}; // validateConfig logs what it throws
    try {
      expect(() => validateConfig(config)).not.toThrow();
    } finally {
      console.error = logged;
    }
  });

  it('is checked for real: a broken config is refused', () => {
    const logged = console.error;
    console.error = () => {};
    try {
      const broken = structuredClone(config);
      const first = broken.collections[0] as { fields: Record<string, unknown>[] };
      first.fields.push({ name: 'x', widget: 'relation', collection: 'branches' }); // no value_field, search_fields
      expect(() => validateConfig(broken)).toThrow(/value_field|must match/);
      expect(() => validateConfig({ ...config, publish_mode: 'sometimes' })).toThrow(/publish_mode/);
    } finally {
      console.error = logged;
    }
  });

  it('uses only widgets Decap registers', () => {
    const used = new Set<string>();
    const visit = (fields: Record<string, unknown>[]) => {
      for (const field of fields) {
        used.add(String(field.widget ?? 'string'));
        if (Array.isArray(field.fields)) visit(field.fields);
        if (field.field) visit([field.field as Record<string, unknown>]);
      }
    };
    for (const collection of config.collections as { fields?: Record<string, unknown>[]; files?: { fields: Record<string, unknown>[] }[] }[]) {
      visit(collection.fields ?? []);
      for (const file of collection.files ?? []) visit(file.fields);
    }
    expect([...used].filter((widget) => !widgetNames.includes(widget))).toEqual([]);
  });
});
