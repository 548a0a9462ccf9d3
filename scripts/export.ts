/**
 * npm run export -- <file.xlsx|file.csv> [--register merchants|activities] [--force]
 *
 * Writes the current shops (or activities) in the register template's columns: the sheet the office
 * keeps, which `npm run import` reads back unchanged. Without --register, the file name decides
 * (活动计划表.xlsx → activities); the default is the shops. An existing file is kept (it may be a sheet
 * being edited) unless --force. YUYUAN_CONTENT_DIR as for the build.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '@/lib/env';
import { exportCommand, registerNamed } from './lib/register/export-command.ts';

const { values, positionals } = parseArgs({ options: { register: { type: 'string' }, force: { type: 'boolean', default: false } }, allowPositionals: true });
const collection = values.register === undefined ? undefined : registerNamed(values.register);
if (positionals.length !== 1 || (values.register !== undefined && !collection)) {
  console.error('✖ 用法 usage: npm run export -- <登记表.xlsx 或 .csv> [--register merchants|activities] [--force]');
  process.exit(1);
}
const outcome = await exportCommand(positionals[0]!, { contentDir: contentDir(), collection, force: values.force });
(outcome.status === 0 ? console.log : console.error)(outcome.line);
process.exitCode = outcome.status;
