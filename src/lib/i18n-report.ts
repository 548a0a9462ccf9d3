/**
 * Which content lacks English: for each collection, the entries whose English fields are missing,
 * and which collections have no English pages at all. Pure (entries in, rows and text out), so it is
 * unit-tested; scripts/i18n-report.ts reads the frontmatter and prints the report (npm run i18n:report).
 */
import type { CollectionName } from './sections.ts';

/** One content entry as its frontmatter says. */
export interface ReportEntry {
  id: string;
  /** Path of the file, relative to the project. */
  file: string;
  data: Record<string, unknown>;
}

/** What each collection needs in English. */
interface CollectionRule {
  /** Where its English shows, for the report. */
  pages: string;
  /** English fields the English pages show, each with the condition under which it is needed. */
  fields: { field: string; needed?: (data: Record<string, unknown>) => boolean }[];
}

const has = (data: Record<string, unknown>, field: string): boolean => {
  const value = field.split('.').reduce<unknown>((object, key) => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined), data);
  return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
};

/**
 * What each collection with English needs. A collection without a rule has Chinese pages only (the
 * prose pages are checked in both languages by the build).
 */
export const RULES: Partial<Record<CollectionName, CollectionRule>> = {
  merchants: {
    pages: 'English pages',
    fields: [
      { field: 'nameEn' },
      { field: 'summary.en' },
      { field: 'pledge.en', needed: (data) => has(data, 'pledge') },
      { field: 'categoryEn', needed: (data) => has(data, 'category') },
    ],
  },
  activities: { pages: 'English pages', fields: [{ field: 'titleEn' }, { field: 'summary.en' }] },
  // No English pages, but English pages name them (organisers, the organisation chain, shop addresses).
  branches: { pages: 'Chinese pages only; English names shown on English pages', fields: [{ field: 'nameEn' }] },
  markets: {
    pages: 'no pages; names and addresses shown on English shop pages',
    fields: [{ field: 'nameEn' }, { field: 'address.en', needed: (data) => has(data, 'address') }],
  },
};

const CHINESE_ONLY: CollectionRule = { pages: 'Chinese only: no English pages', fields: [] };

export interface ReportRow {
  collection: string;
  id: string;
  file: string;
  /** The English fields this entry lacks (empty when it has them all). */
  missing: string[];
}

/** The entries of `collection` that lack English, with the fields they lack. */
export function missingEnglish(collection: CollectionName, entries: readonly ReportEntry[]): ReportRow[] {
  const rule = RULES[collection] ?? CHINESE_ONLY;
  return entries
    .map(({ id, file, data }) => ({
      collection,
      id,
      file,
      missing: rule.fields.filter(({ field, needed }) => (needed ? needed(data) : true) && !has(data, field)).map(({ field }) => field),
    }))
    .filter((row) => row.missing.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The report as text: one block per collection, in the order given. */
export function formatReport(collections: readonly { collection: CollectionName; entries: readonly ReportEntry[] }[]): string {
  const lines = ['English translation report / 英文翻译情况', ''];
  for (const { collection, entries } of collections) {
    const rule = RULES[collection] ?? CHINESE_ONLY;
    const rows = missingEnglish(collection, entries);
    const { pages } = rule;
    const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
    if (rule.fields.length === 0) {
      lines.push(`${collection}: ${count} — ${pages}`);
      continue;
    }
    const fields = rule.fields.map(({ field }) => field).join(', ');
    lines.push(
      rows.length === 0
        ? `${collection}: ${count} — ${pages}; all have English (${fields})`
        : `${collection}: ${count} — ${pages}; ${rows.length} ${rows.length === 1 ? 'lacks' : 'lack'} English (${fields}):`,
    );
    for (const row of rows) lines.push(`  ✖ ${row.file}  missing: ${row.missing.join(', ')}`);
  }
  return lines.join('\n');
}
