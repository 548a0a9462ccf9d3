/**
 * `npm run audit`'s report: one line per rule with its number of problems, the first few of them
 * under it, and a last line saying whether the site passes; in Chinese, for an office manager.
 */

export interface AuditRule {
  /** The rule, as the office says it. */
  title: string;
  errors: string[];
  warnings: string[];
  /** What the rule's state is when there is nothing to fix (set / not set, skipped …). */
  note?: string;
}

/** How many problems of a rule are listed under it. */
const SHOWN = 5;

export function auditReport(rules: readonly AuditRule[], heading: string): { text: string; failed: boolean } {
  const lines = [heading, ''];
  for (const rule of rules) {
    const mark = rule.errors.length > 0 ? '✖' : rule.warnings.length > 0 ? '⚠' : '✔';
    const count = [rule.errors.length > 0 ? `${rule.errors.length} 个问题` : '', rule.warnings.length > 0 ? `${rule.warnings.length} 个提醒` : ''].filter(Boolean).join('，') || '没有问题';
    lines.push(`${mark} ${rule.title}：${count}${rule.note ? `（${rule.note}）` : ''}`);
    const listed = [...rule.errors, ...rule.warnings];
    for (const item of listed.slice(0, SHOWN)) lines.push(`    - ${item}`);
    if (listed.length > SHOWN) lines.push(`    - ……另有 ${listed.length - SHOWN} 条`);
  }
  const errors = rules.reduce((sum, rule) => sum + rule.errors.length, 0);
  const warnings = rules.reduce((sum, rule) => sum + rule.warnings.length, 0);
  lines.push('');
  lines.push(
    errors > 0
      ? `结论：有 ${errors} 个问题必须改正，${warnings} 个提醒（${errors} problem(s) to fix, ${warnings} warning(s)）`
      : `结论：没有必须改正的问题，${warnings} 个提醒（no problems, ${warnings} warning(s)）`,
  );
  return { text: lines.join('\n'), failed: errors > 0 };
}
