/**
 * The form editor's 复制到公众号: an entry as saved (on its draft's branch `cms/<collection>/<slug>`
 * when it has one, else on the published branch) exported by `npm run wechat` (scripts/wechat.ts) on
 * that branch's content, taken out of git into a folder of its own. The article's photos stay in
 * that folder for the preview to offer for download.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { siteUrl } from '@/lib/env';
import { absoluteUrl, entryPath } from '@/lib/routes';
import { WECHAT_COLLECTIONS, type WechatCollection } from '@/lib/sections';
import { projectRoot } from '../build-steps.ts';

export interface EditorWechatArticle {
  title: string;
  /** The article's markup, for the clipboard. */
  html: string;
  readMoreUrl: string;
  /** The photos in order, each downloadable at `<the export's address>/<file>`. */
  images: { file: string; alt: string }[];
}

/** `folder` holds the photos; `work` is the whole temporary folder, to remove once it is not needed. */
export type EditorWechatOutcome = { status: 200; article: EditorWechatArticle; folder: string; work: string } | { status: 404 | 422; error: string };

const git = (repoPath: string, ...args: string[]) => execFileSync('git', args, { cwd: repoPath, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

function hasBranch(repoPath: string, name: string): boolean {
  try {
    git(repoPath, 'rev-parse', '--verify', '--quiet', `refs/heads/${name}`);
    return true;
  } catch {
    return false;
  }
}

/** The entry's file on `ref`: the one the draft changed, or <slug>.md(x) of the collection's folder. */
function entryFile(repoPath: string, published: string, ref: string, collection: string, slug: string): string | undefined {
  const folder = `src/content/${collection}/`;
  const isEntry = (file: string) => /\.mdx?$/.test(file) && path.posix.dirname(file) === folder.slice(0, -1);
  if (ref !== published) {
    const changed = git(repoPath, 'diff', '--name-only', `${published}...${ref}`, '--', folder).split('\n').filter(isEntry);
    if (changed[0]) return changed[0];
  }
  const listed = git(repoPath, 'ls-tree', '--name-only', `${ref}:${folder}`).split('\n');
  const file = listed.find((name) => name === `${slug}.md` || name === `${slug}.mdx`);
  return file && `${folder}${file}`;
}

function runWechat(contentDir: string, work: string, target: string, out: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/wechat.ts', target, '--out', out], {
      cwd: projectRoot,
      env: { ...process.env, YUYUAN_CONTENT_DIR: contentDir, YUYUAN_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

export async function wechatForEditor(repoPath: string, published: string, collection: string, slug: string): Promise<EditorWechatOutcome> {
  if (!(WECHAT_COLLECTIONS as string[]).includes(collection) || !slug || /[/\\]|^\./.test(slug)) {
    return { status: 404, error: `只有故事、活动和学习指南可以复制到公众号（only ${WECHAT_COLLECTIONS.join(', ')}）` };
  }
  const draft = `cms/${collection}/${slug}`;
  const ref = hasBranch(repoPath, draft) ? draft : published;
  const file = entryFile(repoPath, published, ref, collection, slug);
  if (!file) return { status: 404, error: '这一篇还没有保存：请先点“保存”，再复制到公众号（save the entry first）' };
  const work = mkdtempSync(path.join(tmpdir(), 'yuyuan-editor-wechat-'));
  execFileSync('sh', ['-c', 'git archive "$1" src/content | tar -x -C "$2"', 'sh', ref, work], { cwd: repoPath });
  const id = path.posix.basename(file).replace(/\.mdx?$/, '');
  const out = path.join(work, 'wechat');
  const run = await runWechat(path.join(work, 'src/content'), work, `${collection as WechatCollection}/${id}`, out);
  // Only the article and its photos are kept, for the download links.
  for (const done of ['src', 'cache']) rmSync(path.join(work, done), { recursive: true, force: true });
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    return { status: 422, error: run.output.split('\n').filter((line) => line.startsWith('✖')).join('\n') || run.output };
  }
  const folder = path.join(out, `${collection}-${id}`);
  const $ = load(readFileSync(path.join(folder, 'article.html'), 'utf8'));
  const readMoreUrl = absoluteUrl(entryPath({ collection: collection as WechatCollection, id }), siteUrl());
  const images = $('body img').map((_, img) => ({ file: $(img).attr('src') ?? '', alt: $(img).attr('alt') ?? '' })).get();
  return { status: 200, folder, work, article: { title: $('title').text(), html: $('body').html()!.trim(), readMoreUrl, images } };
}
