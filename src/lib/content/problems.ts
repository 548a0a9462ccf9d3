/**
 * A problem in content an editor wrote, as data: what kind it is (a stable code), whether it stops the
 * build, where it is, and the problem and its fix in Chinese and English. It becomes text only when
 * printed, the one way every tool prints it: Chinese first, English beside it in full-width brackets.
 * No imports but types: plain Node loads it (scripts/build.ts → … → ./collection-files.ts).
 */
import type { SchemaMessageCode } from '../schema/message-table.ts';

/** One text in both languages. */
export interface Bilingual {
  zh: string;
  /** Empty where the message has no English part (printed without brackets). */
  en: string;
  /** Printed after both languages, after “：”, the same for both: a quote from the file, a list of ids, a parser's own words. */
  detail?: string;
}

export type Severity = 'error' | 'warning';

/** The kinds of problem the content checks find (schema messages add their own: ../schema/message-table.ts). */
export type CheckCode =
  // files and folders
  | 'duplicate-id'
  | 'site-data-missing'
  | 'stray-file'
  | 'stray-top-level'
  | 'entry-in-subfolder'
  | 'extension-case'
  | 'missing-prose-page'
  // one file's text
  | 'yaml-syntax'
  | 'impossible-day'
  | 'dropped-text'
  | 'hidden-character'
  | 'hidden-character-reference'
  | 'personal-data'
  | 'date-in-future'
  | 'hard-line-break'
  | 'chinese-copy'
  | 'stale-verification'
  | 'placeholder-text'
  | 'misspelt-name'
  // photos
  | 'photo-on-other-host'
  | 'photo-path-not-relative'
  | 'image-not-found'
  | 'not-an-image'
  | 'photo-too-large'
  // links and markup
  | 'unsafe-link'
  | 'remote-image'
  | 'broken-entry-link'
  | 'missing-english-page'
  | 'mdx-unreadable'
  | 'html-element-not-allowed'
  | 'html-attribute-not-allowed'
  | 'mdx-import-export'
  | 'mdx-expression'
  | 'mdx-fragment'
  | 'mdx-attribute-code'
  | 'unknown-component'
  | 'unknown-component-attribute'
  | 'component-attribute-value'
  // across entries
  | 'unknown-reference'
  | 'unknown-source'
  | 'parent-cycle'
  | 'order-collision'
  | 'same-name'
  // what a public-website inspection fails a site for
  | 'empty-section'
  | 'stale-section'
  // a schema message not in the table (zod's own, in English)
  | 'schema-invalid';

export type ProblemCode = CheckCode | SchemaMessageCode;

export interface ContentProblem {
  /** The kind of problem, kebab-case and stable: what tools and tests key on, never the text. */
  code: ProblemCode;
  /** An error stops the build and fails check:content; a warning is printed only. */
  severity: Severity;
  /** Path of the file, relative to the project, e.g. src/content/merchants/cuige-zhubao.md */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a path: honours[0].year, or (id) for the entry's id. */
  field: string;
  problem: Bilingual;
  fix: Bilingual;
}

/** "中文（english）：detail", as every message is printed. */
export function formatBilingual({ zh, en, detail }: Bilingual): string {
  return `${zh}${en ? `（${en}）` : ''}${detail === undefined ? '' : `：${detail}`}`;
}

function where({ file, line }: ContentProblem): string {
  return line ? `${file}:${line}` : file;
}

/** A problem in four lines, as the build prints it; a warning starts with ⚠ 警告 warning: instead of ✖. */
export function formatProblem(problem: ContentProblem): string {
  return [
    `${problem.severity === 'warning' ? '⚠ 警告 warning:' : '✖'} ${where(problem)}`,
    `  字段 field: ${problem.field}`,
    `  问题 problem: ${formatBilingual(problem.problem)}`,
    `  修改 fix: ${formatBilingual(problem.fix)}`,
  ].join('\n');
}

/**
 * The same problem on one line, for `npm run check:content`:
 * `<file>:<line> <field> — <问题（problem）> — <修改（fix）>`; a warning starts with 警告 warning:.
 */
export function formatProblemLine(problem: ContentProblem): string {
  return `${problem.severity === 'warning' ? '警告 warning: ' : ''}${where(problem)} ${problem.field} — ${formatBilingual(problem.problem)} — ${formatBilingual(problem.fix)}`;
}

/** Every problem once: two checks that find the same kind of problem at the same place (a schema rule and a link check) give one. */
export function dedupeProblems<P extends ContentProblem>(problems: readonly P[]): P[] {
  const seen = new Set<string>();
  return problems.filter(({ code, file, line, field }) => {
    const key = [code, file, line ?? '', field].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Errors and warnings apart, each in the order found. */
export function bySeverity(problems: readonly ContentProblem[]): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  return { errors: problems.filter((p) => p.severity === 'error'), warnings: problems.filter((p) => p.severity === 'warning') };
}

/** Two files of one collection whose names give the same id: the second one named is reported. */
export function duplicateIdProblem(collection: string, id: string, first: string, second: string): ContentProblem {
  return {
    code: 'duplicate-id',
    severity: 'error',
    file: second,
    field: '(id)',
    problem: {
      zh: `与 ${first} 的编号相同：${collection} 中已有编号为“${id}”的条目`,
      en: `duplicate id "${id}" in ${collection}; also used by ${first}`,
    },
    fix: { zh: '给其中一个文件换一个文件名（编号来自文件名），或删去重复的文件', en: 'rename one file: the id comes from the file name' },
  };
}

/** Thrown to stop the build; its message lists every problem, not just the first. */
export class ContentProblemError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(
      [
        `内容有 ${count} 处问题，网站未生成（${count} content problem${count === 1 ? '' : 's'}; the site was not built）:`,
        ...problems.map((problem) => formatProblem(problem)),
      ].join('\n'),
    );
    this.name = 'ContentProblemError';
    this.problems = problems;
  }
}

/** Turns a path like ['honours', 0, 'year'] into honours[0].year. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}
