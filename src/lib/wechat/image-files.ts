/**
 * The files an article's photos are exported as: numbered in the order they appear
 * (01-cover.jpg, 02-…), so the editor uploads them into the 公众号 material library and puts each
 * where its caption says.
 */
import path from 'node:path';

/**
 * The file on disk behind a photo's address in `astro dev`: `/@fs/<path>?…` (a photo of the entry's
 * data) or `/_image?href=<that, encoded>&…` (a photo in its Markdown); undefined for anything else.
 */
export function imageSourcePath(src: string): string | undefined {
  const url = new URL(src, 'http://dev.invalid');
  if (url.pathname === '/_image' || url.pathname === '/_image/') {
    const href = url.searchParams.get('href');
    return href ? imageSourcePath(href) : undefined;
  }
  if (url.pathname.startsWith('/@fs/')) return decodeURIComponent(url.pathname.slice('/@fs'.length));
  return undefined;
}

/** The exported file name of the `index`th photo (from 0): its number, then its own name. */
export function exportedImageName(index: number, sourcePath: string): string {
  const base = path.posix.basename(sourcePath.replaceAll('\\', '/')).replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${String(index + 1).padStart(2, '0')}-${base}`;
}
