/**
 * A git repository like the project's, for the form editor's tests: a fixture's content in
 * src/content/, committed on main, in the run's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureDir } from './build';

const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: '测试', GIT_AUTHOR_EMAIL: 't@localhost', GIT_COMMITTER_NAME: '测试', GIT_COMMITTER_EMAIL: 't@localhost' } });

export function editorRepo(scenario: 'basics' | 'market-sample' = 'basics'): { repo: string; git: (...args: string[]) => string } {
  const repo = mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-editor-'));
  mkdirSync(path.join(repo, 'src'));
  cpSync(fixtureDir(scenario), path.join(repo, 'src/content'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'fixture');
  return { repo, git: (...args) => git(repo, ...args) };
}
