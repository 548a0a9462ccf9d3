/**
 * Checks across entries that Astro does not enforce: Astro 7 only logs a reference to a missing
 * entry and exits 0, and a citation may name a source that site data does not list.
 * Pure functions over plain records, so they are tested without a build.
 */
import { closestMatches } from '../text/closest';
import { fieldPath, type ContentProblem } from './problems';
import { findFoldedNameClashes } from './unicode';

export interface EntryRecord {
  collection: string;
  id: string;
  /** Path relative to the project root, as Astro records it. */
  filePath?: string;
  data: unknown;
}

type Path = (string | number)[];

function isReference(value: unknown, collections: ReadonlySet<string>): value is { id: string; collection: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    collections.has((value as { collection: string }).collection) &&
    Object.keys(value).length === 2
  );
}

function isCitation(value: unknown): value is { source: string; section?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as { source?: unknown }).source === 'string' && keys.every((key) => key === 'source' || key === 'section');
}

/** Calls `visit` for every value in `data` with its path; does not descend into Dates or images. */
function walk(data: unknown, visit: (value: unknown, path: Path) => boolean | void, path: Path = []): void {
  if (visit(data, path) === false) return;
  if (Array.isArray(data)) data.forEach((item, index) => walk(item, visit, [...path, index]));
  else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) walk(value, visit, [...path, key]);
  }
}

function fileOf(entry: EntryRecord): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** Every reference that points at an entry that does not exist, with the ids that do exist. */
export function findDanglingReferences(entries: readonly EntryRecord[]): ContentProblem[] {
  const collections = new Set(entries.map((entry) => entry.collection));
  const idsByCollection = new Map<string, string[]>();
  for (const entry of entries) {
    const ids = idsByCollection.get(entry.collection);
    if (ids) ids.push(entry.id);
    else idsByCollection.set(entry.collection, [entry.id]);
  }
  for (const ids of idsByCollection.values()) ids.sort();
  // Looked up once per reference: at market scale, thousands of shops against thousands of ids.
  const known = new Map([...idsByCollection].map(([collection, ids]) => [collection, new Set(ids)]));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    walk(entry.data, (value, path) => {
      if (!isReference(value, collections)) return;
      if (known.get(value.collection)?.has(value.id)) return false;
      const existing = idsByCollection.get(value.collection) ?? [];
      const near = closestMatches(value.id, existing);
      problems.push({
        code: 'unknown-reference',
        severity: 'error',
        file: fileOf(entry),
        field: fieldPath(path),
        problem: { zh: `引用的“${value.id}”在 ${value.collection} 中不存在`, en: `no entry "${value.id}" in ${value.collection}` },
        fix: {
          zh: `${near.length > 0 ? `是不是：${near.join('、')}？` : ''}现有编号`,
          en: 'existing ids',
          detail: existing.length > 0 ? existing.join('、') : '（无 none）',
        },
      });
      return false;
    });
  }
  return problems;
}

/** Every citation whose source id is not among the sources listed in site data. */
export function findUnknownSources(entries: readonly EntryRecord[], sourceIds: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    walk(entry.data, (value, path) => {
      if (!isCitation(value) || sourceIds.includes(value.source)) return;
      const near = closestMatches(value.source, sourceIds);
      problems.push({
        code: 'unknown-source',
        severity: 'error',
        file: fileOf(entry),
        field: fieldPath([...path, 'source']),
        problem: { zh: `来源“${value.source}”未在 site.yaml 的 sources 中登记`, en: `unknown source "${value.source}"` },
        fix: {
          zh: `改为已登记的来源编号${near.length > 0 ? `，如 ${near[0]}` : ''}，或先在 src/content/site.yaml 的 sources 中登记`,
          en: `known: ${sourceIds.join(', ')}`,
        },
      });
      return false;
    });
  }
  return problems;
}

const collectionsOf = (entries: readonly EntryRecord[]) => [...new Set(entries.map((entry) => entry.collection))];

/**
 * An entry that is, through its parents, its own parent (an organisation's `parent`, in any collection
 * whose entries have one): the chain would never end.
 */
export function findParentCycles(entries: readonly EntryRecord[], field = 'parent'): ContentProblem[] {
  return collectionsOf(entries).flatMap((collection) => parentCyclesIn(entries, collection, field));
}

