/**
 * `npm run new` writes entries that pass the check at once: the command runs for each collection
 * into a copy of the basics fixture (once as the script's own process, then as its function), then that copy is checked with the checks the build runs
 * (checkContent). That a scaffolded entry builds and gets its page is proved on a copy of the real
 * content (tests/real-content/editor-edits.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { entryId } from '@/lib/content/entry-id';
import { fixtureCopy, projectRoot } from '../support/build';
import { newEntryCommand } from '../../scripts/lib/new-entry-command';

const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

interface Run {
  status: number | null;
  output: string;
}

/** `npm run new -- <args>` as an editor runs it: its own process, not at a terminal (it must not ask, only use the flags). */
function newEntryProcess(contentDir: string, args: string[]): Run {
  const run = spawnSync(process.execPath, [tsx, 'scripts/new-entry.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, YUYUAN_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The same command in this process (what the script runs: scripts/lib/new-entry-command.ts), not at a terminal. */
async function newEntry(contentDir: string, args: string[]): Promise<Run> {
  const lines: string[] = [];
  const status = await newEntryCommand(args, { contentDir, log: (line) => lines.push(line) });
  return { status, output: lines.join('\n') };
}

describe('npm run new, then check:content on the result', () => {
  let contentDir: string;
  let runs: Record<'merchant' | 'merchantAgain' | 'story' | 'activity' | 'reported' | 'guide' | 'branch', Run>;
  let refused: Run;
  let sameName: Run;
  let unknownSource: Run;
  let missing: Run;
  // The command runs once per case in beforeAll, not while tests are collected: as its own process,
  // as `npm run new` runs it, for the first and the last case, in this one for the others.
  beforeAll(async () => {
    contentDir = fixtureCopy();
    runs = {
      merchant: newEntryProcess(contentDir, ['merchant', '--name', '翠格珠宝', '--summary', '经营珠宝的党员商户，测试用的简介。', '--source', 'test-source']),
      merchantAgain: await newEntry(contentDir, ['merchant', '--name', '翠阁珠宝', '--summary', '拼音相同的另一家商户，测试去重。', '--source', 'test-source']),
      story: await newEntry(contentDir, ['story', '--title', '转型发展故事', '--summary', '这是一个测试故事的摘要，至少要二十个字才行，所以多写一点。', '--source', 'test-source', '--source-section', '三（三）']),
      activity: await newEntry(contentDir, ['activity', '--title', '每月服务日', '--series', '为民服务日', '--when', '每月10日', '--summary', '这是一个测试活动的摘要文字。', '--source', 'test-source']),
      reported: await newEntry(contentDir, ['activity', '--title', '免费体检活动', '--series', '便民服务', '--reported', '--summary', '来源只提到、没有写时间的活动。', '--source', 'test-source']),
      guide: await newEntry(contentDir, ['guide', '--title', '安全用电常识', '--section', '安全经营', '--summary', '这是一个测试指南的摘要文字。']),
      branch: await newEntry(contentDir, ['branch', '--name', '新建测试党支部', '--kind', '党支部', '--summary', '这是一个测试党支部的简介文字。', '--source', 'test-source']),
    };
    refused = await newEntry(contentDir, ['branch', '--name', '另一个测试党支部', '--kind', '党支部', '--summary', '这是一个测试党支部的简介文字。', '--source', 'test-source', '--id', 'test-zhibu']);
    sameName = await newEntry(contentDir, ['merchant', '--name', '翠格珠寶', '--summary', '繁体字写的同一家店，不能再建。', '--source', 'test-source']);
    unknownSource = await newEntry(contentDir, ['merchant', '--name', '无来源商户', '--summary', '没有来源的商户不能新建。', '--source', 'no-such-source']);
    // Not at a terminal, a missing answer is an error (never a question nobody can answer).
    missing = newEntryProcess(contentDir, ['merchant', '--name', '缺简介商户']);
  });

  it('writes one file per run and says where', () => {
    for (const [name, run] of Object.entries(runs)) {
      expect(run.output, name).toContain('已新建 created');
      expect(run.status, name).toBe(0);
    }
    expect(existsSync(path.join(contentDir, 'merchants/cuige-zhubao.md'))).toBe(true);
    expect(existsSync(path.join(contentDir, 'stories/zhuanxing-fazhan-gushi.mdx'))).toBe(true);
    expect(existsSync(path.join(contentDir, 'guides/anquan-yongdian-changshi.mdx'))).toBe(true);
  });

  it('de-duplicates the file name of a second entry whose name has the same pinyin', () => {
    expect(runs.merchantAgain.output).toContain('cuige-zhubao-2.md');
    expect(readFileSync(path.join(contentDir, 'merchants/cuige-zhubao-2.md'), 'utf8')).toContain('拼音相同的另一家商户');
  });

  it('refuses a second shop of the same name, in traditional characters too', () => {
    expect(sameName.status).toBe(1);
    expect(sameName.output).toContain('已有同名的条目 cuige-zhubao');
  });

  it('gives a guide the next free order in its section (the fixture has order 1 in 安全经营)', () => {
    expect(readFileSync(path.join(contentDir, 'guides/anquan-yongdian-changshi.mdx'), 'utf8')).toContain('\norder: 2\n');
  });

  it('writes an activity reported without a date with the date of its source', () => {
    expect(readFileSync(path.join(contentDir, 'activities/mianfei-tijian-huodong.md'), 'utf8')).toContain('\nreported: 2020-01-01\n');
  });

  it('refuses to overwrite an existing entry asked for by --id', () => {
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('不会覆盖');
    expect(readFileSync(path.join(contentDir, 'branches/test-zhibu.md'), 'utf8')).not.toContain('这是一个测试党支部的简介文字');
  });

  it('refuses a source that site.yaml does not list, and a missing answer when it cannot ask', () => {
    expect(unknownSource.status).not.toBe(0);
    expect(unknownSource.output).toContain('test-source');
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('--summary');
  });

  it('passes the check at once: no errors, and an entry for each new file', () => {
    const { errors } = checkContent(contentDir, { root: projectRoot });
    expect(errors).toEqual([]);
    for (const file of [
      'merchants/cuige-zhubao.md',
      'merchants/cuige-zhubao-2.md',
      'stories/zhuanxing-fazhan-gushi.mdx',
      'activities/meiyue-fuwu-ri.md',
      'activities/mianfei-tijian-huodong.md',
      'guides/anquan-yongdian-changshi.mdx',
      'branches/xinjian-ceshi-dangzhi-bu.md',
    ]) {
      expect(existsSync(path.join(contentDir, file)), file).toBe(true);
      expect(entryId(path.basename(file)), file).toBe(path.basename(file).replace(/\.mdx?$/, ''));
    }
  });
});
