import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { generateSyntheticContent, prng, scaledCounts } from '../../scripts/lib/synthetic-content';

const made: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yuyuan-synthetic-test-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file in a folder with its text, in a stable order. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|mdx|yaml)$/.test(file))
    .sort()
    .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')] as const);

describe('synthetic content for the benchmark', () => {
  it('scales activities, stories and guides with the shops unless given', () => {
    expect(scaledCounts({ shops: 6000 })).toEqual({ shops: 6000, activities: 1000, stories: 200, guides: 100 });
    expect(scaledCounts({ shops: 600 })).toEqual({ shops: 600, activities: 100, stories: 20, guides: 10 });
    expect(scaledCounts({ shops: 600, guides: 3 }).guides).toBe(3);
  });

  it('is deterministic: the same options write the same files, another seed other files', () => {
    const a = fresh();
    const b = fresh();
    const c = fresh();
    generateSyntheticContent(a, { shops: 60 });
    generateSyntheticContent(b, { shops: 60 });
    generateSyntheticContent(c, { shops: 60, seed: 7 });
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a)).not.toEqual(snapshot(c));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('writes the asked-for number of entries', () => {
    const dir = fresh();
    const counts = generateSyntheticContent(dir, { shops: 120, activities: 30, stories: 8, guides: 12 });
    const count = (collection: string, prefix: string) => readdirSync(path.join(dir, collection)).filter((file) => file.startsWith(prefix)).length;
    expect(count('merchants', 'syn-shop-')).toBe(120);
    expect(count('activities', 'syn-activity-')).toBe(30);
    expect(count('stories', 'syn-story-')).toBe(8);
    expect(count('guides', 'syn-guide-')).toBe(12);
    expect(counts).toMatchObject({ shops: 120, activities: 30, stories: 8, guides: 12 });
  });

  it('passes the same content checks as the build, without a warning on the day it is for', () => {
    const dir = fresh();
    const today = new Date('2026-03-15T00:00:00Z');
    generateSyntheticContent(dir, { shops: 80, today });
    const { errors, warnings } = checkContent(dir, { now: today });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    // A year later the shops' verified days are stale: the warning the checks give real content.
    const later = checkContent(dir, { now: new Date('2027-03-15T00:00:00Z') });
    expect(later.warnings.filter((warning) => warning.field === 'verified' && warning.file.includes('syn-shop-'))).toHaveLength(80);
  });
});
