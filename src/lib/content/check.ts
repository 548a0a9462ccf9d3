/**
 * `npm run check:content`: every content file checked in a few seconds, without Astro and without
 * building the site, with the same schemas (src/lib/schema/collections.ts), the same per-file checks
 * (./entry-checks.ts) and the same cross-entry checks (./integrity.ts) as the build.
 *
 * Frontmatter is parsed with the `yaml` package, which keeps source positions, so each problem points
 * at the line of its field. YAML 1.2 keeps an unquoted 2018-10-31 as text where Astro's js-yaml makes
 * it a Date; the schemas accept both (calendarDay). Each file is also parsed with js-yaml, so a file
 * the build's parser rejects is rejected here too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadWithJsYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { siteSchema } from '../schema/collections';
import { collectionSchemas } from '../schema/collection-schemas';
import { COLLECTION_NAMES, type CollectionName } from '../sections';
import { checkEntryFile, withLines, yamlSyntaxProblem } from './entry-checks';
import { lineOfPath, parseYamlWithPositions, splitSource, type ParsedYaml, type SourceFile } from './frontmatter';
import { findEmptySections } from './empty-sections';
import { findStaleSections } from './freshness';
import { findMisspelledNames, type OfficialName } from './official-names';
import { findDanglingReferences, findIntegrityProblems, findOrderCollisions, findParentCycles, type EntryRecord } from './integrity';
import { bySeverity, dedupeProblems, duplicateIdProblem, fieldPath, type Bilingual, type ContentProblem } from './problems';
import { messageParts } from '../schema/message-table';
import { image, reference } from './schema-context';
import { missingProsePages } from '../prose-pages';
import { entryIdsBySection, findBrokenEntryLinks } from './body-checks';
import { ENTRY_FILES, entryFilesOf, findStrayFiles, findStrayTopLevel } from './collection-files';
import { entryId } from './entry-id';
import { HAN } from '../text/han';

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** Each collection's schema (the build's, with stand-ins for reference and image); its files: ENTRY_FILES. */
const SCHEMAS: Record<CollectionName, z.ZodType> = collectionSchemas({ reference, image });
export const CHECKED_COLLECTIONS: readonly CollectionName[] = COLLECTION_NAMES;
const SITE_SCHEMA = siteSchema({ image });

/** The schema a collection is checked with (the build's, with stand-ins for reference and image). */
export function schemaOf(collection: CollectionName | 'site'): z.ZodType {
  return collection === 'site' ? SITE_SCHEMA : SCHEMAS[collection];
}

/** A zod message without Chinese (a default one) gets a Chinese one by its kind. */
const DEFAULT_ZH: Record<string, string> = {
  invalid_type: '类型不对',
  too_small: '太小或太短',
  too_big: '太大或太长',
  invalid_format: '格式不对',
  invalid_value: '不在可选范围内',
  invalid_union: '写法不对',
  not_multiple_of: '数值不对',
  custom: '内容不对',
};

/** The fix of a schema message that does not say one, by the kind of issue. */
function fallbackFix(code: string, missing: boolean): Bilingual {
  if (code === 'unrecognized_keys') return { zh: '改正字段名，或删去这一行', en: 'fix the field name or delete the line' };
  if (missing) return { zh: '添加这个字段', en: 'add the field' };
  return { zh: '按上面的说明改正', en: 'correct the value as described' };
}

function valueAt(data: unknown, at: readonly (string | number)[]): unknown {
  return at.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  input?: unknown;
}

/** What a schema issue says, as data: from the message table (../schema/message-table.ts), or zod's own words. */
function partsOf(issue: ZodIssueLike): { at: (string | number)[]; said: Pick<ContentProblem, 'code' | 'problem'> & { fix?: Bilingual } }[] {
  const at = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const table = messageParts(issue.message);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    // An unknown field is reported at the field itself, one per key.
    return issue.keys.map((key, index, keys) => ({
      at: [...at, key],
      said: table?.length === keys.length ? table[index]! : { code: 'unknown-field', problem: { zh: `未知字段“${key}”`, en: `unknown field "${key}"` } },
    }));
  }
  if (table?.length === 1) return [{ at, said: table[0]! }];
  // Not written with schemaMessage: zod's own message in English gets a Chinese one by its kind; any
  // other message is shown whole (tests/unit/schema-messages.test.ts keeps every schema message in the table).
  return [{ at, said: { code: 'schema-invalid', problem: HAN.test(issue.message) ? { zh: issue.message, en: '' } : { zh: DEFAULT_ZH[issue.code] ?? '内容不对', en: issue.message } } }];
}

