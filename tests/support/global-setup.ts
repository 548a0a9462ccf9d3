/**
 * Each test run builds into its own folder (see tests/support/build.ts), removed when the run ends,
 * so two runs at once never delete each other's builds; and this process runs the builds the test
 * processes ask for (startBuilder).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildsRoot, startBuilder } from './build';

let runDir: string | undefined;
let stopBuilder: (() => Promise<void>) | undefined;

export function setup() {
  mkdirSync(buildsRoot, { recursive: true });
  runDir = mkdtempSync(path.join(buildsRoot, 'run-'));
  process.env.YUYUAN_TEST_BUILDS = runDir;
  stopBuilder = startBuilder(runDir);
}

export async function teardown() {
  await stopBuilder?.();
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
