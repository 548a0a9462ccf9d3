/**
 * How a schema message is written for an editor: Chinese first, English beside it. Every piece
 * under src/lib/schema/ writes its messages with these two.
 */
import { schemaMessage } from './message-table';

/** One message in both languages: "中文（English）". */
export function bilingual(zh: string, en: string): string {
  return `${zh}（${en}）`;
}

/** Schema-level error for "missing" vs "wrong type", so the editor learns which of the two it is. */
export function requiredOrType(zhWhat: string, enWhat: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? schemaMessage('required', ['缺少必填项', 'required'], [`请填写${zhWhat}`, `add ${enWhat}`])
      : schemaMessage('wrong-type', [`应为${zhWhat}，现在是 ${JSON.stringify(issue.input)}`, `expected ${enWhat}`]);
}
