/**
 * The form editor's server (scripts/lib/editor/server.ts) as Decap CMS calls it: a save that would
 * break the site is refused with check:content's message and nothing is written; a good one is a
 * commit on its own branch, named after the entry, by the editor, in a file named like `npm run new`
 * names it; a deletion others depend on is refused, naming them; nothing outside src/content is written;
 * a story's 公众号 article is made from what was last saved (scripts/lib/editor/wechat.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decapConfig } from '@/lib/editor/decap-config';
import { siteUrl } from '@/lib/env';
import { forbiddenMarkup } from '@/lib/wechat/forbidden-markup';
import { startEditorServer, type EditorServer } from '../../scripts/lib/editor/server';
import { editorRepo } from '../support/editor-repo';

let server: EditorServer;
let repo: ReturnType<typeof editorRepo>;

const shop = (name: string, source = 'test-source') =>
  `---\nname: ${name}\nsummary:\n  zh: 经营珠宝首饰的党员商户，测试用的简介文字。\nbranch: test-zhibu\nsource:\n  source: ${source}\n---\n\n正文。\n`;

async function call(action: string, params: Record<string, unknown>): Promise<{ status: number; body: { error?: string } & Record<string, unknown> }> {
  const response = await fetch(`${server.url}api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params: { branch: 'main', ...params } }) });
  return { status: response.status, body: await response.json() };
}

const persist = (slug: string, raw: string, assets: unknown[] = []) =>
  call('persistEntry', {
    dataFiles: [{ path: `src/content/merchants/${slug}.md`, raw, slug }],
    assets,
    options: { collectionName: 'merchants', commitMessage: 'Create Merchants “x”', useWorkflow: true, status: 'draft' },
  });

beforeAll(async () => {
  repo = editorRepo();
  server = await startEditorServer({
    repoPath: repo.repo,
    branch: 'main',
    port: 0,
    editor: { name: '王编辑', email: 'wang@localhost' },
    bundleDir: repo.repo, // no page is asked for here
    config: (proxyUrl) => decapConfig({ proxyUrl, branch: 'main' }),
  });
});
afterAll(() => server?.close());

describe('the form editor server', () => {
  it('refuses a save the check refuses, with its message, and writes nothing', async () => {
    const { status, body } = await persist('太长', shop('一个名字太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长的商户'));
    expect(status).toBe(422);
    expect(body.error).toContain('没有保存');
    expect(body.error).toMatch(/name — 名称最多 40 个字（name may have at most 40 characters）/);
    expect(repo.git('branch', '--list', 'cms/*').trim()).toBe('');
    expect(repo.git('status', '--porcelain').trim()).toBe('');
  });

  it('refuses a reference to an entry or a source that does not exist', async () => {
    const { status, body } = await persist('x', shop('测试新店', 'no-such-source'));
    expect(status).toBe(422);
    expect(body.error).toContain('no-such-source');
  });

  it('commits a good save on its own branch, as the editor, named in Chinese, in a pinyin file', async () => {
    const { status, body } = await persist('翠格珠宝', shop('翠格珠宝'));
    expect(status, body.error).toBe(200);
    const branch = repo.git('branch', '--list', 'cms/merchants/*').trim().replace(/^\*?\s*/, '');
    expect(branch).toBe('cms/merchants/翠格珠宝');
    expect(repo.git('log', '-1', '--format=%an|%s', branch).trim()).toBe('王编辑|商户：新增 翠格珠宝');
    expect(repo.git('diff', '--name-only', 'main', branch).trim()).toBe('src/content/merchants/cuige-zhubao.md');
    // Not published: main is as it was.
    expect(repo.git('log', '--format=%s', 'main').trim()).toBe('fixture');
  });

  it('refuses to delete an entry others refer to, naming them', async () => {
    const { status, body } = await call('deleteFiles', { paths: ['src/content/branches/test-zhibu.md'], options: { commitMessage: 'Delete' } });
    expect(status).toBe(422);
    expect(body.error).toContain('不能删除');
    expect(body.error).toContain('src/content/merchants/test-shop.md');
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/content/branches/').trim()).toContain('test-zhibu.md');
  });

  it('writes nothing outside the content folder', async () => {
    const { status } = await call('persistEntry', { dataFiles: [{ path: 'package.json', raw: '{}', slug: 'x' }], assets: [], options: { collectionName: 'merchants', commitMessage: 'x' } });
    expect(status).toBe(403);
    const traversal = await call('persistEntry', { dataFiles: [{ path: 'src/content/../../evil.md', raw: 'x', slug: 'x' }], assets: [], options: { collectionName: 'merchants', commitMessage: 'x' } });
    expect(traversal.status).toBe(403);
  });

  it('makes the 公众号 article of a story as saved: published, then its draft; nothing for a shop', async () => {
    const article = async (collection: string, slug: string) => {
      const response = await fetch(`${server.url}wechat/${collection}/${slug}/`);
      return { status: response.status, body: (await response.json()) as { title?: string; html?: string; readMoreUrl?: string; error?: string } };
    };
    const published = await article('stories', 'test-story');
    expect(published.status).toBe(200);
    expect(published.body.title).toBe('测试故事');
    expect(forbiddenMarkup(published.body.html!)).toEqual([]);
    expect(published.body.html).toContain('测试正文。');
    expect(published.body.readMoreUrl).toBe(`${siteUrl()}/stories/test-story/`);

    const story = readFileSync(path.join(repo.repo, 'src/content/stories/test-story.mdx'), 'utf8').replace('测试正文。', '草稿里改过的正文。');
    const saved = await call('persistEntry', {
      dataFiles: [{ path: 'src/content/stories/test-story.mdx', raw: story, slug: 'test-story' }],
      assets: [],
      options: { collectionName: 'stories', commitMessage: 'Update Stories “test-story”', useWorkflow: true, status: 'draft' },
    });
    expect(saved.status).toBe(200);
    const draft = await article('stories', 'test-story');
    expect(draft.body.html).toContain('草稿里改过的正文。');
    expect(draft.body.html).not.toContain('测试正文。');

    expect((await article('merchants', 'test-shop')).status).toBe(404);
    expect((await article('stories', 'not-saved-yet')).body.error).toContain('请先点“保存”');
  }, 600_000);
});
