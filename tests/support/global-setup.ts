/**
 * Each test run builds into its own folder (see tests/support/build.ts), removed when the run ends,
 * so two runs at once never delete each other's builds.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildsRoot } from './build';

let runDir: string | undefined;

export function setup() {
  mkdirSync(buildsRoot, { recursive: true });
  runDir = mkdtempSync(path.join(buildsRoot, 'run-'));
  process.env.YUYUAN_TEST_BUILDS = runDir;
}

export function teardown() {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
