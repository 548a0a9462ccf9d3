/**
 * In YAML, “ #” ends a plain (unquoted) value: `openingHours: 每天 9:00–18:00 #周一休息` publishes only
 * “每天 9:00–18:00”. An editor means the whole text, so a comment right after a plain value on its
 * line is an error, with the fix (quote the value). Whole-line comments (the scaffolder's
 * explanations) and comments after a quoted value are left alone.
 */
import { CST, Lexer } from 'yaml';
import type { SourceFile } from './frontmatter';
import type { ContentProblem } from './problems';

export function findDroppedText(file: string, source: SourceFile): ContentProblem[] {
  // No “#”, no comment: most files, and every one an import writes, need no lexing.
  if (!source.yaml.includes('#')) return [];
  const problems: ContentProblem[] = [];
  let line = source.yamlStartLine;
  let plain: string | undefined; // the plain value last seen on this line
  let afterMarker = false;
  for (const token of new Lexer().lex(source.yaml)) {
    const type = CST.tokenType(token);
    if (type === 'comment' && plain !== undefined) {
      const key = /^\s*(?:-\s+)?([^:#\n]+):/.exec(source.yaml.split('\n')[line - source.yamlStartLine] ?? '')?.[1]?.trim();
      problems.push({
        code: 'dropped-text',
        severity: 'error',
        file,
        line,
        field: key ?? '(YAML)',
        problem: { zh: `“${token}”被当成注释丢掉了：网页上只会显示“${plain}”`, en: 'text after “ #” is a YAML comment and is dropped' },
        fix: { zh: `给整个值加上引号，如 "${plain} ${token}"`, en: 'quote the whole value' },
      });
    }
    const isPlainText = type === null && afterMarker;
    if (isPlainText) plain = token;
    else if (type !== 'space' && type !== 'scalar') plain = undefined;
    afterMarker = type === 'scalar';
    const newlines = token.match(/\n/g)?.length ?? 0;
    if (newlines > 0) {
      line += newlines;
      // A plain value that runs over several lines ends on the last one: a comment after it cuts it there.
      plain = isPlainText ? token.slice(token.lastIndexOf('\n') + 1).trim() || undefined : undefined;
    }
  }
  return problems;
}
