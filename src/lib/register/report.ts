/**
 * The import report as an editor reads it: how many entries the sheet creates, changes and leaves as
 * they are, each change field by field (营业时间：（空） → 每天9:00–18:00), then every problem as
 * `第12行 荣誉称号：共产党员示范岗 — problem — fix`, Chinese with English beside it.
 */
import { formatBilingual, formatProblemLine, type ContentProblem } from '@/lib/content/problems';
import { cellOf, type CellData, type ReferenceNames } from './cells';
import type { RegisterColumn } from './columns';
import type { ImportPlan, RowProblem } from './plan';

/** Unchanged rows are named one by one up to this many; beyond it only counted. */
const UNCHANGED_LISTED = 20;

const EMPTY = '（空）';

function shown(column: RegisterColumn, value: CellData, names: ReferenceNames): string {
  const cell = cellOf(column, value, names);
  return cell === undefined || cell === '' ? EMPTY : String(cell);
}

/** One problem on one line: 第12行 荣誉年份 — problem — fix. */
export function formatRowProblem({ row, column, problem, fix }: RowProblem): string {
  const where = [row !== undefined ? `第${row}行` : '表格', column].filter(Boolean).join(' ');
  return `${where} — ${formatBilingual(problem)} — ${formatBilingual(fix)}`;
}

export interface ReportInput {
  plan: ImportPlan;
  names: ReferenceNames;
  /** Where each created entry's file goes, by id (shown relative to the project). */
  fileOf: (id: string) => string;
  problems: readonly RowProblem[];
  /** Errors in files the import does not write: the content has them already, or another row caused them there. */
  elsewhere: readonly ContentProblem[];
  written: boolean;
}

/** The whole report, as lines. */
export function formatImportReport({ plan, names, fileOf, problems, elsewhere, written }: ReportInput): string[] {
  const created = plan.rows.filter((row) => row.action === 'create');
  const updated = plan.rows.filter((row) => row.action === 'update');
  const unchanged = plan.rows.filter((row) => row.action === 'unchanged');
  const failedRows = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
  const lines = [
    `新增 ${created.length} 条 · 修改 ${updated.length} 条 · 不变 ${unchanged.length} 条${failedRows ? ` · 有问题 ${failedRows} 行` : ''}` +
      `（created ${created.length}, changed ${updated.length}, unchanged ${unchanged.length}${failedRows ? `, rows with problems ${failedRows}` : ''}）`,
  ];
  if (plan.untouched > 0 && plan.rows.length > 0) lines.push(`表格里没有的 ${plan.untouched} 条保持原样（导入不会删除条目）。${plan.untouched} entries not in the sheet are left as they are.`);
  if (created.length) {
    lines.push('', '新增 created:');
    for (const row of created) lines.push(`  第${row.row}行 ${row.name} → ${fileOf(row.id)}`);
  }
  if (updated.length) {
    lines.push('', '修改 changed:');
    for (const row of updated) {
      lines.push(`  第${row.row}行 ${row.name}（${row.id}）`);
      for (const change of row.changes) lines.push(`    ${change.column.header}：${shown(change.column, change.before, names)} → ${shown(change.column, change.after, names)}`);
    }
  }
  if (unchanged.length) {
    const listed = unchanged.slice(0, UNCHANGED_LISTED).map((row) => row.name).join('、');
    lines.push('', `不变 unchanged: ${listed}${unchanged.length > UNCHANGED_LISTED ? ` 等 ${unchanged.length} 条` : ''}`);
  }
  if (plan.guessedHeaders.length) {
    lines.push('', `按相近的表头读取（请核对） columns read by a similar header: ${plan.guessedHeaders.map(([sheet, column]) => `“${sheet}”→“${column}”`).join('、')}`);
  }
  if (plan.ignoredHeaders.length) lines.push('', `忽略的列（不是登记表的列） ignored columns: ${plan.ignoredHeaders.join('、')}`);
  if (plan.notes.length) {
    lines.push('', '已自动改正和请留意 normalised, and to check:');
    for (const note of plan.notes) lines.push(`  第${note.row}行 ${note.column} — ${formatBilingual(note.note)}`);
  }
  const failed = problems.length > 0 || elsewhere.length > 0;
  if (problems.length) {
    lines.push('', `问题 ${problems.length} 个 problems:`);
    for (const problem of problems) lines.push(`  ${formatRowProblem(problem)}`);
  }
  if (elsewhere.length) {
    lines.push('', `内容中其他文件的问题 ${elsewhere.length} 个（先改正它们，或运行 npm run check:content 查看） problems in other content files:`);
    for (const problem of elsewhere) lines.push(`  ${formatProblemLine(problem)}`);
  }
  lines.push(
    '',
    failed
      ? '✖ 有问题，没有写入任何文件；改正表格后再导入。Nothing was written: fix the sheet and import again.'
      : written
        ? `✔ 已写入 ${created.length + updated.length} 个文件。${created.length + updated.length} files written.`
        : plan.rows.length === 0
          ? '表格里没有要导入的行（表头、说明行和示例行之外是空的）。The sheet has no rows to import.'
          : created.length + updated.length === 0
          ? '✔ 表格与网站内容一致，没有要写入的。The sheet matches the content: nothing to write.'
          : '只是预览，没有写入任何文件；确认无误后加上 --write 再运行一次。Report only: run again with --write to apply.',
  );
  return lines;
}
