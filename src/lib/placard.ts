/**
 * The shop-window placard: the absolute URL its QR code carries and the QR code itself,
 * rendered at build time as inline SVG (no script, no image request).
 */
import QRCode from 'qrcode';
import { absoluteUrl, entryPath } from './routes';
import { SECTIONS } from './sections';
import type { Merchant } from './content/site';

type Shop = Pick<Merchant, 'collection' | 'id'>;

/** Error correction M (about 15 % of the code may be dirty or covered) and the standard 4-module quiet zone. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4 } as const;

/** The path of a shop's placard page: /merchants/<id>/placard/ */
export function placardPath(shop: Shop): string {
  return `${entryPath(shop)}${SECTIONS.merchants.printCopy}/`;
}

/** The absolute URL of a shop's page on the configured site, which the placard's QR code encodes. */
export function placardUrl(shop: Shop, site: URL | string | undefined): string {
  return absoluteUrl(entryPath(shop), site);
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Gives an SVG string an image role and an accessible name, so a screen reader announces it as one image. */
export function labelSvg(svg: string, label: string): string {
  if (!svg.startsWith('<svg ')) throw new Error(`not an SVG element: ${svg.slice(0, 40)}`);
  return `<svg role="img" aria-label="${escapeAttribute(label)}" ${svg.slice('<svg '.length)}`;
}

/** The QR code of `text` as an inline SVG string, named by `label` (the text itself unless given). */
export async function qrSvg(text: string, label: string = text): Promise<string> {
  const svg = await QRCode.toString(text, QR_OPTIONS);
  return labelSvg(svg.trim(), label);
}
