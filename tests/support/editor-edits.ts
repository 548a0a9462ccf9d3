/**
 * The changes an editor makes to a content folder, done the way an editor does them (delete the file
 * and every reference to it, rename a file and its references, change a name, add a section), on
 * whatever entries the folder has: nothing here names an entry. Frontmatter is edited through the
 * `yaml` Document API, so the rest of the file keeps its form and comments.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { entryId } from '@/lib/content/entry-id';
import { splitSource } from '@/lib/content/frontmatter';
import { sectionOfCollection } from '@/lib/sections';
import { fileIdFor } from '@/lib/scaffold/file-id';
import { renderEntry } from '@/lib/scaffold/template';

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

/** What was done to the copy, for the test names' failures and the checks below. */
export interface Done {
  deletedShop?: string;
  deletedStory?: string;
  renamedShop?: { from: string; to: string };
  newName?: { id: string; name: string };
  addedShop?: string;
  guideWithSection?: string;
}

/** Is the id named in another entry's file (a reference or a link)? */
function mentioned(contentDir: string, id: string): boolean {
  return ['stories', 'activities', 'guides'].some((collection) =>
    entriesOf(contentDir, collection as 'stories').some(([, file]) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'm').test(readFileSync(file, 'utf8'))),
  );
}

/**
 * Makes the editor's changes in `dir` (tests/real-content/editor-edits.test.ts lists them), on the
 * first entries in file order that fit. The same folder gives the same changes.
 */
export function editLikeAnEditor(dir: string): Done {
  const done: Done = {};
  const shops = () => entriesOf(dir, 'merchants').map(([id]) => id);

  const toDelete = shops().find((id) => mentioned(dir, id)) ?? shops()[0];
  if (toDelete) deleteEntry(dir, 'merchants', (done.deletedShop = toDelete));

  const story = entriesOf(dir, 'stories')[0]?.[0];
  if (story) deleteEntry(dir, 'stories', (done.deletedStory = story));

  const toRename = shops().find((id) => mentioned(dir, id)) ?? shops()[0];
  if (toRename) {
    const to = fileIdFor(`${toRename}-xin`, shops());
    renameEntry(dir, 'merchants', toRename, to);
    done.renamedShop = { from: toRename, to };
  }

  const [renamedId, renamedFile] = entriesOf(dir, 'merchants').at(-1) ?? [];
  if (renamedId && renamedFile) {
    const name = `${String(frontmatterOf(renamedFile).get('name')).slice(0, 30)}新店`;
    setField(renamedFile, 'name', name);
    done.newName = { id: renamedId, name };
  }

  const sourceId = String((frontmatterOf(path.join(dir, 'site.yaml')).toJS() as { sources: { id: string }[] }).sources[0]!.id);
  const name = '编辑新增的示范商户';
  const id = fileIdFor(name, shops());
  writeFileSync(path.join(dir, 'merchants', `${id}.md`), renderEntry('merchant', { name, summary: { zh: '编辑用新建命令的函数加的一家商户，用于测试。' }, source: { source: sourceId } }));
  done.addedShop = id;

  const guide = entriesOf(dir, 'guides')[0];
  if (guide) {
    addSection(guide[1], '编辑新加的一节', '这是编辑在课程末尾新加的一节内容，用于测试。');
    done.guideWithSection = guide[0];
  }
  return done;
}
