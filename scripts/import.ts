/**
 * npm run import -- <file.xlsx|file.csv> [--write]
 *
 * Reads an office register (示范商户登记表, 活动计划表; the templates are in templates/) and reports what
 * it would change: the entries it creates, those it changes (field by field) and those it leaves as they
 * are, or every problem as `第12行 <column> — problem — fix`. With --write, and only when no row has a
 * problem, it writes the files (scripts/lib/register/import-command.ts). YUYUAN_CONTENT_DIR points it
 * at another content folder.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '@/lib/env';
import { importCommand } from './lib/register/import-command.ts';

const { values, positionals } = parseArgs({ options: { write: { type: 'boolean', default: false } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error('✖ 用法 usage: npm run import -- <登记表.xlsx 或 .csv> [--write]');
  process.exit(1);
}
const started = performance.now();
const outcome = await importCommand(positionals[0]!, { contentDir: contentDir(), write: values.write });
for (const line of outcome.lines) console.log(line);
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒（${((performance.now() - started) / 1000).toFixed(1)} s）`);
process.exitCode = outcome.status;
