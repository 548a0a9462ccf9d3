/**
 * The `astro dev` server `npm run wechat` reads its articles from (/_wechat/…, in dev only: the
 * wechat-export integration), on a free port of 127.0.0.1. It holds the lock on .astro/ while it
 * runs, as a build does (./astro-dir-lock.ts), so it never breaks a build running beside it.
 */
import { dev } from 'astro';
import { freePort } from '../free-port.ts';
import { projectRoot } from '../build-steps.ts';
import { tryLockAstroDir, unlockAstroDir } from '../astro-dir-lock.ts';

export interface ExportServer {
  origin: string;
  stop(): Promise<void>;
}


export async function startExportServer(onWait: () => void): Promise<ExportServer> {
  if (!tryLockAstroDir()) {
    onWait();
    while (!tryLockAstroDir()) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    // Under a test runner's VITEST variables, Astro's dev server takes itself for a test setup and finds no entries.
    for (const name of Object.keys(process.env)) if (name.startsWith('VITEST')) delete process.env[name];
    const port = await freePort();
    const server = await dev({ root: projectRoot, logLevel: 'error', server: { host: '127.0.0.1', port }, devToolbar: { enabled: false } });
    return {
      origin: `http://127.0.0.1:${server.address.port}`,
      stop: async () => {
        await server.stop();
        unlockAstroDir();
      },
    };
  } catch (error) {
    unlockAstroDir();
    throw error;
  }
}
