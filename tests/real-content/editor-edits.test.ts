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
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { fileIdFor, renderEntry } from '../../src/lib/content/scaffold';
import { builtSite, contentCopy, projectRoot, realContent, TEST_ORIGIN, type BuildResult } from '../support/build';
import { addSection, deleteEntry, entriesOf, frontmatterOf, renameEntry, setField } from '../support/editor-edits';
import { itHoldsTheInvariants } from '../support/invariants';
import { builtPages } from '../support/dist';

/** What was done to the copy, for the test names' failures and the checks below. */
interface Done {
  deletedShop?: string;
  deletedStory?: string;
  renamedShop?: { from: string; to: string };
  newName?: { id: string; name: string };
  addedShop?: string;
  guideWithSection?: string;
}

/** Is the id named in another entry's file (a reference or a link)? */
function mentioned(contentDir: string, id: string): boolean {
  return ['stories', 'activities', 'guides'].some((collection) =>
    entriesOf(contentDir, collection as 'stories').some(([, file]) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`, 'm').test(readFileSync(file, 'utf8'))),
  );
}

/** Makes the editor's changes in `dir`. */
function editLikeAnEditor(dir: string): Done {
  const done: Done = {};
  const shops = () => entriesOf(dir, 'merchants').map(([id]) => id);

  const toDelete = shops().find((id) => mentioned(dir, id)) ?? shops()[0];
  if (toDelete) deleteEntry(dir, 'merchants', (done.deletedShop = toDelete));

  const story = entriesOf(dir, 'stories')[0]?.[0];
  if (story) deleteEntry(dir, 'stories', (done.deletedStory = story));

  const toRename = shops().find((id) => mentioned(dir, id)) ?? shops()[0];
  if (toRename) {
    const to = fileIdFor(`${toRename}-xin`, shops());
    renameEntry(dir, 'merchants', toRename, to);
    done.renamedShop = { from: toRename, to };
  }

  const [renamedId, renamedFile] = entriesOf(dir, 'merchants').at(-1) ?? [];
  if (renamedId && renamedFile) {
    const name = `${String(frontmatterOf(renamedFile).get('name')).slice(0, 30)}新店`;
    setField(renamedFile, 'name', name);
    done.newName = { id: renamedId, name };
  }

  const sourceId = String((frontmatterOf(path.join(dir, 'site.yaml')).toJS() as { sources: { id: string }[] }).sources[0]!.id);
  const name = '编辑新增的示范商户';
  const id = fileIdFor(name, shops());
  writeFileSync(path.join(dir, 'merchants', `${id}.md`), renderEntry('merchant', { name, summary: { zh: '编辑用新建命令的函数加的一家商户，用于测试。' }, source: { source: sourceId } }));
  done.addedShop = id;

  const guide = entriesOf(dir, 'guides')[0];
  if (guide) {
    addSection(guide[1], '编辑新加的一节', '这是编辑在课程末尾新加的一节内容，用于测试。');
    done.guideWithSection = guide[0];
  }
  return done;
}

describe('a copy of the real content, changed as an editor changes it', () => {
  let dir: string;
  let done: Done;
  let result: BuildResult;
  beforeAll(() => {
    dir = contentCopy(realContent);
    done = editLikeAnEditor(dir);
    result = builtSite({ content: dir });
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
