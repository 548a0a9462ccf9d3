/**
 * What a complete build has (src/lib/expected-pages.ts), on a hand-made content folder and a fake
 * built folder: `npm run build` publishes only when nothing is missing, the invariant tests check the same.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryIdsOf, missingEntryPages, missingRequiredFiles, REQUIRED_FILES } from '@/lib/expected-pages';

const root = mkdtempSync(path.join(tmpdir(), 'yuyuan-expected-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: string[]): string {
  const dir = path.join(root, name);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

// A shop (Chinese and English pages) whose file name Astro slugs, and a story (Chinese only); files
// the build does not load as entries (a sub-folder's, a hidden one, not Markdown) and a collection without pages.
const content = folder('content', ['merchants/Cui Ge.md', 'stories/Spring Fair.mdx', 'markets/yuyuan.md', 'merchants/notes.txt', 'merchants/old/shop.md', 'merchants/.draft.md']);

describe('the pages the content implies', () => {
  it('lists entries by the ids Astro gives them (check:content’s entryId)', () => {
    expect(entryIdsOf(content, 'merchants')).toEqual(['cui-ge']);
    expect(entryIdsOf(content, 'stories')).toEqual(['spring-fair']);
    expect(entryIdsOf(content, 'guides')).toEqual([]);
  });

  it('reports each page an entry lacks, in each language it has', () => {
    const out = folder('out-partial', ['merchants/cui-ge/index.html', 'stories/spring-fair.html']);
    expect(missingEntryPages(out, content)).toEqual(['merchants/cui-ge: no page /en/merchants/cui-ge/', 'stories/spring-fair: no page /stories/spring-fair/']);
  });

  it('reports nothing when every page is there', () => {
    const out = folder('out-complete', ['merchants/cui-ge/index.html', 'en/merchants/cui-ge/index.html', 'stories/spring-fair/index.html']);
    expect(missingEntryPages(out, content)).toEqual([]);
  });
});

describe('the files every build has', () => {
  it('reports those missing, and nothing once they are all there', () => {
    const out = folder('out-files', ['index.html', 'pagefind/pagefind.js']);
    mkdirSync(path.join(out, '_headers')); // a folder is not the file
    expect(missingRequiredFiles(out)).toEqual(['404.html', '_headers', 'pagefind/pagefind-entry.json']);
    expect(missingRequiredFiles(folder('out-all-files', [...REQUIRED_FILES]))).toEqual([]);
  });
});
