import { isRealDay } from '../schema/pieces';
import type { ContentProblem } from './problems';

/**
 * YAML quietly turns an impossible day such as 2018-02-30 into 2018-03-02, so the schema never
 * sees it. This looks at the frontmatter text itself and reports each such day with its line.
 */
export function findImpossibleDays(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = text.split(/\r?\n/);
  const isMarkdown = /\.mdx?$/.test(file);
  // In Markdown only the block between the first two --- lines is frontmatter.
  const end = isMarkdown ? (lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : 0) : lines.length;
  lines.slice(0, end < 0 ? 0 : end).forEach((lineText, index) => {
    const match = /^\s*(?:-\s+)?([\w.]+):\s*["']?(\d{4})-(\d{1,2})-(\d{1,2})["']?\s*(?:#.*)?$/.exec(lineText);
    if (!match) return;
    const [, key, year, month, day] = match as unknown as [string, string, string, string, string];
    if (!isRealDay(Number(year), Number(month), Number(day))) {
      problems.push({
        code: 'impossible-day',
        severity: 'error',
        file,
        line: index + 1,
        field: key,
        problem: { zh: `日期 ${year}-${month}-${day} 不存在`, en: 'this day does not exist' },
        fix: { zh: '核对月份和日子，写成 YYYY-MM-DD，如 2018-10-31', en: 'check month and day' },
      });
    }
  });
  return problems;
}
