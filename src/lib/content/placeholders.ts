/**
 * Placeholder words a page must never show (政府网站检查：栏目“建设中”“暂无内容”算空栏目): in any
 * content file an error; `npm run audit` looks for the same words in the built pages.
 */
import { fieldLocator } from './unicode';
import type { ContentProblem } from './problems';

export const PLACEHOLDER_WORDS: readonly string[] = ['建设中', '正在建设', '敬请期待', '暂无内容', '暂无数据', '暂无信息', '待补充', '待完善', '内容更新中', 'lorem ipsum', 'TODO'];

// English words only as whole words ("TODO", not "todos").
const PATTERN = new RegExp(PLACEHOLDER_WORDS.map((word) => (/^[\x20-\x7e]+$/.test(word) ? `\\b${word.replace(/\s+/g, '\\s+')}\\b` : word)).join('|'), 'gi');

/** The placeholder words in a text, each once, as written there. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PATTERN), (match) => match[0]))];
}

export function findPlaceholders(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let locate: ReturnType<typeof fieldLocator> | undefined;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const [match] = lineText.matchAll(PATTERN);
    if (!match) return;
    locate ??= fieldLocator(file, text);
    problems.push({
      code: 'placeholder-text',
      severity: 'error',
      file,
      line: index + 1,
      field: locate(index + 1, match.index),
      problem: { zh: `有占位的文字“${match[0]}”：政府网站检查把“建设中”“暂无”一类的栏目算作空栏目`, en: `placeholder text "${match[0]}": inspections count such a page as empty` },
      fix: { zh: '写上真正的内容；还没有内容的条目先不要发布', en: 'write the real content, or leave the entry unpublished until there is some' },
    });
  });
  return problems;
}
