/**
 * npm run export -- <file.xlsx|file.csv> [--register merchants|activities]
 *
 * Writes the current shops (or activities) in the register template's columns: the sheet the office
 * keeps, which `npm run import` reads back unchanged. Without --register, the file name decides
 * (活动计划表.xlsx → activities); the default is the shops. YUYUAN_CONTENT_DIR as for the build.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '@/lib/env';
import { exportCommand, registerNamed } from './lib/register/export-command.ts';

const { values, positionals } = parseArgs({ options: { register: { type: 'string' } }, allowPositionals: true });
const collection = values.register === undefined ? undefined : registerNamed(values.register);
if (positionals.length !== 1 || (values.register !== undefined && !collection)) {
  console.error('✖ 用法 usage: npm run export -- <登记表.xlsx 或 .csv> [--register merchants|activities]');
  process.exit(1);
}
console.log(await exportCommand(positionals[0]!, { contentDir: contentDir(), collection }));
