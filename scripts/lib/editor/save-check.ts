/**
 * What a save in the form editor would break, found before anything is written: the content of the
 * published branch, with the save applied, checked as `npm run check:content` checks it. Only the
 * problems the save brings count (a problem the published content already has is not the editor's),
 * so saving one shop shows that shop's problems, and deleting a shop others name shows the entries
 * that name it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '@/lib/content/check';
import type { ContentProblem } from '@/lib/content/problems';

export const CONTENT_DIR = 'src/content';

/** A file a save writes: its path in the repository and its text (entries) or bytes (photos). */
export interface WrittenFile {
  path: string;
  raw?: string;
  content?: string;
  encoding?: BufferEncoding;
  newPath?: string;
}

/** The change a save makes to the content. */
export interface ContentChange {
  written: readonly WrittenFile[];
  deleted: readonly string[];
}

const keyOf = (problem: ContentProblem) => `${problem.code}\u0000${problem.file}\u0000${problem.field}`;

/** The published branch's content folder, copied into `dir` (one `git archive`, no checkout). */
function exportContent(repoPath: string, branch: string, dir: string): void {
  const archive = execFileSync('git', ['archive', '--format=tar', branch, CONTENT_DIR], { cwd: repoPath, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
}

/** True for a repository path inside the content folder (the editor writes nowhere else). */
export function isContentPath(file: string): boolean {
  const normal = path.posix.normalize(file);
  return normal.startsWith(`${CONTENT_DIR}/`) && !normal.split('/').includes('..');
}

function inside(dir: string, file: string): string {
  if (!isContentPath(file)) throw new Error(`not a content file: ${file}`);
  return path.join(dir, file);
}

function apply(dir: string, { written, deleted }: ContentChange): void {
  for (const file of deleted) rmSync(inside(dir, file), { force: true });
  for (const file of written) {
    const target = inside(dir, file.newPath ?? file.path);
    if (file.newPath) rmSync(inside(dir, file.path), { force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.raw ?? Buffer.from(file.content ?? '', file.encoding ?? 'base64'));
  }
}

/** The published content's own errors, by its commit and the day (the checks depend on both): a save checks them once. */
const publishedProblems = new Map<string, Set<string>>();

function problemsOf(repoPath: string, branch: string, dir: string, now: Date): Set<string> {
  const commit = execFileSync('git', ['rev-parse', branch], { cwd: repoPath, encoding: 'utf8' }).trim();
  const key = `${repoPath}\u0000${commit}\u0000${now.toISOString().slice(0, 10)}`;
  let known = publishedProblems.get(key);
  if (!known) publishedProblems.set(key, (known = new Set(checkContent(CONTENT_DIR, { root: dir, now }).errors.map(keyOf))));
  return known;
}

/**
 * The errors `change` brings to the content of `branch` (none: the save may go ahead). Errors the
 * branch's content has already are left out, matched by problem, file and field.
 */
export function problemsOfChange(repoPath: string, branch: string, change: ContentChange, now = new Date()): ContentProblem[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'yuyuan-save-'));
  try {
    exportContent(repoPath, branch, dir);
    const before = problemsOf(repoPath, branch, dir, now);
    apply(dir, change);
    return checkContent(CONTENT_DIR, { root: dir, now }).errors.filter((problem) => !before.has(keyOf(problem)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
