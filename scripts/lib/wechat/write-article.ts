/**
 * An exported article on disk: `<folder>/article.html` (the article in a page that opens in any
 * browser), its photos beside it under the names the article gives them, and 说明.txt (the 阅读原文
 * address, the photos in order). The folder is written aside, then put in place of the old one.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { escapeUTF8 } from 'entities';

export interface ExportedArticle {
  collection: string;
  id: string;
  title: string;
  html: string;
  readMoreUrl: string;
  links: { text: string; url: string }[];
  images: { file: string; alt: string }[];
}

/** The page article.html holds: the article alone in its body, at a phone's width. */
export function articleDocument(article: ExportedArticle): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeUTF8(article.title)}</title>
</head>
<body style="max-width: 400px; margin: 16px auto; padding: 0 16px;">
${article.html}
</body>
</html>
`;
}

export function readMe(article: ExportedArticle): string {
  return [
    `公众号文章：${article.title}`,
    '',
    '1. 用浏览器打开 article.html，全选（Ctrl+A）、复制（Ctrl+C），到公众号图文编辑器的正文里粘贴（Ctrl+V）；',
    '   或者在本地预览（npm run dev）的页面上点“复制到公众号”。',
    `2. 阅读原文（原文链接）填：${article.readMoreUrl}`,
    ...(article.images.length > 0
      ? ['3. 按顺序上传这些照片，放在文中对应的“图1”“图2”……说明处：', ...article.images.map((image, index) => `   图${index + 1}  ${image.file}  ${image.alt}`)]
      : ['3. 这篇没有照片。']),
    '',
  ].join('\n');
}

export function writeArticle(folder: string, article: ExportedArticle, photos: Map<string, Uint8Array>): void {
  const staged = path.join(path.dirname(folder), `.${path.basename(folder)}.${process.pid}.tmp`);
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  writeFileSync(path.join(staged, 'article.html'), articleDocument(article));
  writeFileSync(path.join(staged, '说明.txt'), readMe(article));
  for (const [file, bytes] of photos) writeFileSync(path.join(staged, file), bytes);
  rmSync(folder, { recursive: true, force: true });
  renameSync(staged, folder);
}
