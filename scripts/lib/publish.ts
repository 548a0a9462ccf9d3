/**
 * Publishing a build atomically: the site is built into a staging folder beside the output folder
 * (`<out>.staging`, on the same file system), and replaces the output folder only when the build
 * succeeded; otherwise the staging folder is deleted and the output folder is left as it was, byte
 * for byte. The replacement is two renames (`<out>` → `<out>.previous`, `<out>.staging` → `<out>`),
 * then the previous site is deleted: the output folder is never half-written, and is missing only
 * for the instant between the renames.
 * A build that was interrupted (killed, a power cut) leaves its staging or previous folder behind: the
 * next build clears them, and puts the previous site back first if it was caught between the renames.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where the site is built before it is published: beside the output folder (`dist` → `dist.staging`). */
export const stagingDirOf = (outDir: string): string => `${path.resolve(outDir)}.staging`;
/** Where the published site waits, between the two renames, before it is deleted. */
export const previousDirOf = (outDir: string): string => `${path.resolve(outDir)}.previous`;

/** Clears what an interrupted build left: its staging folder, and its previous site (put back when the output folder is missing). */
export function clearLeftovers(outDir: string): void {
  rmSync(stagingDirOf(outDir), { recursive: true, force: true });
  const previous = previousDirOf(outDir);
  if (!existsSync(previous)) return;
  if (existsSync(outDir)) rmSync(previous, { recursive: true, force: true });
  else renameSync(previous, outDir);
}

/** Replaces the output folder by the staging folder (see the top of this file). */
export function publishStaging(outDir: string): void {
  const staging = stagingDirOf(outDir);
  const previous = previousDirOf(outDir);
  if (!existsSync(staging)) throw new Error(`nothing to publish: ${staging} does not exist`);
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadSite) renameSync(previous, outDir);
    throw error;
  }
  if (hadSite) rmSync(previous, { recursive: true, force: true });
}

/**
 * Runs `build` into a fresh staging folder (its argument) and publishes the result when it returns
 * true. When it returns false or throws, the staging folder is deleted and `outDir` is left as it was.
 * Returns whether the site was published.
 */
export function publishIfBuilt(outDir: string, build: (stagingDir: string) => boolean): boolean {
  clearLeftovers(outDir);
  const staging = stagingDirOf(outDir);
  let built = false;
  try {
    built = build(staging) && existsSync(staging);
  } finally {
    if (!built) rmSync(staging, { recursive: true, force: true });
  }
  if (built) publishStaging(outDir);
  return built;
}
