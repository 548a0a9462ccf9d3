/**
 * /og/<section>.png: each section's default share image (src/lib/share-image.ts), drawn from SVG to
 * PNG at build time with sharp, so no image is committed and none depends on the machine's fonts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { SHARE_SECTIONS, type ShareSection } from '@/lib/seo';
import { shareImageSvg } from '@/lib/share-image';

export const getStaticPaths = (() => SHARE_SECTIONS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const svg = shareImageSvg(params.section as ShareSection);
  // A palette PNG: the image has two colours and their anti-aliased edges, so 8 bits keep it a few KB.
  const png = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
