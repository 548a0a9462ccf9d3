/**
 * `npm test`: the type checks (astro check) and every Vitest test, at the same time: each alone
 * leaves one of the machine's two cores mostly idle. astro check's output is printed when it ends,
 * so the two do not interleave; the exit code is non-zero when either fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './lib/build-steps.ts';

const bin = (name: string) => path.join(projectRoot, 'node_modules', name);

/** Runs the project's Node with `args`; `live` passes its output through as it comes, else it is kept. */
function run(args: string[], live: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
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

const [check, tests] = await Promise.all([
  run([bin('astro/bin/astro.mjs'), 'check'], false),
  run([bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], true),
]);
console.log(`\nastro check (${check.code === 0 ? 'passed' : 'FAILED'}):\n${check.output.trim()}`);
// The tests' closing line ("N passed, N failed"), again last, where CI and people look for it.
const summary = [...tests.output.matchAll(/^\d+ passed, \d+ failed.*$/gm)].at(-1)?.[0];
if (summary) console.log(`\n${summary}`);
process.exit(check.code !== 0 ? check.code : tests.code);
