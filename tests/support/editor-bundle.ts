/**
 * The form editor's page for the editor's browser tests. A whole run (`npm test`) builds it from its
 * first second in the main process, beside the site builds (tests/support/global-setup.ts): a test
 * process, at low priority, would take minutes over it on two busy cores. A run of one file builds it itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_BUNDLE_DIR, ensureEditorBundle } from '../../scripts/lib/editor/bundle';
import { projectRoot } from './build';

const marker = (runDir: string) => path.join(runDir, 'editor-bundle.status');

/** Starts building the page in a child process; its status file says `building`, then `done` or `failed`. */
export function prefetchEditorBundle(runDir: string): void {
  writeFileSync(marker(runDir), 'building');
  const script = `import(${JSON.stringify(path.join(projectRoot, 'scripts/lib/editor/bundle.ts'))}).then((m) => m.ensureEditorBundle())`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, stdio: 'inherit' });
  child.on('exit', (code) => writeFileSync(marker(runDir), code === 0 ? 'done' : 'failed'));
}

/** The built page's folder, once it is built (waiting for the run's own build when there is one). */
export async function editorBundle(): Promise<string> {
  const runDir = process.env.YUYUAN_TEST_BUILDS;
  if (runDir && existsSync(marker(runDir))) {
    for (;;) {
      const status = readFileSync(marker(runDir), 'utf8');
      if (status === 'done') return EDITOR_BUNDLE_DIR;
      if (status === 'failed') throw new Error('the editor page did not build (see the output above)');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await ensureEditorBundle();
  return EDITOR_BUNDLE_DIR;
}
