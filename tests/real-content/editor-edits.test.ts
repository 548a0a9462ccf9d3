/**
 * The proof that an editor's change cannot break the tests: a copy of the real content, changed the
 * way editors change it, passes check:content, builds, and holds every invariant the real content is
 * tested by. The edits pick their entries from whatever the copy has (the first in file order that
 * fits), so nothing here names an entry:
 * - delete a shop and every reference to it (one that a story or activity mentions, when there is one);
 * - delete a story and every reference to it;
 * - rename an entry's id (a shop's file) and every reference to it;
 * - rename a shop (its `name`);
 * - add a shop through the scaffolder's own functions (as `npm run new -- merchant` writes it);
 * - add a section to a guide.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import { builtSite, projectRoot, TEST_ORIGIN, type BuildResult } from '../support/build';
import type { Done } from '../support/editor-edits';
import { editedRealContent } from '../support/sites';
import { itHoldsTheInvariants } from '../support/invariants';
import { builtPages } from '../support/dist';

describe('a copy of the real content, changed as an editor changes it', () => {
  let dir: string;
  let done: Done;
  let result: BuildResult;
  beforeAll(() => {
    const edited = editedRealContent();
    ({ dir, done } = edited);
    result = builtSite(edited.site);
  });

  it('made every change it could (the real content has shops and guides)', () => {
    expect(done.deletedShop).toBeDefined();
    expect(done.renamedShop).toBeDefined();
    expect(done.newName).toBeDefined();
    expect(done.addedShop).toBeDefined();
    expect(done.guideWithSection).toBeDefined();
  });

  it('passes check:content', () => {
    const { errors } = checkContent(dir, { root: projectRoot });
    expect(errors.map((error) => formatProblem(error)).join('\n')).toBe('');
  });

  it('shows the changes: pages gone, moved, added, the new section in the guide', () => {
    const pages = builtPages(result.outDir);
    if (done.deletedShop) expect(pages).not.toContain(`/merchants/${done.deletedShop}/`);
    if (done.deletedStory) expect(pages).not.toContain(`/stories/${done.deletedStory}/`);
    expect(pages).not.toContain(`/merchants/${done.renamedShop!.from}/`);
    expect(pages).toContain(`/merchants/${done.renamedShop!.to}/`);
    expect(pages).toContain(`/merchants/${done.addedShop}/`);
    expect(readFileSync(path.join(result.outDir, 'merchants', done.newName!.id, 'index.html'), 'utf8')).toContain(done.newName!.name);
    expect(readFileSync(path.join(result.outDir, 'learn', done.guideWithSection!, 'index.html'), 'utf8')).toContain('编辑新加的一节');
  });

  itHoldsTheInvariants(() => ({ outDir: result.outDir, origin: TEST_ORIGIN, contentDir: dir }));
});
