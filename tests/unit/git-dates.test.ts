/**
 * lastCommitDate against real temporary git repositories: a full one, an uncommitted file, and a
 * shallow clone whose history is cut off at a file's last commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCommitDate } from '@/lib/git-dates';

let work: string;
let repo: string;
let shallow: string;

function git(cwd: string, args: string[], date?: string): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

function commit(file: string, text: string, date: string): void {
  writeFileSync(path.join(repo, file), text);
  git(repo, ['add', file]);
  git(repo, ['commit', '-q', '-m', `edit ${file}`], date);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'yuyuan-git-dates-'));
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  commit('old.md', 'first', '2024-03-05T10:00:00+08:00');
  commit('old.md', 'second', '2025-06-07T23:30:00+08:00');
  commit('other.md', 'x', '2025-08-01T12:00:00+08:00');
  // Late evening UTC is already the next day in Shanghai.
  commit('late.md', 'x', '2025-09-09T20:00:00+00:00');
  commit('new.md', 'x', '2026-01-02T09:00:00+08:00');
  writeFileSync(path.join(repo, 'draft.md'), 'not committed');
  shallow = path.join(work, 'shallow');
  git(work, ['-c', 'protocol.file.allow=always', 'clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('lastCommitDate', () => {
  it('gives the day of the last commit that touched the file', () => {
    expect(lastCommitDate(path.join(repo, 'old.md'))).toEqual(day('2025-06-07'));
    expect(lastCommitDate('new.md', { cwd: repo })).toEqual(day('2026-01-02'));
  });

  it('gives the day in Shanghai, as the site counts days', () => {
    expect(lastCommitDate(path.join(repo, 'late.md'))).toEqual(day('2025-09-10'));
  });

  it('gives nothing for a file that was never committed, does not exist or is outside a repository', () => {
    expect(lastCommitDate(path.join(repo, 'draft.md'))).toBeUndefined();
    expect(lastCommitDate(path.join(repo, 'missing.md'))).toBeUndefined();
    const outside = mkdtempSync(path.join(tmpdir(), 'yuyuan-no-git-'));
    writeFileSync(path.join(outside, 'a.md'), 'x');
    expect(lastCommitDate(path.join(outside, 'a.md'))).toBeUndefined();
    rmSync(outside, { recursive: true, force: true });
  });

  it('in a shallow clone, gives the date of a commit inside the fetched history', () => {
    // --depth 2 fetched the commits of new.md and late.md: new.md's has its parent, late.md's does not.
    expect(lastCommitDate(path.join(shallow, 'new.md'))).toEqual(day('2026-01-02'));
  });

  it('in a shallow clone, gives nothing for a file whose last commit is the cut-off (its real date is unknown)', () => {
    // late.md's commit is the boundary: git log reports it for every older file too.
    expect(lastCommitDate(path.join(shallow, 'late.md'))).toBeUndefined();
    expect(lastCommitDate(path.join(shallow, 'old.md'))).toBeUndefined();
    expect(lastCommitDate(path.join(shallow, 'other.md'))).toBeUndefined();
  });

  it('with depth 1, gives nothing at all', () => {
    const single = path.join(work, 'single');
    git(work, ['-c', 'protocol.file.allow=always', 'clone', '-q', '--depth', '1', `file://${repo}`, single]);
    expect(lastCommitDate(path.join(single, 'new.md'))).toBeUndefined();
    expect(lastCommitDate(path.join(single, 'old.md'))).toBeUndefined();
  });
});
