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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadWithJsYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import {
  activitySchema,
  branchSchema,
  guideSchema,
  marketSchema,
  merchantSchema,
  pageSchema,
  siteSchema,
  storySchema,
} from '../schema/collections';
import { checkEntryFile, withLines, yamlSyntaxProblem } from './entry-checks';
import { lineOfPath, parseYamlWithPositions, splitSource, type ParsedYaml, type SourceFile } from './frontmatter';
import { findDanglingReferences, findIntegrityProblems, findOrderCollisions, findParentCycles, type EntryRecord } from './integrity';
import { duplicateIdProblem, fieldPath, type ContentProblem } from './problems';
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
const COLLECTIONS: Record<string, { schema: z.ZodType }> = {
  branches: { schema: branchSchema({ reference }) },
  markets: { schema: marketSchema() },
  merchants: { schema: merchantSchema({ reference, image }) },
  stories: { schema: storySchema({ reference, image }) },
  activities: { schema: activitySchema({ reference, image }) },
  guides: { schema: guideSchema({ reference }) },
  pages: { schema: pageSchema() },
};
export const CHECKED_COLLECTIONS = Object.keys(COLLECTIONS);
const SITE_SCHEMA = siteSchema({ image });

/** The schema a collection is checked with (the build's, with stand-ins for reference and image). */
export function schemaOf(collection: string): z.ZodType {
  return collection === 'site' ? SITE_SCHEMA : COLLECTIONS[collection]!.schema;
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

/** Splits "问题，请修改（problem: fix）" (or "问题：请修改…") into the problem and the fix, when the message is written that way. */
export function splitMessage(message: string): { problem: string; fix?: string } {
  const match = /^(.*?)[，：](请.*)（(.*)）$/su.exec(message);
  if (!match) return { problem: message };
  const [, zhProblem, zhFix, english] = match as unknown as [string, string, string, string];
  const en = /^(.*?)(?::|;) (.*)$/s.exec(english);
  return en ? { problem: `${zhProblem}（${en[1]}）`, fix: `${zhFix}（${en[2]}）` } : { problem: `${zhProblem}（${english}）`, fix: zhFix };
}

function fallbackFix(code: string, missing: boolean): string {
  if (code === 'unrecognized_keys') return '改正字段名，或删去这一行（fix the field name or delete the line）';
  if (missing) return '添加这个字段（add the field）';
  return '按上面的说明改正（correct the value as described）';
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

/** One problem per schema issue; an unknown field is reported at the field itself, one per key. */
export function schemaProblems(file: string, issues: readonly ZodIssueLike[], parsed: ParsedYaml, fallbackLine: number, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const at = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const targets =
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key, index, keys) => {
            const parts = issue.message.split('；');
            const own = parts.length === keys.length ? parts[index]! : issue.message;
            return { at: [...at, key], message: HAN.test(own) ? own : `未知字段“${key}”（unknown field "${key}"）` };
          })
        : [{ at, message: HAN.test(issue.message) ? issue.message : `${DEFAULT_ZH[issue.code] ?? '内容不对'}（${issue.message}）` }];
    for (const target of targets) {
      const { problem, fix } = splitMessage(target.message);
      problems.push({
        file,
        line: lineOfPath(parsed, target.at, fallbackLine),
        field: fieldPath(target.at) || '(frontmatter)',
        problem,
        fix: fix ?? fallbackFix(issue.code, valueAt(data, target.at) === undefined),
      });
    }
  }
  return problems;
}

/** Every problem once: two checks that find the same thing at the same place (a schema rule and a link check) give one line. */
function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.line}\u0000${problem.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface LoadedFile {
  file: string;
  source: SourceFile;
  parsed?: ParsedYaml;
  data?: unknown;
}

/** Reads and parses one file; a YAML error (by either parser) is an error and the file's data is left out. */
function loadFile(absolute: string, file: string, errors: ContentProblem[]): LoadedFile & { text: string } {
  const text = readFileSync(absolute, 'utf8');
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

export function checkContent(contentDir: string, { now = new Date(), root = process.cwd() }: { now?: Date; root?: string } = {}): CheckResult {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const absoluteDir = path.resolve(root, contentDir);
  const shown = (absolute: string) => {
    const relative = path.relative(root, absolute);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
  };
  const loaded = new Map<string, LoadedFile>();
  const records: EntryRecord[] = [];

  const checkOne = (absolute: string, schema: z.ZodType, collection: string, id: string) => {
    const file = shown(absolute);
    const fileErrors: ContentProblem[] = [];
    const entry = loadFile(absolute, file, fileErrors);
    loaded.set(file, entry);
    if (entry.data !== undefined) {
      const own = checkEntryFile({ file, text: entry.text, data: entry.data, entryDir: path.dirname(absolute), exists: existsSync, now, source: entry.source, parsed: entry.parsed });
      const result = schema.safeParse(entry.data);
      const impossibleDayLines = new Set(own.errors.filter((problem) => problem.problem.includes('不存在（this day does not exist）')).map((problem) => problem.line));
      // The file's own checks first: where both find the same field (a javascript: website), theirs says more.
      fileErrors.push(...own.errors);
      if (!result.success) {
        const issues = result.error.issues as ZodIssueLike[];
        fileErrors.push(...schemaProblems(file, issues, entry.parsed!, entry.source.frontmatterLine, entry.data).filter((problem) => !impossibleDayLines.has(problem.line)));
      }
      warnings.push(...own.warnings);
      records.push({ collection, id, filePath: file, data: result.success ? result.data : {} });
    } else {
      records.push({ collection, id, filePath: file, data: {} });
    }
    errors.push(...dedupe(fileErrors).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  };

  errors.push(...findStrayTopLevel(absoluteDir, Object.keys(ENTRY_FILES), shown));
  for (const [collection, { schema }] of Object.entries(COLLECTIONS)) {
    const folder = path.join(absoluteDir, collection);
    errors.push(...findStrayFiles(folder, ENTRY_FILES[collection]!, shown));
    const firstFileOf = new Map<string, string>();
    for (const relative of entryFilesOf(folder, ENTRY_FILES[collection]!)) {
      const absolute = path.join(folder, relative);
      const id = entryId(relative);
      const first = firstFileOf.get(id);
      if (first) {
        errors.push({ ...duplicateIdProblem(collection, id, first, shown(absolute)), line: 1 });
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
    errors.push({ file: shown(siteFile), field: '(文件 file)', problem: '缺少网站数据文件 site.yaml（site.yaml is missing）', fix: '从版本库恢复 site.yaml（restore site.yaml from git）' });
  }

  // Links in bodies to entries that do not exist (deleted or renamed): the page would link nowhere.
  const idsBySection = entryIdsBySection(records);
  for (const { file, source } of loaded.values()) {
    errors.push(...findBrokenEntryLinks(file, source.body, source.bodyStartLine, idsBySection));
  }

  // Each prose page in both languages (the build stops on a missing one as it loads the content, src/lib/content/site.ts).
  const pageIds = records.filter((record) => record.collection === 'pages').map((record) => record.id);
  errors.push(...missingProsePages(pageIds, shown(absoluteDir)));

  // Without readable site data every citation would be "unknown": then its sources are not checked.
  const crossEntry =
    sourceIds.length > 0
      ? findIntegrityProblems(records, sourceIds)
      : [...findDanglingReferences(records), ...findParentCycles(records), ...findOrderCollisions(records)];
  for (const problem of crossEntry) {
    const entry = loaded.get(problem.file);
    errors.push(...withLines([problem], entry?.parsed, entry?.source.frontmatterLine ?? 1));
  }
  return { errors, warnings };
}
