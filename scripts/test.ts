/**
 * `npm test`: the type checks (astro check) and every Vitest test, at the same time: each alone
 * leaves one of the machine's two cores mostly idle. astro check's output is printed when it ends,
 * so the two do not interleave; the exit code is non-zero when either fails.
 *
 * The check's types are made first (`astro sync`, holding the lock on .astro/ that test builds take
 * too: scripts/lib/astro-dir-lock.ts), and the check itself then leaves .astro/ alone (--noSync),
 * so it never rewrites the folder under a test build.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { projectRoot } from './lib/build-steps.ts';
import { tryLockAstroDir, unlockAstroDir } from './lib/astro-dir-lock.ts';

const bin = (name: string) => path.join(projectRoot, 'node_modules', name);

/**
 * Runs the project's Node with `args`; `live` passes its output through as it comes, else it is kept.
 * `background` lowers its CPU priority, as the test processes lower theirs (tests/support/test-priority.ts),
 * so the site builds the tests wait for come first.
 */
function run(args: string[], live: boolean, background = false): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    if (background && child.pid) {
      try {
        setPriority(child.pid, 19);
      } catch {
        // Not allowed here: it only runs at the usual priority.
      }
    }
    let output = '';
    const take = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk;
      if (live) stream.write(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** astro sync under the lock on .astro/, then astro check without syncing again. */
async function typeCheck() {
  while (!tryLockAstroDir()) await new Promise((resolve) => setTimeout(resolve, 200));
  let sync;
  try {
    sync = await run([bin('astro/bin/astro.mjs'), 'sync'], false);
  } finally {
    unlockAstroDir();
  }
  if (sync.code !== 0) return sync;
  return run([bin('astro/bin/astro.mjs'), 'check', '--noSync'], false, true);
}

// A run of every test asks for all its builds at once (tests/support/global-setup.ts).
if (process.argv.length === 2) process.env.YUYUAN_TEST_ALL = '1';
const [check, tests] = await Promise.all([typeCheck(), run([bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], true)]);
console.log(`\nastro check (${check.code === 0 ? 'passed' : 'FAILED'}):\n${check.output.trim()}`);
// The tests' closing line ("N passed, N failed"), again last, where CI and people look for it.
const summary = [...tests.output.matchAll(/^\d+ passed, \d+ failed.*$/gm)].at(-1)?.[0];
if (summary) console.log(`\n${summary}`);
process.exit(check.code !== 0 ? check.code : tests.code);
