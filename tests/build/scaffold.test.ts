/**
 * `npm run new` writes entries that pass the check at once: the script runs for each collection
 * into a copy of the tiny fixture site, then that copy is built with the same schemas and checks
 * as the real site, and the new pages must exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, fixtureCopy, projectRoot } from '../support/build';

const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

function newEntry(contentDir: string, args: string[]) {
  const run = spawnSync(process.execPath, [tsx, 'scripts/new-entry.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, YUYUAN_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    input: '', // not a terminal: the script must not ask, only use the flags
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run new, then a build of the result', () => {
  const contentDir = fixtureCopy();
  const runs = {
    merchant: newEntry(contentDir, ['merchant', '--name', '翠格珠宝', '--summary', '经营珠宝的党员商户，测试用的简介。', '--source', 'test-source']),
    merchantAgain: newEntry(contentDir, ['merchant', '--name', '翠格珠宝', '--summary', '同名的另一家商户，测试去重。', '--source', 'test-source']),
    story: newEntry(contentDir, ['story', '--title', '转型发展故事', '--summary', '这是一个测试故事的摘要，至少要二十个字才行，所以多写一点。', '--source', 'test-source', '--source-section', '三（三）']),
    activity: newEntry(contentDir, ['activity', '--title', '每月服务日', '--series', '为民服务日', '--when', '每月10日', '--summary', '这是一个测试活动的摘要文字。', '--source', 'test-source']),
    reported: newEntry(contentDir, ['activity', '--title', '免费体检活动', '--series', '便民服务', '--reported', '--summary', '来源只提到、没有写时间的活动。', '--source', 'test-source']),
    guide: newEntry(contentDir, ['guide', '--title', '安全用电常识', '--section', '安全经营', '--summary', '这是一个测试指南的摘要文字。']),
    branch: newEntry(contentDir, ['branch', '--name', '新建测试党支部', '--kind', '党支部', '--summary', '这是一个测试党支部的简介文字。', '--source', 'test-source']),
  };
  const refused = newEntry(contentDir, ['branch', '--name', '测试党支部', '--kind', '党支部', '--summary', '这是一个测试党支部的简介文字。', '--source', 'test-source', '--id', 'test-zhibu']);
  const unknownSource = newEntry(contentDir, ['merchant', '--name', '无来源商户', '--summary', '没有来源的商户不能新建。', '--source', 'no-such-source']);
  const missing = newEntry(contentDir, ['merchant', '--name', '缺简介商户']);
  const result = build({ contentDir });

  it('writes one file per run and says where', () => {
    for (const [name, run] of Object.entries(runs)) {
      expect(run.output, name).toContain('已新建 created');
      expect(run.status, name).toBe(0);
    }
    expect(existsSync(path.join(contentDir, 'merchants/cuige-zhubao.md'))).toBe(true);
    expect(existsSync(path.join(contentDir, 'stories/zhuanxing-fazhan-gushi.mdx'))).toBe(true);
    expect(existsSync(path.join(contentDir, 'guides/anquan-yongdian-changshi.mdx'))).toBe(true);
  });

  it('de-duplicates the file name of a second entry with the same name', () => {
    expect(runs.merchantAgain.output).toContain('cuige-zhubao-2.md');
    expect(readFileSync(path.join(contentDir, 'merchants/cuige-zhubao-2.md'), 'utf8')).toContain('同名的另一家商户');
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

  it('builds: the new entries pass the check at once, and their pages exist', () => {
    expect(result.output).not.toMatch(/✖|error/i);
    expect(result.status).toBe(0);
    for (const page of [
      'merchants/cuige-zhubao',
      'merchants/cuige-zhubao-2',
      'stories/zhuanxing-fazhan-gushi',
      'activities/meiyue-fuwu-ri',
      'activities/mianfei-tijian-huodong',
      'learn/anquan-yongdian-changshi',
      'branches/xinjian-ceshi-dangzhi-bu',
    ]) {
      expect(existsSync(path.join(result.outDir, page, 'index.html')), page).toBe(true);
    }
  });
});
