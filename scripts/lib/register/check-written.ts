/**
 * The check of the files an import would write, as `npm run check:content` checks them with every
 * other entry (src/lib/content/check.ts). Each written file's own checks are most of the time of a
 * large import (about 1 ms a file), so from PARALLEL_FROM rows (started then, to load while the import
 * plans) and as many written files on, a part of them is checked in a second process (./check-part.ts)
 * on the second core while this one checks the rest; fewer files are checked sooner here alone. Each process
 * checks everything else the same way, so the result is the one check's: a written file's problems
 * are taken from the process that checked it in full, every other problem from this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, shownPath, type CheckResult } from '@/lib/content/check';

/** From this many rows (and written files) on, the check of the written files is shared with a second process. */
export const PARALLEL_FROM = 2000;

/** The second process's part: it also reads every other file itself, where this one has them parsed already. */
const SECOND_SHARE = 0.45;

const PART = fileURLToPath(new URL('./check-part.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** What the second process is given, as a file: checkContent's options for its part. */
export interface PartInput {
  contentDir: string;
  root: string;
  now: string;
  texts: [string, string][];
  checked: string[];
}

/** The second process, started before its input is known, so it loads the checks meanwhile. */
export class SecondCheck {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'yuyuan-import-check-'));
  private readonly inputFile = path.join(this.dir, 'part.json');
  private readonly child: ChildProcess;
  private readonly result: Promise<CheckResult>;

  constructor() {
    this.child = spawn(process.execPath, [TSX, PART, this.inputFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    this.child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.result = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('close', (code) => {
        if (code !== 0) reject(new Error(`the content check's second process stopped (exit ${code})`));
        else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CheckResult);
      });
    });
    this.result.catch(() => undefined); // awaited in check(); a cancelled one is not
  }

  /** Gives the process its part (written whole, then renamed: it never reads half a file); its result. */
  check(input: PartInput): Promise<CheckResult> {
    writeFileSync(`${this.inputFile}.tmp`, JSON.stringify(input));
    renameSync(`${this.inputFile}.tmp`, this.inputFile);
    return this.result.finally(() => this.cancel());
  }

  cancel(): void {
    if (this.child.exitCode === null) this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface WrittenCheck {
  contentDir: string;
  root: string;
  now: Date;
  /** The texts the import would write, by absolute path. */
  texts: ReadonlyMap<string, string>;
  /** The js-yaml data of the collection's files, where the import has read them. */
  parsed?: ReadonlyMap<string, unknown>;
  /** A second process to share the written files with (else this one checks them all). */
  second?: SecondCheck;
  /** Fewer written files than this are all checked here (tests lower it). */
  parallelFrom?: number;
}

export async function checkWritten({ contentDir, root, now, texts, parsed, second, parallelFrom = PARALLEL_FROM }: WrittenCheck): Promise<CheckResult> {
  const written = [...texts.keys()];
  // A few files are checked sooner here than the second process could read the whole content.
  if (!second || written.length < parallelFrom) {
    second?.cancel();
    return checkContent(contentDir, { root, now, overlay: texts, fileChecks: (absolute) => texts.has(absolute), parsed });
  }

  const theirs = new Set(written.slice(0, Math.floor(written.length * SECOND_SHARE)));
  const elsewhere = second.check({ contentDir, root, now: now.toISOString(), texts: [...texts], checked: [...theirs] });
  const here = checkContent(contentDir, { root, now, overlay: texts, fileChecks: (absolute) => texts.has(absolute) && !theirs.has(absolute), parsed });
  const there = await elsewhere;
  const shownTheirs = new Set([...theirs].map((absolute) => shownPath(root, absolute)));
  const merge = (own: CheckResult['errors'], other: CheckResult['errors']) => [...own.filter((problem) => !shownTheirs.has(problem.file)), ...other.filter((problem) => shownTheirs.has(problem.file))];
  return { errors: merge(here.errors, there.errors), warnings: merge(here.warnings, there.warnings) };
}
