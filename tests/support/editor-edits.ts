/**
 * The changes an editor makes to a content folder, done the way an editor does them (delete the file
 * and every reference to it, rename a file and its references, change a name, add a section), on
 * whatever entries the folder has: nothing here names an entry. Frontmatter is edited through the
 * `yaml` Document API, so the rest of the file keeps its form and comments.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { entryId } from '../../src/lib/content/check';
import { splitSource } from '../../src/lib/content/frontmatter';
import { sectionOfCollection } from '../../src/lib/routes';

export type Collection = keyof typeof sectionOfCollection | 'markets';

/** The entry files of a collection, sorted: [id, absolute path]. */
export function entriesOf(contentDir: string, collection: Collection): [string, string][] {
  const folder = path.join(contentDir, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) => [entryId(file), path.join(folder, file)]);
}

/** Every Markdown file of the folder (all collections). */
function allEntryFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(contentDir, file));
}

/** The frontmatter of a Markdown file, as a yaml Document. */
export function frontmatterOf(file: string) {
  return parseDocument(splitSource(file, readFileSync(file, 'utf8')).yaml);
}

/** Rewrites a Markdown file: `frontmatter` edits its yaml Document, `body` its text. */
function rewrite(file: string, { frontmatter, body }: { frontmatter?: (doc: ReturnType<typeof parseDocument>) => void; body?: (text: string) => string }) {
  const source = splitSource(file, readFileSync(file, 'utf8'));
  const doc = parseDocument(source.yaml);
  frontmatter?.(doc);
  const text = body ? body(source.body) : source.body;
  writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---\n${text}`);
}

/** The link path of an entry's page, as written in bodies: /merchants/<id>/ (guides: /learn/). */
const linkPattern = (collection: Collection, id: string) => {
  const section = collection === 'markets' ? undefined : sectionOfCollection[collection];
  return section ? new RegExp(String.raw`(/(?:en/)?${section}/)${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/)`, 'g') : undefined;
};

/** Deletes an entry and every reference to it: list items and fields naming its id, and links to its page (the link text stays). */
export function deleteEntry(contentDir: string, collection: Collection, id: string): void {
  const [, file] = entriesOf(contentDir, collection).find(([entry]) => entry === id) ?? [];
  if (!file) throw new Error(`no ${collection}/${id}`);
  rmSync(file);
  const link = linkPattern(collection, id);
  for (const other of allEntryFiles(contentDir)) {
    rewrite(other, {
      frontmatter: (doc) =>
        visit(doc, {
          Pair: (_, pair) => (isScalar(pair.value) && pair.value.value === id ? visit.REMOVE : undefined),
          Scalar: (key, node) => (key !== 'key' && node.value === id ? visit.REMOVE : undefined),
        }),
      body: (text) =>
        link ? text.replace(new RegExp(String.raw`\[([^\]]*)\]\((${link.source}[^)]*)\)`, 'g'), '$1') : text,
    });
  }
}

/** Renames an entry's file (its id) and every reference to it. */
export function renameEntry(contentDir: string, collection: Collection, id: string, newId: string): void {
  const [, file] = entriesOf(contentDir, collection).find(([entry]) => entry === id) ?? [];
  if (!file) throw new Error(`no ${collection}/${id}`);
  renameSync(file, path.join(path.dirname(file), `${newId}${path.extname(file)}`));
  const link = linkPattern(collection, id);
  for (const other of allEntryFiles(contentDir)) {
    rewrite(other, {
      frontmatter: (doc) =>
        visit(doc, {
          Scalar: (key, node) => {
            if (key !== 'key' && node.value === id) node.value = newId;
          },
        }),
      body: (text) => (link ? text.replace(link, `$1${newId}`) : text),
    });
  }
}

/** Sets one top-level frontmatter field of an entry. */
export function setField(file: string, field: string, value: unknown): void {
  rewrite(file, { frontmatter: (doc) => doc.set(field, value) });
}

/** Adds a section (a level-2 heading and a paragraph) at the end of an entry's body. */
export function addSection(file: string, heading: string, paragraph: string): void {
  rewrite(file, { body: (text) => `${text.trimEnd()}\n\n## ${heading}\n\n${paragraph}\n` });
}
