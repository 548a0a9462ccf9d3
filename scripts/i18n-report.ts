/**
 * npm run i18n:report — lists, per collection, the entries that lack English (src/lib/i18n-report.ts
 * says which fields count). Reads the Markdown frontmatter directly: no Astro build needed.
 * Always exits 0: a missing translation is shown as "Not yet translated" on the site, not an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { formatReport, type ReportEntry } from '../src/lib/i18n-report.ts';
import { COLLECTION_NAMES } from '../src/lib/sections.ts';
import { contentDir as contentDirSetting } from '../src/lib/env.ts';

const contentDir = contentDirSetting();

/** The YAML between the opening and closing --- of a Markdown file. */
function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  const data = match ? load(match[1]!) : {};
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function entries(collection: string): ReportEntry[] {
  const base = path.join(contentDir, collection);
  let files: string[];
  try {
    files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
  } catch {
    return [];
  }
  return files.sort().map((file) => ({
    id: file.replace(/\.mdx?$/, '').split(path.sep).join('/'),
    file: path.join(base, file).split(path.sep).join('/'),
    data: frontmatter(readFileSync(path.join(base, file), 'utf8')),
  }));
}

// Every collection but the prose pages, whose two languages the build checks.
console.log(formatReport(COLLECTION_NAMES.filter((collection) => collection !== 'pages').map((collection) => ({ collection, entries: entries(collection) }))));
