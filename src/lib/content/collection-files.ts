/**
 * Every file in the content folder is either an entry, a photo beside its entries, or an error:
 * Astro's glob loader silently skips a file it does not match (an upper-case .MD, a Word file) and
 * gives an entry in a sub-folder an id the site cannot route. An editor learns of each with its fix.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problems.ts';
import { COLLECTION_NAMES, type CollectionName } from '../sections.ts';

/** Photo files an entry may use (Astro's image formats that every browser shows). */
export const PHOTO_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];
/** A photo over this size is an error: it would be copied to the site as it is. Phone photos resized to 2000 px are well under it. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Files the operating system writes into folders, not an editor: left alone. */
const SYSTEM_FILES = /^(?:\..*|Thumbs\.db|desktop\.ini)$/i;

export interface FolderRules {
  /** Entry files, matched case-sensitively against the file name (e.g. /\.mdx?$/). */
  entries: RegExp;
  /** Sub-folders (relative, with /) whose files are entries too (pages/en). */
  entryFolders?: readonly string[];
}

const MARKDOWN_OR_MDX: FolderRules & { pattern: string } = { entries: /\.mdx?$/, pattern: '*.{md,mdx}' };

/** Each collection folder's entry files: the glob the build loads (src/content.config.ts) and the rules `check:content` applies. */
export const ENTRY_FILES: Record<CollectionName, FolderRules & { pattern: string }> = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, MARKDOWN_OR_MDX])) as Record<CollectionName, typeof MARKDOWN_OR_MDX>),
  // Prose pages: pages/<id>.md in Chinese, pages/en/<id>.md in English; plain Markdown only.
  pages: { entries: /\.md$/, entryFolders: ['en'], pattern: '{*,en/*}.md' },
};

const FILE_FIELD = '(文件 file)';

/**
 * The entry files of a collection folder as the build loads them (relative paths, sorted): the folder's
 * own files and those of the sub-folders its rules allow; names starting with "." are left out, as Astro's glob leaves them out.
 */
export function entryFilesOf(folder: string, rules: FolderRules): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => {
      const subfolder = path.dirname(file).split(path.sep).join('/');
      const name = path.basename(file);
      return rules.entries.test(name) && !name.startsWith('.') && (subfolder === '.' || rules.entryFolders?.includes(subfolder));
    })
    .sort();
}

function photoProblems(shown: string, absolute: string): ContentProblem[] {
  const bytes = statSync(absolute).size;
  if (bytes <= PHOTO_MAX_BYTES) return [];
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return [
    {
      code: 'photo-too-large',
      severity: 'error',
      file: shown,
      field: FILE_FIELD,
      problem: { zh: `照片太大：${mb} MB，最多 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`, en: `the photo is ${mb} MB; at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB` },
      fix: { zh: '把照片缩小到 2000 像素宽以内再保存（画图软件“调整大小”，或手机相册“编辑→裁剪/调整”）', en: 'resize it to at most 2000 px wide' },
    },
  ];
}

/**
 * The problems of the files in one collection folder (`folder`, absolute; `shown` turns a path into
 * what the editor sees): files that are neither entries nor photos, entries with a wrong extension
 * case, entries in sub-folders, and photos over PHOTO_MAX_BYTES.
 */
export function findStrayFiles(folder: string, rules: FolderRules, shown: (absolute: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return problems; // no folder: no entries, which the pages handle
  }
  for (const relative of files) {
    const absolute = path.join(folder, relative);
    const name = path.basename(relative);
    if (SYSTEM_FILES.test(name) || relative.split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (statSync(absolute).isDirectory()) continue;
    const subfolder = path.dirname(relative).split(path.sep).join('/');
    const extension = path.extname(name);
    if (PHOTO_EXTENSIONS.includes(extension.toLowerCase())) {
      problems.push(...photoProblems(shown(absolute), absolute));
      continue;
    }
    if (rules.entries.test(name)) {
      if (subfolder === '.' || rules.entryFolders?.includes(subfolder)) continue;
      problems.push({
        code: 'entry-in-subfolder',
        severity: 'error',
        file: shown(absolute),
        field: FILE_FIELD,
        problem: { zh: `条目放在了子文件夹“${subfolder}”里，网站不会为它生成页面`, en: 'an entry in a sub-folder gets no page' },
        fix: { zh: `把文件移到上一级文件夹 ${shown(folder)}/ 里`, en: `move it up into ${shown(folder)}/` },
      });
      continue;
    }
    const lower = name.toLowerCase();
    problems.push(
      rules.entries.test(lower)
        ? {
            code: 'extension-case',
            severity: 'error',
            file: shown(absolute),
            field: FILE_FIELD,
            problem: { zh: `文件扩展名“${extension}”要用小写，否则这个条目会被忽略`, en: 'the extension must be lower case, or the entry is skipped' },
            fix: { zh: `把文件改名为 ${name.slice(0, -extension.length)}${extension.toLowerCase()}`, en: 'rename it' },
          }
        : {
            code: 'stray-file',
            severity: 'error',
            file: shown(absolute),
            field: FILE_FIELD,
            problem: { zh: `这个文件不是条目（.md、.mdx）也不是照片（${PHOTO_EXTENSIONS.join('、')}），网站不会使用它`, en: 'neither an entry nor a photo: the site ignores it' },
            fix: { zh: '把内容写进条目文件，或把这个文件移出 src/content 文件夹', en: 'put its text into an entry, or move the file out of the content folder' },
          },
    );
  }
  return problems;
}

/**
 * The problems of the content folder's own top level: besides site.yaml, the collection folders and
 * the images/ folder of site-wide pictures, nothing belongs there (a misspelt folder's entries would
 * never be published).
 */
export function findStrayTopLevel(contentDir: string, collections: readonly string[], shown: (absolute: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(contentDir).sort();
  } catch {
    return problems;
  }
  for (const name of names) {
    if (SYSTEM_FILES.test(name) || name === 'site.yaml' || collections.includes(name)) continue;
    const absolute = path.join(contentDir, name);
    if (name === 'images' && statSync(absolute).isDirectory()) {
      problems.push(...findStrayFiles(absolute, { entries: /(?!)/ }, shown));
      continue;
    }
    problems.push({
      code: 'stray-top-level',
      severity: 'error',
      file: shown(absolute),
      field: FILE_FIELD,
      problem: { zh: `内容文件夹里不认识“${name}”：网站只读取 site.yaml、images/ 和这些文件夹：${collections.join('、')}`, en: 'not a known content folder or file' },
      fix: { zh: `把条目放进对应的文件夹（如 merchants/），或把“${name}”移出 src/content`, en: 'move entries into their collection folder' },
    });
  }
  return problems;
}
