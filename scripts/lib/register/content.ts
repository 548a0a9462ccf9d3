/**
 * The content a register is compared with: the collection's entries (file, text, frontmatter as YAML
 * gives it) and the names of every entry a register column may name (markets, branches, shops,
 * stories), read from the files as they are, so an import sees what `npm run check:content` sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { ENTRY_FILES, entryFilesOf } from '@/lib/content/collection-files';
import { entryId } from '@/lib/content/entry-id';
import { splitSource } from '@/lib/content/frontmatter';
import type { ReferenceNames } from '@/lib/register/cells';
import { registerColumns, SOURCES_LIST } from '@/lib/register/columns';
import type { RegisterEntry } from '@/lib/register/plan';
import { collectionJsonSchemas, identifierField } from '@/lib/schema/json-schema';
import type { CollectionName, RegisterCollection } from '@/lib/sections';

export interface EntryFile extends RegisterEntry {
  /** Absolute path. */
  file: string;
  text: string;
}

/**
 * Every entry file of a collection, read and its frontmatter parsed with js-yaml, as the build parses it
 * (a day is a Date; ../../../src/lib/register/entry-values.ts reads both); a file YAML cannot read has no
 * data: undefined (the check reports it).
 */
export function readEntries(contentDir: string, collection: CollectionName): EntryFile[] {
  const folder = path.join(contentDir, collection);
  return entryFilesOf(folder, ENTRY_FILES[collection]).map((relative) => {
    const file = path.join(folder, relative);
    const text = readFileSync(file, 'utf8');
    let data: unknown;
    try {
      data = load(splitSource(file, text).yaml) ?? {};
    } catch {
      data = undefined;
    }
    return { id: entryId(relative), file, text, data };
  });
}

/** Names both ways for the collections the register's columns point at. */
export function referenceNames(contentDir: string, collection: RegisterCollection, own: readonly EntryFile[]): ReferenceNames {
  const targets = new Set(registerColumns(collection).flatMap((column) => (column.reference ? [column.reference] : [])));
  const byCollection = new Map<string, { nameOf: Map<string, string>; idOf: Map<string, string> }>();
  for (const target of targets) {
    const field = identifierField(collectionJsonSchemas()[target]);
    const entries = target === collection ? own : readEntries(contentDir, target);
    const nameOf = new Map<string, string>();
    const idOf = new Map<string, string>();
    for (const entry of entries) {
      const name = (entry.data as Record<string, unknown> | undefined)?.[field];
      if (typeof name === 'string') {
        nameOf.set(entry.id, name.trim());
        if (!idOf.has(name.trim())) idOf.set(name.trim(), entry.id);
      }
    }
    byCollection.set(target, { nameOf, idOf });
  }
  return {
    nameOf: (target, id) => byCollection.get(target)?.nameOf.get(id),
    // A name, else an id as written (an exported sheet of an entry without a name keeps its id).
    idOf: (target, text) => byCollection.get(target)?.idOf.get(text) ?? (byCollection.get(target)?.nameOf.has(text) ? text : undefined),
    names: (target) => [...(byCollection.get(target)?.idOf.keys() ?? [])],
  };
}

/** The ids of the sources site.yaml lists (what a citation's 来源编号 may be); none when it cannot be read. */
export function sourceIds(contentDir: string): string[] {
  try {
    const site = load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { sources?: { id?: unknown }[] } | undefined;
    return (site?.sources ?? []).flatMap((source) => (typeof source?.id === 'string' ? [source.id] : []));
  } catch {
    return [];
  }
}

export interface RegisterContent {
  /** The collection's entries. */
  entries: EntryFile[];
  names: ReferenceNames;
  /** The drop-down lists a register's sheet offers: the names of each collection a column points at, the site's source ids. */
  lists: () => Record<string, readonly string[]>;
}

/** What a register is read against and written from: the collection's entries, the names its columns use, its drop-down lists. */
export function readRegister(contentDir: string, collection: RegisterCollection): RegisterContent {
  const entries = readEntries(contentDir, collection);
  const names = referenceNames(contentDir, collection, entries);
  const lists = () => {
    const wanted = new Set(registerColumns(collection).flatMap((column) => (column.list ? [column.list] : [])));
    return Object.fromEntries([...wanted].map((list) => [list, list === SOURCES_LIST ? sourceIds(contentDir) : names.names(list)]));
  };
  return { entries, names, lists };
}
