/**
 * A problem in content an editor wrote, and the one way it is shown: file, field, problem, fix,
 * in Chinese with English beside it.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project, e.g. src/content/merchants/cuige-zhubao.md */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a path: honours[0].year, or (id) for the entry's id. */
  field: string;
  problem: string;
  fix: string;
}

/** A problem in four lines, as the build prints it; a warning starts with ⚠ 警告 warning: instead of ✖. */
export function formatProblem({ file, line, field, problem, fix }: ContentProblem, level: 'error' | 'warning' = 'error'): string {
  const where = line ? `${file}:${line}` : file;
  return [`${level === 'warning' ? '⚠ 警告 warning:' : '✖'} ${where}`, `  字段 field: ${field}`, `  问题 problem: ${problem}`, `  修改 fix: ${fix}`].join('\n');
}

/**
 * The same problem on one line, for `npm run check:content`:
 * `<file>:<line> <field> — <问题（problem）> — <修改（fix）>`; a warning starts with 警告 warning:.
 */
export function formatProblemLine({ file, line, field, problem, fix }: ContentProblem, level: 'error' | 'warning' = 'error'): string {
  const where = line ? `${file}:${line}` : file;
  return `${level === 'warning' ? '警告 warning: ' : ''}${where} ${field} — ${problem} — ${fix}`;
}

/** Two files of one collection whose names give the same id: the second one named is reported. */
export function duplicateIdProblem(collection: string, id: string, first: string, second: string): ContentProblem {
  return {
    file: second,
    field: '(id)',
    problem: `与 ${first} 的编号相同：${collection} 中已有编号为“${id}”的条目（duplicate id "${id}" in ${collection}; also used by ${first}）`,
    fix: '给其中一个文件换一个文件名（编号来自文件名），或删去重复的文件（rename one file: the id comes from the file name）',
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
