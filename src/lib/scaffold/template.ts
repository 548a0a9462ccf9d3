/**
 * The Markdown file of a new entry: frontmatter with every field of the schema, the given ones as
 * YAML and the rest as commented-out lines with their one-line explanation, then a body that is only
 * a comment for the editor. The frontmatter is built with the `yaml` package's Document API, so
 * quoting and comments are the library's, not string concatenation. Pure: no file system, no clock.
 */
import { Document, isPair, Scalar, YAMLMap, type Pair } from 'yaml';
import { SCAFFOLD_KINDS, type ScaffoldKind } from '@/lib/sections';
import { helpFor, templateFields } from './fields';

/** An ISO day written unquoted, so YAML reads it as a date like the existing entries. */
export class Day {
  constructor(readonly text: string) {}
}

export type FieldValue = string | number | boolean | Day | readonly string[] | Record<string, unknown>;

/** The body of every new entry: a note the page does not show. */
const BODY_NOTE = '在这里写正文：每段中文写成一行，用全角标点；只写来源中有的事实。Write the text here, one line per paragraph.';

/** A value as the library should write it: a Day as a date (YAML 1.1 writes a midnight-UTC date as 2026-05-01). */
function plain(value: unknown): unknown {
  if (value instanceof Day) return new Date(`${value.text}T00:00:00Z`);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, plain(child)]));
  return value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Day) && !(value instanceof Date);

/**
 * The items of a block map: a written pair, or a commented-out line (`name: example  # help`). YAML
 * keeps a comment on the node after it, or on the map at its end, so each run of comment lines is
 * attached to the next pair's key, or to the map when none follows.
 */
type Item = Pair | { comment: string };

function blockMap(items: Item[]): YAMLMap {
  const map = new YAMLMap();
  let comments: string[] = [];
  for (const item of items) {
    if (!isPair(item)) {
      comments.push(` ${item.comment}`);
      continue;
    }
    if (comments.length > 0) (item.key as Scalar).commentBefore = comments.join('\n');
    comments = [];
    map.items.push(item);
  }
  if (comments.length > 0) map.comment = comments.join('\n');
  return map;
}

/**
 * How a new entry is written. `hints: false` leaves out the commented-out lines of the fields not given:
 * an import writes thousands of entries complete from a register, which the form editor edits.
 */
export interface RenderOptions {
  hints?: boolean;
}

/** The frontmatter of a new entry, as YAML text (without the --- fences). */
export function frontmatterText(kind: ScaffoldKind, values: Record<string, FieldValue>, { hints = true }: RenderOptions = {}): string {
  const doc = new Document(undefined, { version: '1.1' }); // 1.1 as js-yaml and Astro read it: a day-like text is quoted
  const items: Item[] = [];
  for (const field of templateFields(kind)) {
    const value = values[field.name];
    const options = field.options ? `；可选：${field.options.join('、')}` : '';
    if (value === undefined) {
      if (!hints) continue;
      const example = field.options ? ` ${field.options[0]}` : '';
      items.push({ comment: `${field.name}:${example}  # ${field.required ? '必填 required：' : ''}${field.help ?? ''}${options}` });
    } else if (field.keys && isPlainObject(value)) {
      // A required object written key by key, its optional keys as comments (summary.en, source.section).
      const keys = field.keys.flatMap((key): Item[] =>
        value[key.name] === undefined
          ? hints
            ? [{ comment: `${key.name}:  # ${helpFor(kind, `${field.name}.${key.name}`) ?? ''}` }]
            : []
          : [doc.createPair(key.name, plain(value[key.name]))],
      );
      items.push(doc.createPair(field.name, blockMap(keys)));
    } else {
      items.push(doc.createPair(field.name, doc.createNode(plain(value), { flow: true })));
    }
  }
  doc.contents = blockMap(items);
  return doc.toString({ lineWidth: 0, singleQuote: true });
}

/** The whole file of a new entry: frontmatter, then the body note (an MDX comment in .mdx). */
export function renderEntry(kind: ScaffoldKind, values: Record<string, FieldValue>, options: RenderOptions = {}): string {
  const note = SCAFFOLD_KINDS[kind].extension === '.mdx' ? `{/* ${BODY_NOTE} */}` : `<!-- ${BODY_NOTE} -->`;
  return `---\n${frontmatterText(kind, values, options)}---\n\n${note}\n`;
}
