/**
 * The form editor's page, built with Vite from editor/ into .cache/editor/ (a few seconds), again only
 * when its sources or the installed packages have changed since the last build.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { projectRoot } from '../build-steps.ts';

export const EDITOR_SOURCE_DIR = path.join(projectRoot, 'editor');
export const EDITOR_BUNDLE_DIR = path.join(projectRoot, '.cache', 'editor');

const newest = (files: string[]) => Math.max(...files.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));

/** The files the page is built from: editor/, the site's stylesheet and dictionary, the installed packages. */
function sources(): string[] {
  return [
    ...readdirSync(EDITOR_SOURCE_DIR).map((file) => path.join(EDITOR_SOURCE_DIR, file)),
    path.join(projectRoot, 'src/styles/global.css'),
    path.join(projectRoot, 'src/i18n/ui.ts'),
    path.join(projectRoot, 'package-lock.json'),
  ];
}

/**
 * Builds the page when it is missing or older than what it is built from; says whether it built.
 * Built beside the old one and swapped in whole, so a page being served is never half-written.
 */
export async function ensureEditorBundle(): Promise<boolean> {
  const page = path.join(EDITOR_BUNDLE_DIR, 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newest(sources())) return false;
  const building = `${EDITOR_BUNDLE_DIR}.building-${process.pid}`;
  await build({ configFile: path.join(EDITOR_SOURCE_DIR, 'vite.config.ts'), build: { outDir: building } });
  rmSync(EDITOR_BUNDLE_DIR, { recursive: true, force: true });
  renameSync(building, EDITOR_BUNDLE_DIR);
  return true;
}
