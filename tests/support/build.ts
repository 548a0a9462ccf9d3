/**
 * Runs the project's real build (astro build, then Pagefind) on the real content or on a fixture,
 * into a temporary folder, so tests inspect exactly what `npm run build` makes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildSteps, isolatedBuildEnv } from '../../scripts/lib/build-steps';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go, one folder per test run (tests/support/global-setup.ts). */
export const buildsRoot = path.join(projectRoot, 'node_modules/.cache/yuyuan-test-builds');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
  outDir: string;
}

/** Builds the site; `contentDir` replaces src/content (used for fixtures). */
export function build({
  contentDir,
  withSearch = false,
  env: extraEnv = {},
}: { contentDir?: string; withSearch?: boolean; env?: Record<string, string> } = {}): BuildResult {
  // Inside the project on purpose: Astro puts its intermediate files next to an out dir within the
  // working folder, but in a shared ./.astro/ for one outside it, where parallel builds collide.
  const runDir = process.env.YUYUAN_TEST_BUILDS ?? buildsRoot;
  mkdirSync(runDir, { recursive: true });
  const work = mkdtempSync(path.join(runDir, 'build-'));
  const outDir = path.join(work, 'dist');
  const env = { ...process.env, ...isolatedBuildEnv(work, contentDir), ...extraEnv };
  // The steps of `npm run build`, with its memory settings; Pagefind only when asked for.
  // process.execPath is the Node that runs the tests: the project's own Node 24 under `npm test`.
  const [astro, pagefind] = buildSteps(outDir);
  let output = '';
  let status: number | null = 0;
  for (const step of withSearch ? [astro!, pagefind!] : [astro!]) {
    const run = spawnSync(process.execPath, step.nodeArgs, { cwd: projectRoot, env: { ...env, ...step.env }, encoding: 'utf8' });
    output += `${run.stdout}\n${run.stderr}\n`;
    status = run.status;
    if (status !== 0) break;
  }
  // Colours (CI turns them on) would split the words the tests look for.
  return { status, output: stripVTControlCharacters(output), outDir };
}

/**
 * The real site with its search index, built once per test run and shared by the test files that only
 * read it (they must not change it). Test files run one at a time, so a marker file is enough.
 */
export function sharedSiteBuild(): BuildResult {
  const runDir = process.env.YUYUAN_TEST_BUILDS ?? buildsRoot;
  const marker = path.join(runDir, 'shared-site.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as BuildResult;
  const result = build({ withSearch: true });
  if (result.status === 0) writeFileSync(marker, JSON.stringify(result));
  return result;
}

export const fixtureContent = path.join(projectRoot, 'tests/fixtures/tiny-site');

/**
 * A fresh copy of the tiny fixture site, changed by `edit` (file path relative to the copy → new text
 * or a function of the old text), for building content an editor got wrong.
 */
export function fixtureCopy(edits: Record<string, string | ((text: string) => string)> = {}): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'yuyuan-content-'));
  cpSync(fixtureContent, copy, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(copy, file);
    const text = typeof edit === 'string' ? edit : edit(readFileSync(target, 'utf8'));
    writeFileSync(target, text);
  }
  return copy;
}
