/**
 * Each test run builds into its own folder (see tests/support/build.ts), removed when the run ends,
 * so two runs at once never delete each other's builds; and this process runs the builds the test
 * processes ask for (startBuilder). A whole run (`npm test` without arguments: scripts/test.ts sets
 * YUYUAN_TEST_ALL) asks for every build at once here; a run of some files builds only what they ask for.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildsRoot, requestBuild, startBuilder, unwantedBuilds } from './build';
import { everyBuild } from './sites';
import { prefetchEditorBundle } from './editor-bundle';

let runDir: string | undefined;
let tmpDir: string | undefined;
let stopBuilder: (() => Promise<void>) | undefined;

export function setup() {
  mkdirSync(buildsRoot, { recursive: true });
  runDir = mkdtempSync(path.join(buildsRoot, 'run-'));
  process.env.YUYUAN_TEST_BUILDS = runDir;
  // The content copies tests make (contentCopy), kept out of the project (paths in messages stay absolute) and removed at the end.
  tmpDir = mkdtempSync(path.join(tmpdir(), 'yuyuan-test-run-'));
  process.env.YUYUAN_TEST_TMP = tmpDir;
  stopBuilder = startBuilder(runDir);
  if (process.env.YUYUAN_TEST_ALL === '1') {
    for (const site of everyBuild()) requestBuild(site);
    prefetchEditorBundle(runDir);
  }
}

export async function teardown() {
  await stopBuilder?.();
  if (runDir && process.env.YUYUAN_TEST_ALL === '1') {
    for (const contentDir of unwantedBuilds(runDir)) console.warn(`built for nothing: no test asked for the site of ${contentDir} (tests/support/sites.ts, everyBuild)`);
  }
  for (const dir of [runDir, tmpDir]) if (dir) rmSync(dir, { recursive: true, force: true });
}
