/**
 * Builds a site for tests with `npm run build` itself (scripts/build.ts: astro build, then Pagefind),
 * into a folder of this test run, so tests inspect exactly what an editor's build makes.
 *
 * Each distinct build happens once per test run: a build is keyed by its content (every file's path
 * and bytes, after edits) and its settings, and the result is kept on disk under the run's folder, so
 * every test file that asks for the same site gets the same build, whichever process it runs in.
 * Call it from beforeAll (or a test), never at the top of a file: collecting tests builds nothing.
 *
 * Under Vitest the builds run in the main process (startBuilder, from tests/support/global-setup.ts),
 * one at a time in the order asked for, at the usual priority, while the test processes run at a
 * lower one (tests/support/test-priority.ts): a build is what other tests wait for, so it never
 * waits for the CPU. Without the builder (a lone script) the build runs in the asking process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isolatedBuildEnv } from '../../scripts/lib/build-steps';
import { tryLockAstroDir, unlockAstroDir } from '../../scripts/lib/astro-dir-lock';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go, one folder per test run (tests/support/global-setup.ts). */
export const buildsRoot = path.join(projectRoot, 'node_modules/.cache/yuyuan-test-builds');
/** The real content: only invariant tests (tests/real-content/) build it. */
export const realContent = path.join(projectRoot, 'src/content');
/** The origin every test build is configured with (astro.config.mjs `site`), whatever SITE_URL the shell has. */
export const TEST_ORIGIN = 'https://yuyuan-market.example';
/** The moment fixture sites are built at, so "next" dates and "built on" are known. */
export const FIXTURE_BUILD_TIME = '2026-12-10T20:00:00+08:00';

/** The scenario fixture sites, each a content folder under tests/fixtures/ (tests/README.md says what each holds). */
export type Scenario = 'basics' | 'market-sample';
export const fixtureDir = (scenario: Scenario): string => path.join(projectRoot, 'tests/fixtures', scenario);

/** File path relative to the content folder → new text, a function of the old text, or null to delete it. */
export type Edits = Record<string, string | null | ((text: string) => string)>;

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
  outDir: string;
}

