/**
 * The collections of the form editor, from the section registry (src/lib/sections.ts): one folder
 * collection per content collection, the prose pages (each in Chinese and English) and the site data.
 * Fields come from the schemas (./widgets.ts); labels from the registry and the UI strings.
 */
import { t } from '@/i18n/ui';
import { COLLECTION_NAMES, PROSE_PAGES, SCAFFOLD_KINDS, SECTIONS, sectionOfCollection, type CollectionName, type SectionRow } from '@/lib/sections';
import { collectionJsonSchemas, identifierField, siteJsonSchema } from '@/lib/schema/json-schema';
import { entryFields, type DecapField } from './widgets';

const CONTENT = 'src/content';

/** Labels of what the registry has no row for: the market buildings, the prose pages, the site data. */
const OTHER_LABELS = {
  markets: { label: '市场楼宇', singular: '市场' },
  pages: { label: '说明页面', singular: '页面' },
  site: { label: '网站设置', singular: '网站设置' },
} as const;

/** The body of an entry, below its fields. */
const BODY: DecapField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  required: false,
  hint: '正文：用“## 小标题”分段，每段中文写成一行（段中不要回车换行），用全角标点',
};

function rowOf(collection: CollectionName): SectionRow | undefined {
  return Object.values(SECTIONS as Record<string, SectionRow>).find((row) => row.collection === collection);
}

function labelsOf(collection: CollectionName): { label: string; label_singular: string } {
  const row = rowOf(collection);
  if (row) return { label: t(row.label), label_singular: row.scaffold?.label.split(' ')[0] ?? t(row.label) };
  const other = OTHER_LABELS[collection as keyof typeof OTHER_LABELS];
  if (!other) throw new Error(`${collection}: no label for the editor (add its row to src/lib/sections.ts)`);
  return { label: other.label, label_singular: other.singular };
}

/** The file type of a collection's entries: the `npm run new` kind's (stories and guides are MDX), else Markdown. */
function extensionOf(collection: CollectionName): string {
  const kind = Object.values(SCAFFOLD_KINDS).find((entry) => entry.folder === collection);
  return (kind?.extension ?? '.md').slice(1);
}

/** A collection with a page per entry shows the entry's body there; the market buildings have none. */
const hasBody = (collection: CollectionName) => Object.hasOwn(sectionOfCollection, collection);

/** A content collection as a folder collection (the prose pages are `proseCollection`, below). */
export function folderCollection(collection: CollectionName) {
  const schema = collectionJsonSchemas()[collection];
  const identifier = identifierField(schema);
  return {
    name: collection,
    ...labelsOf(collection),
    folder: `${CONTENT}/${collection}`,
    create: true,
    delete: true,
    format: 'frontmatter',
    extension: extensionOf(collection),
    identifier_field: identifier,
    summary: `{{fields.${identifier}}}`,
    // The file name from the name or title as typed (Chinese stays Chinese: an ASCII slug of a Chinese
    // name is empty); the server renames a new entry to the pinyin `npm run new` gives (src/lib/scaffold/file-id.ts).
    slug: '{{slug}}',
    // Photos beside the entry, written relative to it (see ./image-path.ts for the leading ./).
    media_folder: '',
    public_folder: '',
    sortable_fields: [identifier],
    fields: [...entryFields(schema, collection), ...(hasBody(collection) ? [BODY] : [])],
  };
}

/** The prose pages: a fixed set (src/lib/sections.ts, `prose`), each in Chinese and in English under en/. */
export function proseCollection() {
  const fields = [...entryFields(collectionJsonSchemas().pages, 'pages'), BODY];
  const files = Object.entries(PROSE_PAGES).flatMap(([page, names]) => [
    { name: page, label: names.zh, file: `${CONTENT}/pages/${page}.md`, fields },
    { name: `en-${page}`, label: `${names.zh}（英文）`, file: `${CONTENT}/pages/en/${page}.md`, fields },
  ]);
  return { name: 'pages', ...labelsOf('pages'), format: 'frontmatter', extension: 'md', media_folder: '', public_folder: '', files };
}

/** src/content/site.yaml; its one image, the account's QR code, is kept in src/content/images/. */
export function siteCollection() {
  const { label, singular } = OTHER_LABELS.site;
  return {
    name: 'site',
    label,
    label_singular: singular,
    // Settings, not a page: Decap's own preview of its nested lists showed their configuration as text.
    editor: { preview: false },
    files: [
      {
        name: 'site',
        label,
        file: `${CONTENT}/site.yaml`,
        format: 'yml',
        media_folder: 'images',
        public_folder: 'images',
        fields: entryFields(siteJsonSchema(), 'site'),
      },
    ],
  };
}

/** Every collection of the editor: the content collections in the registry's order, then the site data. */
export function editorCollections() {
  return [...COLLECTION_NAMES.map((name) => (name === 'pages' ? proseCollection() : folderCollection(name))), siteCollection()];
}