/** One problem per schema issue; an unknown field is reported at the field itself, one per key. */
export function schemaProblems(file: string, issues: readonly ZodIssueLike[], parsed: ParsedYaml, fallbackLine: number, data: unknown): ContentProblem[] {
  return issues.flatMap((issue) =>
    partsOf(issue).map(({ at, said }) => ({
      code: said.code,
      severity: 'error' as const,
      file,
      line: lineOfPath(parsed, at, fallbackLine),
      field: fieldPath(at) || '(frontmatter)',
      problem: said.problem,
      fix: said.fix ?? fallbackFix(issue.code, valueAt(data, at) === undefined),
    })),
  );
}

interface LoadedFile {
  file: string;
  text: string;
  source: SourceFile;
  parsed?: ParsedYaml;
  data?: unknown;
}

/** Reads and parses one file; a YAML error (by either parser) is an error and the file's data is left out. */
function loadFile(text: string, file: string, errors: ContentProblem[]): LoadedFile & { text: string } {
  const source = splitSource(file, text);
  const parsed = parseYamlWithPositions(source);
  // js-yaml first: it is what the build parses with, and its line is the nearer one for an unclosed quote.
  try {
    loadWithJsYaml(source.yaml);
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    errors.push(yamlSyntaxProblem(file, mark?.line === undefined ? source.yamlStartLine : mark.line + parsed.lineOffset + 1, reason ?? (error as Error).message));
    return { file, text, source, parsed };
  }
  const yamlError = parsed.doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    errors.push(yamlSyntaxProblem(file, line === undefined ? source.yamlStartLine : line + parsed.lineOffset, yamlError.message));
    return { file, text, source, parsed };
  }
  return { file, text, source, parsed, data: parsed.doc.toJS() ?? {} };
}

/** What site.yaml says of the inspection rules (src/lib/schema/site-data.ts). */
interface SiteReadiness {
  freshness: Readonly<Record<string, number | undefined>>;
  hiddenSections: readonly string[];
  officialNames: readonly OfficialName[];
}

export interface CheckOptions {
  now?: Date;
  /** What file paths are shown relative to. */
  root?: string;
  /**
   * A change checked before it is written (`npm run import`): entry files' texts by absolute path,
   * read instead of the file on disk, or added when the file does not exist yet.
   */
  overlay?: ReadonlyMap<string, string>;
  /**
   * The files whose own checks run (default: all). The others are still parsed and checked against
   * their schema, for the checks across entries: an import checks the files it writes, in seconds.
   */
  fileChecks?: (absolute: string) => boolean;
  /** The js-yaml data of files without their own checks, by absolute path, where the caller has it already. */
  parsed?: ReadonlyMap<string, unknown>;
}

/** A file as problems name it: relative to `root` when inside it, else absolute; with / on every system. */
export function shownPath(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}

