/**
 * Publishing a build (scripts/lib/publish.ts), on temporary folders: a build that succeeds replaces
 * the output folder; one that fails or throws leaves it byte for byte as it was; leftovers of an
 * interrupted build are cleared. (tests/basics/build-script.test.ts runs the whole of `npm run build`.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearLeftovers, previousDirOf, publishIfBuilt, stagingDirOf } from '../../scripts/lib/publish';

const root = mkdtempSync(path.join(tmpdir(), 'yuyuan-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A fresh output folder holding `files` (path → text). */
function site(files: Record<string, string>): string {
  const dir = path.join(root, `case-${++count}`, 'dist');
  write(dir, files);
  return dir;
}
function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
/** Every file of a folder with its text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, 'utf8')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}
/** What is beside the output folder: no staging or previous folder once done. */
const beside = (outDir: string) => readdirSync(path.dirname(outDir)).sort();

const OLD = { 'index.html': 'old home', 'a/index.html': 'old a', 'gone.txt': 'only in the old site' };
const NEW = { 'index.html': 'new home', 'b/c/index.html': 'new c' };

describe('publishIfBuilt', () => {
  it('replaces the output folder by what the build wrote into the staging folder', () => {
    const outDir = site(OLD);
    const published = publishIfBuilt(outDir, (staging) => {
      expect(staging).toBe(`${outDir}.staging`);
      expect(contents(outDir)).toEqual(OLD); // the old site stays until the build is done
      write(staging, NEW);
      return true;
    });
    expect(published).toBe(true);
    expect(contents(outDir)).toEqual(NEW);
    expect(beside(outDir)).toEqual(['dist']);
  });

  it('publishes when there was no output folder yet', () => {
    const outDir = path.join(root, 'first', 'dist');
    mkdirSync(path.dirname(outDir));
    expect(publishIfBuilt(outDir, (staging) => (write(staging, NEW), true))).toBe(true);
    expect(contents(outDir)).toEqual(NEW);
  });

  it('leaves the output folder as it was when the build fails, and deletes the staging folder', () => {
    const outDir = site(OLD);
    expect(publishIfBuilt(outDir, (staging) => (write(staging, NEW), false))).toBe(false);
    expect(contents(outDir)).toEqual(OLD);
    expect(beside(outDir)).toEqual(['dist']);
  });

  it('leaves the output folder as it was when the build throws', () => {
    const outDir = site(OLD);
    expect(() =>
      publishIfBuilt(outDir, (staging) => {
        write(staging, NEW);
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(contents(outDir)).toEqual(OLD);
    expect(beside(outDir)).toEqual(['dist']);
  });

  it('starts from an empty staging folder: what an interrupted build left there is gone', () => {
    const outDir = site(OLD);
    write(stagingDirOf(outDir), { 'stale.html': 'from a build that was killed' });
    publishIfBuilt(outDir, (staging) => {
      expect(existsSync(staging)).toBe(false);
      write(staging, NEW);
      return true;
    });
    expect(contents(outDir)).toEqual(NEW);
  });
});

describe('clearLeftovers', () => {
  it('deletes the previous site once the new one is in place', () => {
    const outDir = site(NEW);
    write(previousDirOf(outDir), OLD);
    clearLeftovers(outDir);
    expect(contents(outDir)).toEqual(NEW);
    expect(beside(outDir)).toEqual(['dist']);
  });

  it('puts the previous site back when a build was stopped between the two renames', () => {
    const outDir = path.join(root, 'between', 'dist');
    write(previousDirOf(outDir), OLD);
    write(stagingDirOf(outDir), NEW);
    clearLeftovers(outDir);
    expect(contents(outDir)).toEqual(OLD);
    expect(beside(outDir)).toEqual(['dist']);
  });
});
