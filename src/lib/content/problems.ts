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

export function formatProblem({ file, line, field, problem, fix }: ContentProblem): string {
  const where = line ? `${file}:${line}` : file;
  return [`✖ ${where}`, `  字段 field: ${field}`, `  问题 problem: ${problem}`, `  修改 fix: ${fix}`].join('\n');
}

/** Thrown to stop the build; its message lists every problem, not just the first. */
export class ContentProblemError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(
      [
        `内容有 ${count} 处问题，网站未生成（${count} content problem${count === 1 ? '' : 's'}; the site was not built）:`,
        ...problems.map(formatProblem),
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
