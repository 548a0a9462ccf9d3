/**
 * The second process of a large import's check (./check-written.ts). Started early, it loads the
 * checks while the import plans, then waits for its input file (the content folder, the texts the
 * import would write, the part of them to check in full), and prints checkContent's result as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkContent } from '@/lib/content/check';
import type { PartInput } from './check-written';

const inputFile = process.argv[2]!;
while (!existsSync(inputFile)) await sleep(10);
const input = JSON.parse(readFileSync(inputFile, 'utf8')) as PartInput;
const texts = new Map(input.texts);
const checked = new Set(input.checked);
const result = checkContent(input.contentDir, { root: input.root, now: new Date(input.now), overlay: texts, fileChecks: (absolute) => checked.has(absolute) });
process.stdout.write(JSON.stringify(result));
