/**
 * `npm run audit` on the basics fixture's build: every rule passes and the exit status is 0; on a copy
 * of that build with one fault per rule (a page without its ColumnType, a script from another host,
 * a placeholder word, a broken link), each rule names its fault and the exit status is 1.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, fixtureDir, projectRoot, TEST_ORIGIN, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

let result: BuildResult;
beforeAll(() => {
  result = builtSite(basics);
});

function audit(outDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit.ts'], {
      cwd: projectRoot,
      env: { ...process.env, YUYUAN_CONTENT_DIR: fixtureDir('basics'), YUYUAN_OUT_DIR: outDir, SITE_URL: TEST_ORIGIN, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

function copyOfBuild(): string {
  const copy = path.join(mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-audit-')), 'dist');
  cpSync(result.outDir, copy, { recursive: true });
  return copy;
}

const edit = (dir: string, page: string, change: (html: string) => string) => {
  const file = path.join(dir, page, 'index.html');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

describe('npm run audit', () => {
  it('passes the fixture’s build, rule by rule', async () => {
    const { status, output } = await audit(copyOfBuild());
    for (const rule of ['首页和栏目按时更新', '没有空栏目', '人名、机构名和公众号名称写对', '页面元数据', '党政机关网站标识和网站标识码', '不向其他网站请求任何东西', '站内链接都能打开', '无障碍']) {
      expect(output).toMatch(new RegExp(`✔ ${rule}[^\\n]*：没有问题`));
    }
    expect(output).toContain('党政机关网站标识已设置；网站标识码 9999990001');
    expect(output).toContain('结论：没有必须改正的问题');
    expect(status).toBe(0);
  }, 600_000);

  it('names each fault under its rule and exits 1', async () => {
    const dir = copyOfBuild();
    edit(dir, 'stories', (html) => html.replace(/<meta name="ColumnType" content="[^"]*">/, ''));
    edit(dir, 'about', (html) => html.replace('</head>', '<script src="https://cdn.example/x.js"></script></head>'));
    edit(dir, 'visit', (html) => html.replace('</main>', '<p>本栏目建设中</p></main>'));
    edit(dir, '', (html) => html.replace('</main>', '<a href="/no-such-page/">坏链接</a></main>'));
    const { status, output } = await audit(dir);
    expect(output).toContain('✖ 页面元数据（SiteName、ColumnName、ArticleTitle 等）：1 个问题');
    expect(output).toContain('- /stories/：缺少 ColumnType');
    expect(output).toContain('- /about/：https://cdn.example/x.js');
    expect(output).toContain('- /visit/：页面上有“建设中”');
    expect(output).toMatch(/- \/ → \/no-such-page\/（404）/);
    expect(output).toMatch(/结论：有 4 个问题必须改正/);
    expect(status).toBe(1);
  }, 600_000);
});