/** The run's folder for builds (set by tests/support/global-setup.ts; a lone tsx script uses the root). */
function runDir(): string {
  const dir = process.env.YUYUAN_TEST_BUILDS ?? buildsRoot;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A fresh copy of a content folder with `edits` applied, in the system's temporary folder: under the
 * test run's own folder there (YUYUAN_TEST_TMP, removed when the run ends: tests/support/global-setup.ts).
 */
export function contentCopy(from: string, edits: Edits = {}): string {
  const copy = mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-content-'));
  cpSync(from, copy, { recursive: true });
  applyEdits(copy, edits);
  return copy;
}

/** A fresh copy of a scenario fixture with `edits` applied: content an editor changed, or got wrong. */
export function fixtureCopy(edits: Edits = {}, scenario: Scenario = 'basics'): string {
  return contentCopy(fixtureDir(scenario), edits);
}

export function applyEdits(dir: string, edits: Edits): void {
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) {
      rmSync(target, { recursive: true, force: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof edit === 'string' ? edit : edit(readFileSync(target, 'utf8')));
  }
}

/** A fingerprint of a folder: every file's path and bytes. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(`${path.relative(dir, full)}\u0000`).update(readFileSync(full)).update('\u0000');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Waits until `ready()` is true, polling; sleeps without giving up the thread (builds are waited for
 * in synchronous hooks). Ten minutes at most, then an error saying what it waited for.
 */
function waitFor(ready: () => boolean, what: string): void {
  for (let waited = 0; !ready(); waited += 200) {
    if (waited > 600_000) throw new Error(`waited 10 minutes for ${what}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

/** Makes a folder; false when it exists already (mkdir is atomic: the one that makes it owns it). */
function claim(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

export interface SiteOptions {
  /** The content folder: a scenario's fixture (default `basics`) or any folder (`realContent`, a copy). */
  content?: Scenario | string;
  /** Changes to a copy of the content before building. */
  edits?: Edits;
  /** Settings: variables added to the build's environment. */
  env?: Record<string, string>;
}

/** Set (to the run's folder) while the global setup's builder runs the builds. */
const BUILDER = 'YUYUAN_TEST_BUILDER';

/** What a build is asked for with: the content folder and the settings added to the environment. */
interface BuildRequest {
  contentDir: string;
  settings: Record<string, string>;
  /** When it was asked for (ms since 1970, fractional: several are asked for within a millisecond). */
  askedAt: number;
}
const requestFile = (work: string) => path.join(work, 'request.json');
const resultFile = (work: string) => path.join(work, 'result.json');
/** Made when a test waits for the build. */
const wantedFile = (work: string) => path.join(work, 'wanted');

/** Writes JSON so that a reader never sees half of it (another process waits for the file). */
function writeJsonAtomically(file: string, value: unknown): void {
  writeFileSync(`${file}.part`, JSON.stringify(value));
  renameSync(`${file}.part`, file);
}

/** The folder of a build (content and settings): where it is asked for, built and kept this run. */
function buildFolder({ content = 'basics', edits, env = {} }: SiteOptions): { work: string; request: BuildRequest } {
  const source = content === 'basics' || content === 'market-sample' ? fixtureDir(content) : path.resolve(content);
  const contentDir = edits ? contentCopy(source, edits) : source;
  const settings = { SITE_URL: TEST_ORIGIN, ...(source === realContent ? {} : { YUYUAN_BUILD_TIME: FIXTURE_BUILD_TIME }), ...env };
  const key = createHash('sha256').update(fingerprint(contentDir)).update(JSON.stringify(Object.entries(settings).sort())).digest('hex').slice(0, 16);
  return { work: path.join(runDir(), `site-${key}`), request: { contentDir, settings, askedAt: performance.timeOrigin + performance.now() } };
}

/**
 * Asks the builder for a build no test waits for yet (`npm test` asks for every build of the run at
 * its start: tests/support/global-setup.ts), so that it is ready, or nearly, when a test wants it.
 * Builds a test waits for come first (siteBuild).
 */
export function requestBuild(site: SiteOptions): void {
  const { work, request } = buildFolder(site);
  if (claim(work)) writeJsonAtomically(requestFile(work), request);
}

/**
 * The built site (search index included) for some content and settings, built the first time it is
 * asked for in this test run and shared after that. Fixture sites are built at FIXTURE_BUILD_TIME;
 * the real content at the real time (its invariants hold at any time).
 */
export function siteBuild(site: SiteOptions = {}): BuildResult {
  const done = askForBuild(site);
  waitFor(() => existsSync(done), `the build in ${path.dirname(done)}`);
  return JSON.parse(readFileSync(done, 'utf8')) as BuildResult;
}

/**
 * siteBuild without blocking the test process while the builder works: for a build asked for in the
 * middle of a test (its content made by the test), so the process's other work (a browser) goes on.
 */
export async function siteBuildLater(site: SiteOptions = {}): Promise<BuildResult> {
  const done = askForBuild(site);
  for (let waited = 0; !existsSync(done); waited += 250) {
    if (waited > 600_000) throw new Error(`waited 10 minutes for the build in ${path.dirname(done)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const result = JSON.parse(readFileSync(done, 'utf8')) as BuildResult;
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.output}`);
  return result;
}

/** Asks for a build (or builds it here, outside the builder), and says where its result will be. */
function askForBuild(site: SiteOptions): string {
  const { work, request } = buildFolder(site);
  const underBuilder = process.env[BUILDER] === runDir();
  // The first process to create the folder asks for the build; any other waits for its result.
  if (claim(work)) {
    if (underBuilder) writeJsonAtomically(requestFile(work), request);
    else buildAlone(work, request);
  }
  // A build asked for ahead of time now has a test waiting: the builder takes it next.
  if (underBuilder) writeFileSync(wantedFile(work), '');
  return resultFile(work);
}

/** A build in this process, one at a time across processes (scripts/lib/astro-dir-lock.ts). */
function buildAlone(work: string, request: BuildRequest): void {
  waitFor(tryLockAstroDir, 'another build to finish (the lock on .astro/)');
  try {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { ...buildOptions(work, request), encoding: 'utf8' });
    writeJsonAtomically(resultFile(work), buildResult(work, run.status, run.stdout, run.stderr));
  } finally {
    unlockAstroDir();
  }
}

/**
 * Runs the builds the test processes ask for (request.json in a build's folder under `dir`), one at a
 * time and only holding the lock on .astro/ (scripts/lib/astro-dir-lock.ts): those a test waits for
 * first, then those asked for ahead of time (requestBuild), each oldest first.
 * Call from the global setup; the returned function stops it, ending a build under way.
 */
export function startBuilder(dir: string): () => Promise<void> {
  process.env[BUILDER] = dir;
  let current: { child: ReturnType<typeof spawn>; finished: Promise<void> } | undefined;
  // Builds a test waits for first, then those asked for ahead of time; each in the order asked for.
  const askedAt = (work: string) => (existsSync(wantedFile(work)) ? 0 : 1e15) + (JSON.parse(readFileSync(requestFile(work), 'utf8')) as BuildRequest).askedAt;
  const next = () =>
    readdirSync(dir)
      .map((name) => path.join(dir, name))
      .filter((work) => existsSync(requestFile(work)) && !existsSync(resultFile(work)))
      .sort((a, b) => askedAt(a) - askedAt(b))[0];
  const timer = setInterval(() => {
    const work = current ? undefined : next();
    if (!work || !tryLockAstroDir()) return;
    const request = JSON.parse(readFileSync(requestFile(work), 'utf8')) as BuildRequest;
    const child = spawn(process.execPath, ['scripts/build.ts'], buildOptions(work, request));
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
    const finished = new Promise<void>((resolve) =>
      child.on('close', (status) => {
        if (existsSync(work)) writeJsonAtomically(resultFile(work), buildResult(work, status, stdout, stderr));
        unlockAstroDir();
        current = undefined;
        resolve();
      }),
    );
    current = { child, finished };
  }, 50);
  return async () => {
    clearInterval(timer);
    current?.child.kill();
    await current?.finished;
  };
}

/** The builds under `dir` asked for ahead of time that no test waited for: each a wasted build. */
export function unwantedBuilds(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((work) => existsSync(requestFile(work)) && !existsSync(wantedFile(work)))
    .map((work) => (JSON.parse(readFileSync(requestFile(work), 'utf8')) as BuildRequest).contentDir);
}

/**
 * How `npm run build` itself (scripts/build.ts: Astro, then Pagefind) is run into `<work>/dist`, by
 * process.execPath: the Node that runs the tests, the project's own Node 24 under `npm test`.
 */
function buildOptions(work: string, { contentDir, settings }: BuildRequest) {
  return { cwd: projectRoot, env: { ...process.env, ...isolatedBuildEnv(work, contentDir), ...settings } };
}

function buildResult(work: string, status: number | null, stdout: string, stderr: string): BuildResult {
  // Colours (CI turns them on) would split the words the tests look for.
  return { status, output: stripVTControlCharacters(`${stdout}\n${stderr}`), outDir: path.join(work, 'dist') };
}

/** siteBuild, and an error with the build's output when it failed: for tests that read a site. */
export function builtSite(options: SiteOptions = {}): BuildResult {
  const result = siteBuild(options);
  if (result.status !== 0) throw new Error(`the site did not build:\n${result.output}`);
  return result;
}
