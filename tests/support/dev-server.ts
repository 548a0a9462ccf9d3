/**
 * `astro dev` on a content folder, for tests of what exists in the local preview only (the 公众号
 * export): on a free port of 127.0.0.1, holding the lock on .astro/ as a build does
 * (scripts/lib/astro-dir-lock.ts), in a folder of the test run for its cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { freePort } from '../../scripts/lib/free-port';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isolatedBuildEnv } from '../../scripts/lib/build-steps';
import { tryLockAstroDir, unlockAstroDir } from '../../scripts/lib/astro-dir-lock';
import { projectRoot, TEST_ORIGIN } from './build';

/**
 * The test process's environment without Vitest's own variables: with VITEST set, Astro's dev server
 * takes itself for a test setup and finds no entries.
 */
function withoutVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
}

export interface DevServer {
  origin: string;
  /** What it printed so far. */
  output: () => string;
  stop(): Promise<void>;
}


function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

export async function startDevServer(contentDir: string): Promise<DevServer> {
  while (!tryLockAstroDir()) await new Promise((resolve) => setTimeout(resolve, 200));
  const work = mkdtempSync(path.join(process.env.YUYUAN_TEST_TMP ?? tmpdir(), 'yuyuan-dev-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...withoutVitest(), ...isolatedBuildEnv(work, contentDir), SITE_URL: TEST_ORIGIN, ASTRO_DEV_BACKGROUND: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const server: DevServer = {
    origin,
    output: () => output,
    stop: async () => {
      await stopped(child);
      unlockAstroDir();
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await server.stop();
  throw new Error(`astro dev did not start:\n${output}`);
}
