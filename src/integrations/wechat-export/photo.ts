/** A photo of an exported article, by the file name the article gives it (01-cover.jpg). */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportedPhotos, photoKey } from './exported-photos';

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' };

export const prerender = false;

export const GET: APIRoute = async ({ params, url }) => {
  const key = photoKey(params.collection!, params.id!, params.file!);
  // The server restarted since the article was shown: render it again, which lists its photos.
  if (!exportedPhotos.has(key)) await fetch(new URL('./', url));
  const source = exportedPhotos.get(key);
  if (!source) return new Response('没有这张照片（no such photo）', { status: 404 });
  return new Response(await readFile(source), {
    headers: { 'Content-Type': TYPES[path.extname(source).toLowerCase()] ?? 'application/octet-stream', 'Cache-Control': 'no-store' },
  });
};

export function getStaticPaths() {
  return [];
}
