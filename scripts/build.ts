/**
 * `npm run build`: `astro build`, then Pagefind indexes the built site, each as its own process with
 * the memory settings of ./lib/build-steps.ts (why they are there, and what they change, is said there).
 * Stops at the first step that fails, with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { buildSteps, defaultOutDir, projectRoot } from './lib/build-steps.ts';

for (const step of buildSteps(defaultOutDir())) {
  const result = spawnSync(process.execPath, step.nodeArgs, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (result.status !== 0) {
    if (result.error) console.error(`${step.label}: ${result.error.message}`);
    process.exit(result.status ?? 1);
  }
}