function parentCyclesIn(entries: readonly EntryRecord[], collection: string, field: string): ContentProblem[] {
  const own = entries.filter((entry) => entry.collection === collection);
  const parentOf = new Map(own.map((entry) => [entry.id, ((entry.data as Record<string, { id?: string } | undefined>)[field])?.id]));
  const problems: ContentProblem[] = [];
  for (const entry of own) {
    const chain = [entry.id];
    for (let next = parentOf.get(entry.id); next !== undefined; next = parentOf.get(next)) {
      if (next === entry.id) {
        problems.push({
          code: 'parent-cycle',
          severity: 'error',
          file: fileOf(entry),
          field,
          problem: { zh: `上级组织形成了循环：${[...chain, next].join(' → ')}`, en: 'the parent chain loops back' },
          fix: { zh: '检查这几个文件的 parent，最上级的组织不写 parent', en: 'the top organisation has no parent' },
        });
        break;
      }
      if (chain.includes(next)) break; // a loop further up: reported for the entries on it
      chain.push(next);
    }
  }
  return problems;
}

/**
 * Two entries of one section with the same `order` (guides; any collection whose entries have both):
 * their place in the sidebar and in previous/next would depend on their titles, not on what the
 * editor meant. Files are taken in path order; each one whose number an earlier file already has is
 * reported, naming that file and a free number.
 */
export function findOrderCollisions(entries: readonly EntryRecord[]): ContentProblem[] {
  return collectionsOf(entries).flatMap((collection) => orderCollisionsIn(entries, collection));
}

function orderCollisionsIn(entries: readonly EntryRecord[], collection: string): ContentProblem[] {
  const own = entries
    .filter((entry) => entry.collection === collection)
    .map((entry) => ({ entry, data: entry.data as { section?: unknown; order?: unknown } }))
    .filter(({ data }) => typeof data.section === 'string' && typeof data.order === 'number')
    .sort((a, b) => (fileOf(a.entry) < fileOf(b.entry) ? -1 : fileOf(a.entry) > fileOf(b.entry) ? 1 : 0));
  const usedBySection = new Map<string, Set<number>>();
  for (const { data } of own) {
    const section = data.section as string;
    usedBySection.set(section, (usedBySection.get(section) ?? new Set()).add(data.order as number));
  }
  const claimed = new Map<string, EntryRecord>(); // `${section}\u0000${order}` → the first file with it
  const problems: ContentProblem[] = [];
  for (const { entry, data } of own) {
    const section = data.section as string;
    const order = data.order as number;
    const key = `${section}\u0000${order}`;
    const first = claimed.get(key);
    if (!first) {
      claimed.set(key, entry);
      continue;
    }
    const used = usedBySection.get(section)!;
    let free = order + 1;
    while (used.has(free)) free++;
    if (free > 999) {
      // the schema allows 1–999: look below instead
      free = 1;
      while (used.has(free)) free++;
    }
    used.add(free); // a second collision in the same section is offered another number
    problems.push({
      code: 'order-collision',
      severity: 'error',
      file: fileOf(entry),
      field: 'order',
      problem: { zh: `与 ${fileOf(first)} 的 order 相同：栏目“${section}”中已有第 ${order} 篇`, en: `same order ${order} as ${fileOf(first)} in section ${section}` },
      fix: { zh: `改为本栏目未用的序号，如 order: ${free}；或调整 ${fileOf(first)} 的 order`, en: `use a free number, e.g. ${free}, or change the other file` },
    });
  }
  return problems;
}

/** Every problem that only shows when entries are seen together. */
export function findIntegrityProblems(entries: readonly EntryRecord[], sourceIds: readonly string[]): ContentProblem[] {
  return [
    ...findDanglingReferences(entries),
    ...findUnknownSources(entries, sourceIds),
    ...findParentCycles(entries),
    ...findOrderCollisions(entries),
    ...findSameNames(entries),
  ];
}

/** Two entries of a collection with one name, written the same or differing only in traditional characters or width. */
export function findSameNames(entries: readonly EntryRecord[]): ContentProblem[] {
  return findFoldedNameClashes(
    entries.map(({ collection, id, filePath = id, data }) => {
      const name = (data as { name?: unknown } | undefined)?.name;
      return { collection, id, filePath, name: typeof name === 'string' ? name : undefined };
    }),
  );
}