export function checkContent(contentDir: string, { now = new Date(), root = process.cwd(), overlay, fileChecks = () => true, parsed: given }: CheckOptions = {}): CheckResult {
  // Errors and warnings in one list, in the order found; apart by severity at the end.
  const found: ContentProblem[] = [];
  const absoluteDir = path.resolve(root, contentDir);
  const shown = (absolute: string) => shownPath(root, absolute);
  const loaded = new Map<string, LoadedFile>();
  const records: EntryRecord[] = [];

  /**
   * A file without its own checks: parsed by js-yaml alone (the build's parser), the positions only
   * when a problem needs a line. False when js-yaml cannot read it: then it is checked in full.
   */
  const loadQuickly = (absolute: string, text: string, schema: z.ZodType, collection: string, id: string): boolean => {
    const file = shown(absolute);
    const source = splitSource(file, text);
    let data = given?.get(absolute);
    try {
      data ??= loadWithJsYaml(source.yaml) ?? {};
    } catch {
      return false;
    }
    let parsed: ParsedYaml | undefined;
    const positions = () => (parsed ??= parseYamlWithPositions(source));
    loaded.set(file, {
      file,
      text,
      source,
      data,
      get parsed() {
        return positions();
      },
    });
    const result = schema.safeParse(data);
    if (!result.success) found.push(...schemaProblems(file, result.error.issues as ZodIssueLike[], positions(), source.frontmatterLine, data));
    records.push({ collection, id, filePath: file, data: result.success ? result.data : {} });
    return true;
  };

  const checkOne = (absolute: string, schema: z.ZodType, collection: string, id: string) => {
    const file = shown(absolute);
    const text = overlay?.get(absolute) ?? readFileSync(absolute, 'utf8');
    if (!fileChecks(absolute) && loadQuickly(absolute, text, schema, collection, id)) return;
    const fileErrors: ContentProblem[] = [];
    const entry = loadFile(text, file, fileErrors);
    loaded.set(file, entry);
    if (entry.data !== undefined) {
      const own = checkEntryFile({ file, text: entry.text, data: entry.data, entryDir: path.dirname(absolute), exists: existsSync, now, source: entry.source, parsed: entry.parsed });
      const result = schema.safeParse(entry.data);
      // YAML rolls an impossible day over: the text check has the day as written, the schema only its echo.
      const impossibleDayLines = new Set(own.errors.filter((problem) => problem.code === 'impossible-day').map((problem) => problem.line));
      // The file's own checks first: where both find the same field (a javascript: website), theirs says more.
      fileErrors.push(...own.errors);
      if (!result.success) {
        const issues = result.error.issues as ZodIssueLike[];
        fileErrors.push(...schemaProblems(file, issues, entry.parsed!, entry.source.frontmatterLine, entry.data).filter((problem) => !impossibleDayLines.has(problem.line)));
      }
      found.push(...own.warnings);
      records.push({ collection, id, filePath: file, data: result.success ? result.data : {} });
    } else {
      records.push({ collection, id, filePath: file, data: {} });
    }
    found.push(...dedupeProblems(fileErrors).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  };

  found.push(...findStrayTopLevel(absoluteDir, Object.keys(ENTRY_FILES), shown));
  for (const collection of COLLECTION_NAMES) {
    const schema = SCHEMAS[collection];
    const folder = path.join(absoluteDir, collection);
    found.push(...findStrayFiles(folder, ENTRY_FILES[collection]!, shown));
    const firstFileOf = new Map<string, string>();
    const added = [...(overlay?.keys() ?? [])].filter((file) => path.dirname(file) === folder && !existsSync(file)).map((file) => path.basename(file));
    for (const relative of [...entryFilesOf(folder, ENTRY_FILES[collection]!), ...added]) {
      const absolute = path.join(folder, relative);
      const id = entryId(relative);
      const first = firstFileOf.get(id);
      if (first) {
        found.push({ ...duplicateIdProblem(collection, id, first, shown(absolute)), line: 1 });
        continue;
      }
      firstFileOf.set(id, shown(absolute));
      checkOne(absolute, schema, collection, id);
    }
  }

  const siteFile = path.join(absoluteDir, 'site.yaml');
  let sourceIds: string[] = [];
  if (existsSync(siteFile)) {
    checkOne(siteFile, SITE_SCHEMA, 'site', 'site');
    const site = records.find((record) => record.collection === 'site')?.data as { sources?: { id: string }[] } | undefined;
    sourceIds = site?.sources?.map((source) => source.id) ?? [];
  } else {
    found.push({
      code: 'site-data-missing',
      severity: 'error',
      file: shown(siteFile),
      field: '(文件 file)',
      problem: { zh: '缺少网站数据文件 site.yaml', en: 'site.yaml is missing' },
      fix: { zh: '从版本库恢复 site.yaml', en: 'restore site.yaml from git' },
    });
  }

  // Links in bodies to entries that do not exist (deleted or renamed): the page would link nowhere.
  const idsBySection = entryIdsBySection(records);
  for (const { file, source } of loaded.values()) {
    found.push(...findBrokenEntryLinks(file, source.body, source.bodyStartLine, idsBySection));
  }

  // Each prose page in both languages (the build stops on a missing one as it loads the content, src/lib/content/site.ts).
  const pageIds = records.filter((record) => record.collection === 'pages').map((record) => record.id);
  found.push(...missingProsePages(pageIds, shown(absoluteDir)));

  // What a public-website inspection fails a site for: sections left empty or stale, names misspelt.
  const siteData = records.find((record) => record.collection === 'site')?.data as Partial<SiteReadiness> | undefined;
  if (siteData?.freshness) {
    found.push(...findEmptySections(records, siteData.hiddenSections ?? [], shown(absoluteDir)));
    for (const problem of findStaleSections(records, siteData.freshness, now)) {
      const entry = loaded.get(problem.file);
      found.push(...withLines([problem], entry?.parsed, entry?.source.frontmatterLine ?? 1));
    }
    for (const entry of loaded.values()) {
      const misspelt = findMisspelledNames(entry.file, entry.text, siteData.officialNames ?? [], (field) => entry.file === shown(siteFile) && field.startsWith('officialNames'));
      if (misspelt.length > 0) found.push(...withLines(misspelt, entry.parsed, entry.source.frontmatterLine));
    }
  }

  // Without readable site data every citation would be "unknown": then its sources are not checked.
  const crossEntry =
    sourceIds.length > 0
      ? findIntegrityProblems(records, sourceIds)
      : [...findDanglingReferences(records), ...findParentCycles(records), ...findOrderCollisions(records)];
  for (const problem of crossEntry) {
    const entry = loaded.get(problem.file);
    found.push(...withLines([problem], entry?.parsed, entry?.source.frontmatterLine ?? 1));
  }
  return bySeverity(found);
}
