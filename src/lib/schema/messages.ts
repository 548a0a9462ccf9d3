/**
 * The message every typed field gives when its value is missing or of the wrong type (messages are
 * made with ./message-table.ts, which keeps their parts for check:content).
 */
import { schemaMessage } from './message-table';

/** Schema-level error for "missing" vs "wrong type", so the editor learns which of the two it is. */
export function requiredOrType(zhWhat: string, enWhat: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? schemaMessage('required', ['缺少必填项', 'required'], [`请填写${zhWhat}`, `add ${enWhat}`])
      : schemaMessage('wrong-type', [`应为${zhWhat}，现在是 ${JSON.stringify(issue.input)}`, `expected ${enWhat}`]);
}
