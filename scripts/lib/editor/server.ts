/**
 * The form editor's local server (`npm run edit`): the built Decap CMS page, its configuration, and
 * decap-server's git backend behind a guard. The guard refuses a save that would break the site,
 * with check:content's own messages, before anything is written; names each commit in Chinese after
 * the entry; and commits as the editor. Bound to 127.0.0.1: it is one person's tool on one machine.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import decapServer from 'decap-server/dist/middlewares.js';
import { formatProblemLine } from '@/lib/content/problems';
import { withoutEmptyValues } from '@/lib/editor/empty-values';
import { fileIdFor } from '@/lib/scaffold/file-id';
import { commitMessage, entryName } from './commit-message';
import { isContentPath, problemsOfChange, type ContentChange, type WrittenFile } from './save-check';
import { wechatForEditor } from './wechat';

export interface EditorServerOptions {
  /** The project's git repository, whose `src/content/` the editor changes. */
  repoPath: string;
  /** The published branch: entries are checked against it, and publishing merges into it. */
  branch: string;
  /** The port to listen on (0: any free one). */
  port: number;
  /** Who commits: the editor's name, asked once. */
  editor: { name: string; email: string };
  /** The built editor page (index.html and its assets). */
  bundleDir: string;
  /** The Decap configuration, given the backend's address once it is known. */
  config: (proxyUrl: string) => { collections: { name: string; label_singular?: string; label?: string }[] };
}

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

interface SaveRequest {
  action: string;
  params: {
    dataFiles?: WrittenFile[];
    entry?: WrittenFile;
    assets?: WrittenFile[];
    paths?: string[];
    asset?: WrittenFile;
    options?: { collectionName?: string; commitMessage?: string };
  };
}

function existsOn(repoPath: string, branch: string, file: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${branch}:${file}`], { cwd: repoPath, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The ids of a folder's entries on the branch (file names without their extension). */
function idsOn(repoPath: string, branch: string, folder: string): string[] {
  const listing = execFileSync('git', ['ls-tree', '--name-only', `${branch}:${folder}`], { cwd: repoPath, encoding: 'utf8' });
  return listing.split('\n').filter(Boolean).map((file) => file.replace(/\.[^.]+$/, ''));
}

/**
 * A new entry's file named as `npm run new` names it (pinyin of its name: cuige-zhubao.md): Decap
 * names files after the name as typed, which for Chinese is the Chinese itself.
 */
function withFileId(repoPath: string, branch: string, file: WrittenFile): WrittenFile {
  const folder = path.posix.dirname(file.path);
  const extension = path.posix.extname(file.path);
  if (/^[a-z0-9-]+$/.test(path.posix.basename(file.path, extension)) || existsOn(repoPath, branch, file.path)) return file;
  return { ...file, path: `${folder}/${fileIdFor(entryName(file.path, file.raw), idsOn(repoPath, branch, folder))}${extension}` };
}

function textOn(repoPath: string, branch: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${branch}:${file}`], { cwd: repoPath, encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

const refusal = (intro: string, lines: string[]) => ({ error: [intro, ...lines].join('\n') });

export async function startEditorServer(options: EditorServerOptions): Promise<EditorServer> {
  const { repoPath, branch, editor } = options;
  // decap-server commits through git in this process: as the editor, in the project's repository.
  Object.assign(process.env, {
    GIT_REPO_DIRECTORY: repoPath,
    GIT_AUTHOR_NAME: editor.name,
    GIT_AUTHOR_EMAIL: editor.email,
    GIT_COMMITTER_NAME: editor.name,
    GIT_COMMITTER_EMAIL: editor.email,
  });

  const app = express();
  // The collections' names for commit messages; the backend address is the one the page was opened at.
  const { collections } = options.config('');
  const nounOf = (collection = '') => {
    const row = collections.find((entry) => entry.name === collection);
    return row?.label_singular ?? row?.label ?? collection;
  };

  /** Checks a save or a deletion against the published content, and names its commit. */
  function guard(req: Request, res: Response, next: NextFunction) {
    const { action, params } = req.body as SaveRequest;
    const change: ContentChange | undefined =
      action === 'persistEntry'
        ? { written: [...(params.dataFiles ?? (params.entry ? [params.entry] : [])), ...(params.assets ?? [])], deleted: [] }
        : action === 'deleteFiles'
          ? { written: [], deleted: params.paths ?? [] }
          : action === 'persistMedia' && params.asset
            ? { written: [params.asset], deleted: [] }
            : undefined;
    if (!change) return next();
    const paths = [...change.written.flatMap((file) => [file.path, ...(file.newPath ? [file.newPath] : [])]), ...change.deleted];
    const outside = paths.find((file) => !isContentPath(file));
    if (outside) return res.status(403).json(refusal('编辑器只能修改 src/content 里的内容（the editor only changes src/content）：', [outside]));
    if (action === 'persistEntry' && params.dataFiles) {
      params.dataFiles = params.dataFiles.map((file) => (file.raw === undefined ? file : withFileId(repoPath, branch, { ...file, raw: withoutEmptyValues(file.raw) })));
      change.written = [...params.dataFiles, ...(params.assets ?? [])];
    }

    const problems = problemsOfChange(repoPath, branch, change);
    if (problems.length > 0) {
      const intro = action === 'deleteFiles' ? '不能删除：还有内容引用它（not deleted: other entries refer to it）' : '没有保存：内容有问题（not saved: the content has problems）';
      return res.status(422).json(refusal(intro, problems.map((problem) => formatProblemLine(problem))));
    }

    const first = change.written.find((file) => file.raw !== undefined) ?? { path: change.deleted[0] ?? '' };
    if (params.options && first.path) {
      const collection = params.options.collectionName;
      const kind = action === 'deleteFiles' ? '删除' : existsOn(repoPath, branch, first.path) ? '修改' : '新增';
      const raw = first.raw ?? textOn(repoPath, branch, first.path);
      params.options.commitMessage = commitMessage(nounOf(collection), kind, entryName(first.path, raw));
    }
    next();
  }

  app.use('/api/v1', express.json({ limit: '50mb' }));
  app.post('/api/v1', guard);
  await decapServer.registerLocalGit(app, { logLevel: 'warn' });
  app.get('/config.json', (req, res) => res.json(options.config(`${req.protocol}://${req.get('host')}/api/v1`)));
  // The preview's 复制到公众号 (./wechat.ts), and the photos of the article it last made for each entry.
  const wechatFolders = new Map<string, { folder: string; work: string }>();
  app.get('/wechat/:collection/:slug/', async (req, res) => {
    const { collection, slug } = req.params as { collection: string; slug: string };
    const outcome = await wechatForEditor(repoPath, branch, collection, slug);
    if (outcome.status !== 200) return res.status(outcome.status).json({ error: outcome.error });
    const previous = wechatFolders.get(`${collection}/${slug}`);
    if (previous) rmSync(previous.work, { recursive: true, force: true });
    wechatFolders.set(`${collection}/${slug}`, { folder: outcome.folder, work: outcome.work });
    res.json(outcome.article);
  });
  app.get('/wechat/:collection/:slug/:file', (req, res) => {
    const { collection, slug, file } = req.params as { collection: string; slug: string; file: string };
    const made = wechatFolders.get(`${collection}/${slug}`);
    if (!made || !/^\d{2}-[^/\\]+$/.test(file)) return res.status(404).end();
    res.sendFile(path.join(made.folder, file));
  });
  app.use(express.static(options.bundleDir, { index: 'index.html' }));

  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(options.port, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const { work } of wechatFolders.values()) rmSync(work, { recursive: true, force: true });
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
