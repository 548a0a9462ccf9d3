/**
 * A lock on the project's .astro/ folder. Every Astro build and `astro sync` writes it (among others
 * content-modules.mjs, the map of the content's MDX files), and a build reads it back while it bundles:
 * two at once, with different content, break each other ("UnknownContentCollectionError"). Test builds
 * (tests/support/build.ts) and `npm test`'s type check (scripts/test.ts) take it first.
 *
 * The lock is a folder (mkdir is atomic) holding the owner's process id, so a lock left by a process
 * that died is taken over instead of waited for.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build-steps.ts';

const lockDir = path.join(projectRoot, 'node_modules/.cache/yuyuan-astro-dir.lock');
const ownerFile = path.join(lockDir, 'pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for this process; false when another living process holds it. */
export function tryLockAstroDir(): boolean {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  try {
    mkdirSync(lockDir);
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(ownerFile, 'utf8'));
    } catch {
      // Just made by its owner, who has not written its id yet (or died before it could).
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs! < 10_000) return false;
    }
    if (alive(owner)) return false;
    rmSync(lockDir, { recursive: true, force: true });
    return tryLockAstroDir();
  }
  writeFileSync(ownerFile, String(process.pid));
  return true;
}

export function unlockAstroDir(): void {
  rmSync(lockDir, { recursive: true, force: true });
}
