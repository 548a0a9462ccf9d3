/**
 * The photos an entry's data names (every `src`), checked where Astro would only stop with a stack
 * trace that names no entry: a missing file, a file that is not an image, a photo on another host.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_MAX_BYTES } from './collection-files';
import { fieldPath, type ContentProblem } from './problems';

/** The first bytes of each image format the site takes. */
const SIGNATURES: { format: string; test: (head: Uint8Array) => boolean }[] = [
  { format: 'JPEG', test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { format: 'PNG', test: (h) => h[0] === 0x89 && h[1] === 0x50 && h[2] === 0x4e && h[3] === 0x47 },
  { format: 'GIF', test: (h) => String.fromCharCode(...h.slice(0, 4)) === 'GIF8' },
  { format: 'WebP', test: (h) => String.fromCharCode(...h.slice(0, 4)) === 'RIFF' && String.fromCharCode(...h.slice(8, 12)) === 'WEBP' },
  { format: 'AVIF', test: (h) => /^ftypavi[fs]$/.test(String.fromCharCode(...h.slice(4, 12))) },
];

/** True when the file starts like an image the site takes. */
export function isImageFile(absolutePath: string): boolean {
  const head = new Uint8Array(16);
  const fd = openSync(absolutePath, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return SIGNATURES.some(({ test }) => test(head));
}

/** Every `src` in `data` that names no usable photo, relative to the entry's folder. */
export function findImageProblems(
  file: string,
  entryDir: string,
  data: unknown,
  exists: (absolutePath: string) => boolean,
  isImage: (absolutePath: string) => boolean = isImageFile,
  sizeOf: (absolutePath: string) => number = (absolutePath) => statSync(absolutePath).size,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = path.posix.dirname(file);
  const visit = (value: unknown, at: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...at, index]));
    if (!value || typeof value !== 'object' || value instanceof Date) return;
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'src' || typeof child !== 'string') {
        visit(child, [...at, key]);
        continue;
      }
      const field = fieldPath([...at, key]);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(child)) {
        problems.push({
          code: 'photo-on-other-host',
          severity: 'error',
          file,
          field,
          problem: { zh: `照片“${child.slice(0, 60)}”在别的网站上：网站不向其他网站请求任何东西`, en: 'a photo must be a file of the site, not a web address' },
          fix: { zh: `把照片下载下来放在 ${folder}/ 里，写成 src: ./照片.jpg`, en: 'save it beside the entry and write ./photo.jpg' },
        });
      } else if (!/^\.\.?\//.test(child)) {
        problems.push({
          code: 'photo-path-not-relative',
          severity: 'error',
          file,
          field,
          problem: { zh: `照片路径“${child}”要以 ./ 开头`, en: 'a photo path starts with ./' },
          fix: { zh: `写成 src: ./${child.replace(/^\/+/, '')}，照片放在 ${folder}/ 里`, en: `write ./${child.replace(/^\/+/, '')}` },
        });
      } else if (!exists(path.resolve(entryDir, child))) {
        problems.push({
          code: 'image-not-found',
          severity: 'error',
          file,
          field,
          problem: { zh: `图片文件“${child}”不存在`, en: 'image file not found' },
          fix: { zh: `把图片放在 ${path.posix.join(folder, child)}，或改正文件名`, en: 'put the image there or fix the name' },
        });
      } else if (!isImage(path.resolve(entryDir, child))) {
        problems.push({
          code: 'not-an-image',
          severity: 'error',
          file,
          field,
          problem: { zh: `“${child}”不是图片文件（JPEG、PNG、WebP、AVIF 或 GIF），可能只是改了扩展名`, en: 'not an image file, perhaps only renamed' },
          fix: { zh: '用相机或画图软件把照片另存为 JPEG（.jpg），再放回这里', en: 'save the photo as a real JPEG' },
        });
      } else if (sizeOf(path.resolve(entryDir, child)) > PHOTO_MAX_BYTES) {
        // Also for a photo kept outside the entry's folder, where the folder check does not look.
        const mb = (sizeOf(path.resolve(entryDir, child)) / 1024 / 1024).toFixed(1);
        problems.push({
          code: 'photo-too-large',
          severity: 'error',
          file,
          field,
          problem: { zh: `照片“${child}”太大：${mb} MB，最多 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`, en: `the photo is ${mb} MB; at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB` },
          fix: { zh: '把照片缩小到 2000 像素宽以内再保存', en: 'resize it to at most 2000 px wide' },
        });
      }
    }
  };
  visit(data, []);
  return problems;
}
