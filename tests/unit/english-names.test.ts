/**
 * Every shop has an English name: English pages lead with it (h1, directory card, search title).
 * Reads the frontmatter of the real content directly, so a shop added without `nameEn` fails here.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const merchantsDir = path.join(import.meta.dirname, '../../src/content/merchants');

/** The shop files of `dir` whose frontmatter has no non-empty `nameEn`. */
function shopsWithoutEnglishName(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
      const data = (load(frontmatter) ?? {}) as { nameEn?: unknown };
      return typeof data.nameEn !== 'string' || data.nameEn.trim() === '';
    });
}

describe('English names of shops', () => {
  it('every shop in src/content/merchants/ has one', () => {
    const files = readdirSync(merchantsDir).filter((file) => /\.mdx?$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    expect(shopsWithoutEnglishName(merchantsDir)).toEqual([]);
  });

  it('the check names a shop that lacks one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yuyuan-names-'));
    writeFileSync(path.join(dir, 'a.md'), '---\nname: 甲店\nnameEn: Shop A\n---\n正文。\n');
    writeFileSync(path.join(dir, 'b.md'), '---\nname: 乙店\n---\n正文。\n');
    writeFileSync(path.join(dir, 'c.md'), "---\nname: 丙店\nnameEn: ''\n---\n正文。\n");
    expect(shopsWithoutEnglishName(dir)).toEqual(['b.md', 'c.md']);
  });
});
