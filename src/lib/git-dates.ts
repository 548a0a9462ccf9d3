/**
 * When a file last changed, from git: the fallback for a guide's "updated" date when its
 * frontmatter does not give one. Wrong dates are worse than none, so every doubt returns undefined:
 * git missing, the file outside a repository or not committed yet, or a shallow clone (CI often
 * fetches with --depth 1) whose history is cut off at the file's last commit, whose own date is then
 * only the date of the cut, not of the file's last change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shanghaiDay } from './recurrence';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true }).trim();
}

/**
 * The commits a shallow repository's history is cut off at (their parents were not fetched), from
 * .git/shallow; an empty set for a full clone, undefined when the list cannot be read.
 */
function shallowBoundary(cwd: string): Set<string> | undefined {
  if (git(cwd, ['rev-parse', '--is-shallow-repository']) !== 'true') return new Set();
  const file = path.resolve(cwd, git(cwd, ['rev-parse', '--git-path', 'shallow']));
  try {
    return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
  } catch {
    return undefined;
  }
}

/** A commit whose parents git does not have: in a shallow clone, the commits at the cut. */
function parentsMissing(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^`]);
    return false;
  } catch {
    return true;
  }
}

/** The answers given so far, by absolute path: a build asks for a file's day on each page that shows it (its page, its list, its metadata). */
const known = new Map<string, Date | undefined>();

/**
 * The calendar day (in Shanghai, as a Date at 00:00 UTC like every stored day) of the last commit
 * that touched `filePath` (absolute, or relative to `cwd`); undefined when that is not known for sure.
 * Asked once per file and process: git is run again only by a new process (a build, a restarted preview).
 */
export function lastCommitDate(filePath: string, { cwd = process.cwd() }: { cwd?: string } = {}): Date | undefined {
  const file = path.resolve(cwd, filePath);
  if (!known.has(file)) known.set(file, commitDayOf(file));
  return known.get(file);
}

/** An entry's own `updated` day, else the day of its file's last commit: the 更新日期 its page and its list show. */
export function updatedDay(entry: { data: { updated?: Date }; filePath?: string }): Date | undefined {
  return entry.data.updated ?? (entry.filePath ? lastCommitDate(entry.filePath) : undefined);
}

function commitDayOf(file: string): Date | undefined {
  const dir = path.dirname(file);
  try {
    const line = git(dir, ['log', '-1', '--format=%H %cI', '--', file]);
    if (!line) return undefined; // not committed (or not tracked)
    const [sha, iso] = line.split(' ') as [string, string];
    const boundary = shallowBoundary(dir);
    // A shallow boundary commit looks, to git log, as if it had added the file: its date says nothing.
    if (boundary ? boundary.has(sha) : parentsMissing(dir, sha)) return undefined;
    const instant = new Date(iso);
    if (Number.isNaN(instant.getTime())) return undefined;
    const { year, month, day } = shanghaiDay(instant);
    return new Date(Date.UTC(year, month - 1, day));
  } catch {
    return undefined; // no git, not a repository, a path git refuses
  }
}
