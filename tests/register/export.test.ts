/**
 * `npm run export` then `npm run import`: the sheet reads back as the content it came from, on the
 * market-sample fixture, on synthetic content at a small scale (every field the generator writes) and
 * on the real content (an invariant of any valid content), as .xlsx and as CSV, for both registers.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTERS, type RegisterCollection } from '@/lib/sections';
import { contentCopy, fixtureDir, realContent } from '../support/build';
import { exportCommand } from '../../scripts/lib/register/export-command';
import { importCommand } from '../../scripts/lib/register/import-command';
import { readSheetFile } from '../../scripts/lib/register/read-sheet';
import { generateSyntheticContent } from '../../scripts/lib/synthetic-content';

const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterCollection[];
const sheetDir = () => mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-export-'));

async function roundTrip(contentDir: string, collection: RegisterCollection, extension: '.xlsx' | '.csv') {
  const file = path.join(sheetDir(), `register${extension}`);
  await exportCommand(file, { contentDir, collection });
  const outcome = await importCommand(file, { contentDir, root: contentDir, write: false });
  return { file, outcome, actions: outcome.plan?.rows.map((row) => row.action) ?? [] };
}

function synthetic(): string {
  const dir = path.join(sheetDir(), 'content');
  generateSyntheticContent(dir, { shops: 120, today: new Date() });
  return dir;
}

describe.each([
  ['the market-sample fixture', () => contentCopy(fixtureDir('market-sample'))],
  ['synthetic content', synthetic],
  ['the real content', () => contentCopy(realContent)],
])('export then import of %s changes nothing', (_, content) => {
  const dir = content();
  it.each(REGISTER_NAMES.flatMap((collection) => (['.xlsx', '.csv'] as const).map((extension) => [collection, extension] as const)))(
    '%s as %s',
    async (collection, extension) => {
      const { outcome, actions } = await roundTrip(dir, collection, extension);
      expect(outcome.lines.filter((line) => line.includes(' — '))).toEqual([]);
      expect(outcome.status).toBe(0);
      expect(actions.every((action) => action === 'unchanged')).toBe(true);
      // Every entry made a row.
      expect(actions.length).toBe(readdirSync(path.join(dir, collection)).filter((file) => /\.mdx?$/.test(file)).length);
    },
  );
});

describe('the exported sheet', () => {
  it('is not written over an existing file (a sheet being edited) without --force, nor in another format', async () => {
    const dir = contentCopy(fixtureDir('market-sample'));
    const file = path.join(sheetDir(), 'register.xlsx');
    expect((await exportCommand(file, { contentDir: dir })).status).toBe(0);
    const again = await exportCommand(file, { contentDir: dir });
    expect(again).toEqual({ status: 1, line: expect.stringContaining('--force') });
    expect((await exportCommand(file, { contentDir: dir, force: true })).status).toBe(0);
    expect((await exportCommand(path.join(sheetDir(), 'register.txt'), { contentDir: dir })).line).toMatch(/^✖ 只能导出为 \.xlsx 或 \.csv/);
  });

  it('holds one row per entry under the header and help rows, days as date cells, names for ids', async () => {
    const dir = contentCopy(fixtureDir('market-sample'));
    const { file, actions } = await roundTrip(dir, 'merchants', '.xlsx');
    const [sheet] = await readSheetFile(file);
    expect(sheet!.name).toBe(REGISTERS.merchants.sheet);
    expect(sheet!.rows[0]!.cells.slice(0, 3)).toEqual(['编号', '名称', '英文名称']);
    expect(String(sheet!.rows[1]!.cells[1])).toMatch(/^必填。/);
    expect(sheet!.rows.length - 2).toBe(actions.length);
    expect(actions.length).toBe(6);
  });

  it('a shop with a place, a day and honours reads back in its columns', async () => {
    const dir = synthetic();
    const file = path.join(sheetDir(), 'shops.xlsx');
    await exportCommand(file, { contentDir: dir, collection: 'merchants' });
    const [sheet] = await readSheetFile(file);
    const header = sheet!.rows[0]!.cells;
    const first = sheet!.rows[2]!.cells;
    const at = (name: string) => first[header.indexOf(name)];
    expect(at('编号')).toBe('syn-shop-00001');
    expect(at('市场')).toMatch(/^第\d+市场$/);
    expect(at('核实日期')).toBeInstanceOf(Date);
    expect(at('党员商户')).toMatch(/^[是否]$/);
  });
});
