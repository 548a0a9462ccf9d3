/**
 * `npm run import` on the office's registers: each saved-by fixture (Excel, WPS, CSV in four encodings)
 * gives the same report against a copy of the market-sample content; --write writes all or nothing,
 * keeps what the sheet does not hold, and leaves content that passes the check; every problem is said
 * as 第N行 <column> — problem — fix. The command runs in this process (scripts/lib/register/import-command.ts),
 * once as its own process for the exit status and output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { contentCopy, fixtureDir, projectRoot } from '../support/build';
import { importCommand, type ImportOutcome } from '../../scripts/lib/register/import-command';

const REGISTERS_DIR = path.join(projectRoot, 'tests/fixtures/registers');
const NOW = new Date('2026-12-10T12:00:00+08:00');
const FORMAT_FIXTURES = readdirSync(REGISTERS_DIR).filter((file) => /^(?!.*quoted).*\.(xlsx|csv|txt)$/.test(file));

const marketSample = () => contentCopy(fixtureDir('market-sample'));

async function runImport(file: string, contentDir: string, write = false): Promise<ImportOutcome> {
  return importCommand(file, { contentDir, root: contentDir, write, now: NOW });
}

/** A CSV register written as a text editor would (one line per row, cells with a comma quoted), outside the content folder. */
function csvFile(_content: string, name: string, rows: readonly (readonly string[])[]): string {
  const file = path.join(mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-sheet-')), name);
  writeFileSync(file, rows.map((cells) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n'));
  return file;
}

/** Every file of a folder with its text: what "nothing was written" is checked against. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(md|mdx|yaml)$/.test(file))
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
}

const summary = ({ plan }: ImportOutcome) =>
  plan!.rows.map((row) => [row.action, row.name, row.action === 'update' ? row.changes.map((change) => change.column.header) : row.action === 'create' ? row.id : []]);

const HEADER = ['编号', '名称', '市场', '所属党支部', '简介（中文）', '来源编号'];
const GOOD = ['', '测试灯笼店', '悦园商厦', '悦园商厦党支部', '经营灯笼的测试商户，用于检验表格导入。', 'yuyuan-case-2018'];

describe('a register saved by Excel, WPS or as CSV reads the same', () => {
  it.each(FORMAT_FIXTURES)('%s', async (fixture) => {
    const outcome = await runImport(path.join(REGISTERS_DIR, fixture), marketSample());
    expect(outcome.lines.join('\n')).not.toContain('问题');
    expect(outcome.status).toBe(0);
    expect(summary(outcome)).toEqual([
      ['create', '测试玉器行', 'ceshi-yuqi-xing'],
      ['update', '翠格珠宝', ['市场', '所属党支部', '核实日期']],
      ['create', '测试雨伞铺', 'ceshi-yusan-pu'],
    ]);
  });

  it('reads a quoted cell holding a comma, quotes and a line break whole', async () => {
    const outcome = await runImport(path.join(REGISTERS_DIR, 'merchants-quoted.csv'), marketSample());
    const created = outcome.plan!.rows.find((row) => row.name === '测试灯笼店');
    expect(created?.action === 'create' && created.values.get('summary.zh')).toMatch(/,[\s\S]*"[\s\S]*\n/);
  });
});

describe('--write', () => {
  it('writes the new and changed entries, named as npm run new names them, and the content passes the check', async () => {
    const dir = marketSample();
    const before = snapshot(dir);
    const outcome = await runImport(path.join(REGISTERS_DIR, 'wps-merchants.xlsx'), dir, true);
    expect(outcome.status).toBe(0);
    expect(outcome.lines.at(-1)).toContain('已写入 3 个文件');
    expect(checkContent(dir, { root: dir, now: NOW }).errors).toEqual([]);

    const created = readFileSync(path.join(dir, 'merchants/ceshi-yuqi-xing.md'), 'utf8');
    expect(created).toContain("place: { market: yueyuan-shangsha, floor: 2F, stall: A12 }");
    expect(created).toContain('honours: [ { kind: 共产党员示范岗, year: 2018 } ]');
    expect(created).toContain('verified: 2026-03-10');
    // The shop the sheet changes keeps its honour's citation and its body: the sheet does not hold them.
    const changed = readFileSync(path.join(dir, 'merchants/cuige-zhubao.md'), 'utf8');
    const [, oldBody] = before['merchants/cuige-zhubao.md']!.split(/^---$/m).slice(1);
    expect(changed.split(/^---$/m)[2]).toBe(oldBody);
    expect(changed).toContain('source: { source: yuyuan-case-2018, section: 三（三）坚持目标导向 }');
    expect(changed).toMatch(/place:\n  market: yueyuan-shangsha\n/);

    // Imported again, the sheet changes nothing.
    const again = await runImport(path.join(REGISTERS_DIR, 'wps-merchants.xlsx'), dir, true);
    expect(summary(again).map(([action]) => action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('writes nothing when any row has a problem, and lists every problem by row and column', async () => {
    const dir = marketSample();
    const before = snapshot(dir);
    const sheet = csvFile(dir, 'sheet.csv', [
      [...HEADER, '电话号码', '核实日期', '荣誉称号：和谐商户'],
      [...GOOD, '', '2026-03-10', ''],
      ['cuige-zhubao', '翠格珠宝', '悦园商厦', '悦园商厦党支部', '经营珠宝的党员商户。', 'yuyuan-case-2018', '021-63280000', '', ''],
      ['', '测试扇子店', '悦园商厦', '悦园商厦二支部', '经营扇子的测试商户，用于检验表格导入。', 'yuyuan-case-2018', '', '2026-02-30', '2099'],
    ]);
    const outcome = await runImport(sheet, dir, true);
    expect(outcome.status).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    const problems = outcome.lines.filter((line) => /^ {2}第\d+行 .* — /.test(line)).map((line) => line.trim());
    expect(problems).toEqual([
      expect.stringMatching(/^第3行 同意书编号、同意书签署日期 — 公开联系方式必须有当事人的书面同意（contact data needs a recorded consent） — 在“同意书编号”“同意书签署日期”两列填写同意记录，或删去“联系人姓名”“电话号码”/),
      expect.stringMatching(/^第4行 所属党支部 — 找不到“悦园商厦二支部”，是不是“悦园商厦党支部”？/),
      expect.stringMatching(/^第4行 核实日期 — 日期“2026-02-30”不存在/),
    ]);
    expect(outcome.lines.at(-1)).toContain('没有写入任何文件');

    // With its cells readable, the row is checked as a file: the schema refuses the year.
    const fixed = csvFile(dir, 'fixed.csv', [
      [...HEADER, '核实日期', '荣誉称号：和谐商户'],
      ['', '测试扇子店', '悦园商厦', '悦园商厦党支部', '经营扇子的测试商户，用于检验表格导入。', 'yuyuan-case-2018', '2026-02-28', '2099'],
    ]);
    const lines = (await runImport(fixed, dir, true)).lines.join('\n');
    expect(lines).toMatch(/第2行 荣誉称号：和谐商户 — 年份不能晚于今年/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a repeated row, a name an existing shop has in traditional characters, an unknown id and a missing name', async () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'sheet.csv', [
      HEADER,
      GOOD,
      GOOD,
      ['', '翠格珠寶', '悦园商厦', '悦园商厦党支部', '经营珠宝的测试商户，用于检验表格导入。', 'yuyuan-case-2018'],
      ['no-such-shop', '某店', '', '', '经营某物的测试商户，用于检验表格导入。', 'yuyuan-case-2018'],
      ['', '', '悦园商厦', '', '没有名字的一行，用于检验表格导入。', 'yuyuan-case-2018'],
      ['', '测试新来源店', '', '', '来源编号不存在的测试商户，用于检验。', 'no-such-source'],
    ]);
    const lines = (await runImport(sheet, dir)).lines.join('\n');
    expect(lines).toMatch(/第3行 名称 — 与第2行是同一个条目/);
    expect(lines).toMatch(/第4行 名称 — 名称与 .*cuige-zhubao-2\.md 的“翠格珠寶”只是繁简或写法不同/);
    expect(lines).toMatch(/第5行 编号 — 编号“no-such-shop”不存在/);
    expect(lines).toMatch(/第6行 名称 — 缺少名称/);
    expect(lines).toMatch(/第7行 来源编号 — /);
  });

  it('keeps every field the sheet does not have: a sheet of two columns changes one line', async () => {
    const dir = marketSample();
    const before = readFileSync(path.join(dir, 'merchants/cuige-zhubao.md'), 'utf8');
    const sheet = csvFile(dir, 'hours.csv', [
      ['编号', '营业时间'],
      ['cuige-zhubao', '每天9:00–18:00'],
    ]);
    const outcome = await runImport(sheet, dir, true);
    expect(outcome.status).toBe(0);
    const after = readFileSync(path.join(dir, 'merchants/cuige-zhubao.md'), 'utf8');
    expect(after.replace('openingHours: 每天9:00–18:00\n', '')).toBe(before);
    // Where the schema lists it: before source, not after it.
    expect(after.indexOf('openingHours:')).toBeLessThan(after.indexOf('\nsource:'));
  });

  it('imports activities: one of date, recurrence or reported, a recurrence in Chinese words', async () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'activities.csv', [
      ['标题', '活动日期', '重复周期', '每月几号', '活动系列', '主办党组织', '简介（中文）', '来源编号'],
      ['测试每月读书会', '', '每月一次', '10', '豫园之书', '悦园商厦党支部', '每月十日在市场里读书的测试活动。', 'yuyuan-case-2018'],
      ['测试两种时间的活动', '2026/5/1', '每月一次', '', '讲座', '', '同时写了日期和重复周期的测试活动。', 'yuyuan-case-2018'],
    ]);
    const outcome = await runImport(sheet, dir);
    expect(outcome.lines.join('\n')).toMatch(/第3行 重复周期、每月几号 — “活动日期”“重复周期”“来源发表日期”三者只写一种/);
    const planned = outcome.plan!.rows.find((row) => row.name === '测试每月读书会');
    expect(planned?.action).toBe('create');

    writeFileSync(sheet, readFileSync(sheet, 'utf8').split('\n').slice(0, 2).join('\n'));
    expect((await runImport(sheet, dir, true)).status).toBe(0);
    const written = readdirSync(path.join(dir, 'activities')).find((file) => file.startsWith('ceshi-meiyue'))!;
    expect(readFileSync(path.join(dir, 'activities', written), 'utf8')).toContain('recurrence: { frequency: monthly, dayOfMonth: 10 }');
    expect(checkContent(dir, { root: dir, now: NOW }).errors).toEqual([]);
  });
});

describe('a large sheet, checked in two processes', () => {
  it('finds the same problems, at the same rows, as one process', async () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'sheet.csv', [
      [...HEADER, '电话号码', '荣誉称号：和谐商户'],
      // The first 40% of the written files go to the second process: a problem in each part, there one
      // that only a file's own checks find (a phone number in the text).
      ['', '测试扇子店', '悦园商厦', '悦园商厦党支部', '经营扇子的测试商户，订货电话13812345678。', 'yuyuan-case-2018', '', ''],
      [...GOOD, '', ''],
      ['', '测试伞店', '悦园商厦', '悦园商厦党支部', '经营雨伞的测试商户，用于检验表格导入。', 'yuyuan-case-2018', '', '2099'],
      ['cuige-zhubao', '翠格珠宝', '悦园商厦', '悦园商厦党支部', '经营珠宝的党员商户。', 'no-such-source', '', ''],
    ]);
    const one = await runImport(sheet, dir);
    const two = await importCommand(sheet, { contentDir: dir, root: dir, write: false, now: NOW, parallelFrom: 2 });
    expect(one.status).toBe(1);
    expect(one.lines.filter((line) => line.includes(' — ')).length).toBe(3);
    expect(two.lines.slice(1, -1)).toEqual(one.lines.slice(1, -1));
  });
});

describe('what the report says besides', () => {
  it('a new name close to an existing one, the entries the sheet leaves alone, a missing required column', async () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'sheet.csv', [
      ['编号', '名称', '简介（中文）', '来源编号'],
      ['', '翠格珠宝行', '经营珠宝的测试商户，用于检验表格导入。', 'yuyuan-case-2018'],
      ['', '测试扇子店', '', 'yuyuan-case-2018'],
    ]);
    const lines = (await runImport(sheet, dir)).lines.join('\n');
    expect(lines).toMatch(/第2行 名称 — 与已有的“翠格珠宝”很像：如果是同一个，请在“编号”列写 cuige-zhubao/);
    expect(lines).toMatch(/表格里没有的 6 条保持原样（导入不会删除条目）/);
    expect(lines).toMatch(/第3行 简介（中文） — 缺少“简介（中文）”.* — 在“简介（中文）”一列填写/);
    expect(lines).toMatch(/有问题 1 行/);
  });

  it("reads a header worded the office's way, and says which column it was read as", async () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'sheet.csv', [
      ['序号', '商户名称', '营业时间'],
      ['1', '翠格珠宝', '每天9:00–18:00'],
    ]);
    const outcome = await runImport(sheet, dir);
    expect(outcome.lines.join('\n')).toContain('“商户名称”→“名称”');
    expect(summary(outcome)).toEqual([['update', '翠格珠宝', ['营业时间']]]);
  });

  it('the untouched template has no rows to import', async () => {
    const outcome = await runImport(path.join(projectRoot, 'templates/示范商户登记表.xlsx'), marketSample());
    expect(outcome.status).toBe(0);
    expect(outcome.lines.at(-1)).toContain('表格里没有要导入的行');
  });
});

describe('what is not a register', () => {
  it('a sheet without a register header, or an .xls, is refused with what to do', async () => {
    const dir = marketSample();
    const notes = csvFile(dir, 'notes.csv', [['会议记录'], ['2026年3月10日']]);
    const outcome = await runImport(notes, dir);
    expect(outcome.status).toBe(1);
    expect(outcome.lines[0]).toContain('templates/');
    const xls = path.join(dir, 'old.xls');
    writeFileSync(xls, 'not really');
    const refused = await runImport(xls, dir);
    expect(refused.status).toBe(1);
    expect(refused.lines[0]).toContain('.xlsx');
  });

  it('as its own process: the report on stdout, exit 1 for problems, nothing written', () => {
    const dir = marketSample();
    const sheet = csvFile(dir, 'sheet.csv', [HEADER, ['', '测试灯笼店', '没有的市场', '', '经营灯笼的测试商户，用于检验表格导入。', 'yuyuan-case-2018']]);
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', sheet, '--write'], {
      cwd: projectRoot,
      env: { ...process.env, YUYUAN_CONTENT_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/第2行 市场 — 找不到“没有的市场”/);
    expect(run.stdout).toMatch(/用时 [\d.]+ 秒/);
    expect(existsSync(path.join(dir, 'merchants/ceshi-denglong-dian.md'))).toBe(false);
  });
});
