/**
 * `npm run edit`: the form editor, in the browser at the address it prints. It works offline; what
 * an editor saves is checked like `npm run check:content` and committed in this repository under the
 * editor's name (asked once, kept in .cache/editor-name.txt). CONTRIBUTING.md explains the steps.
 * PORT chooses the port (default 4330); YUYUAN_EDITOR_NAME gives the name without asking.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { decapConfig } from '@/lib/editor/decap-config';
import { projectRoot } from './lib/build-steps.ts';
import { EDITOR_BUNDLE_DIR, ensureEditorBundle } from './lib/editor/bundle.ts';
import { startEditorServer } from './lib/editor/server.ts';

const NAME_FILE = path.join(projectRoot, '.cache', 'editor-name.txt');
const PUBLISHED_BRANCH = 'main';

async function editorName(): Promise<string> {
  const given = process.env.YUYUAN_EDITOR_NAME?.trim() || (existsSync(NAME_FILE) ? readFileSync(NAME_FILE, 'utf8').trim() : '');
  if (given) return given;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  let name = '';
  while (!name) name = (await terminal.question('你的姓名（每次保存都以这个名字记录；只问这一次）：')).trim();
  terminal.close();
  mkdirSync(path.dirname(NAME_FILE), { recursive: true });
  writeFileSync(NAME_FILE, `${name}\n`);
  return name;
}

/**
 * decap-server commits with `git add .`: whatever else is changed or new in the folder would go into
 * the editor's first commit, so the editor says so before it starts.
 */
function warnOfOtherChanges(): void {
  const changed = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  if (!changed) return;
  console.log('⚠ 注意：项目里有尚未提交的修改，编辑器第一次保存时会把它们一起提交（uncommitted changes would go into the editor’s first commit）：');
  console.log(changed.split('\n').map((line) => `  ${line}`).join('\n'));
  console.log('  不是你有意做的修改，请先关闭编辑器（Ctrl+C），请负责网站的同事处理后再打开。');
}

const started = performance.now();
warnOfOtherChanges();
const name = await editorName();
if (await ensureEditorBundle()) console.log('编辑器页面已准备好（the editor page was built）');
const server = await startEditorServer({
  repoPath: projectRoot,
  branch: PUBLISHED_BRANCH,
  port: Number(process.env.PORT ?? 4330),
  editor: { name, email: 'editor@localhost' },
  bundleDir: EDITOR_BUNDLE_DIR,
  config: (proxyUrl) => decapConfig({ proxyUrl, branch: PUBLISHED_BRANCH }),
});
console.log(`✔ 编辑器已启动：${server.url}（${name}；${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
console.log('  在浏览器里打开上面的地址；按 Ctrl+C 关闭编辑器（open the address in a browser; Ctrl+C stops the editor）');
