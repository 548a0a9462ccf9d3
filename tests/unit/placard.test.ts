/**
 * The placard's QR code: the URL it carries, its accessible name, and that a phone can read it.
 * The SVG is rasterised with sharp and decoded with jsQR, a decoder independent of the encoder.
 */
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { labelSvg, placardPath, placardUrl, qrSvg } from '@/lib/placard';

const shop = (id: string) => ({ collection: 'merchants' as const, id });

/** Rasterises an SVG QR code and decodes it as a phone camera would. */
async function decode(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg)).resize(400).png().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
}

/** The dark modules of qrcode's SVG (one path of "M x y h n m dx dy h n …" runs), as rows of booleans, quiet zone included. */
function modules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const [a = 0, b = 0] = args!.trim().split(/[\s,]+/).map(Number);
    if (command === 'M') [x, y] = [a, b];
    else if (command === 'm') [x, y] = [x + a, y + b];
    else if (command === 'h') {
      for (let i = 0; i < a; i++) grid[Math.floor(y)]![x + i] = true;
      x += a;
    } else throw new Error(`unexpected path command ${command}`);
  }
  return grid;
}

/** The error-correction level written in the symbol's own format information (ISO/IEC 18004, next to the top-left finder). */
function ecLevel(grid: boolean[][], quiet: number): 'L' | 'M' | 'Q' | 'H' {
  const dark = (row: number, col: number) => grid[row + quiet]![col + quiet]!;
  const cells: [number, number][] = [
    ...[0, 1, 2, 3, 4, 5, 7, 8].map((col): [number, number] => [8, col]),
    ...[7, 5, 4, 3, 2, 1, 0].map((row): [number, number] => [row, 8]),
  ];
  const bits = cells.reduce((value, [row, col]) => (value << 1) | (dark(row, col) ? 1 : 0), 0) ^ 0b101010000010010;
  return (['M', 'L', 'H', 'Q'] as const)[bits >> 13]!;
}

describe('placardUrl', () => {
  it('is the absolute URL of the shop page, whether or not the site ends with a slash', () => {
    expect(placardUrl(shop('cuige-zhubao'), 'https://yuyuan-market.example')).toBe('https://yuyuan-market.example/merchants/cuige-zhubao/');
    expect(placardUrl(shop('cuige-zhubao'), 'https://yuyuan-market.example/')).toBe('https://yuyuan-market.example/merchants/cuige-zhubao/');
    expect(placardUrl(shop('test-shop'), new URL('https://example.gov.cn/'))).toBe('https://example.gov.cn/merchants/test-shop/');
  });
  it('escapes an id that is not URL-safe', () => {
    expect(placardUrl(shop('a b'), 'https://example.gov.cn')).toBe('https://example.gov.cn/merchants/a%20b/');
  });
  it('has a placard page under the shop page', () => {
    expect(placardPath(shop('cuige-zhubao'))).toBe('/merchants/cuige-zhubao/placard/');
  });
});

describe('qrSvg', () => {
  const url = 'https://yuyuan-market.example/merchants/cuige-zhubao/';

  it('is one <svg> element that a screen reader announces as an image named by its label', async () => {
    const svg = await qrSvg(url, `二维码：${url}`);
    expect(svg).toMatch(/^<svg role="img" aria-label="二维码：https:\/\/yuyuan-market\.example\/merchants\/cuige-zhubao\/" xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
  });

  it('is named by the text it encodes when no label is given', async () => {
    expect(await qrSvg(url)).toContain(`aria-label="${url}"`);
  });

  it('escapes the label so that it stays one attribute', () => {
    expect(labelSvg('<svg viewBox="0 0 1 1"></svg>', 'a "b" & <c>')).toBe('<svg role="img" aria-label="a &quot;b&quot; &amp; &lt;c&gt;" viewBox="0 0 1 1"></svg>');
    expect(() => labelSvg('<p>not an svg</p>', 'x')).toThrow(/not an SVG/);
  });

  it('decodes to the URL', async () => {
    const result = await decode(await qrSvg(url, `二维码：${url}`));
    expect(result?.data).toBe(url);
  });

  it('decodes to a long URL on a real host too', async () => {
    const long = placardUrl(shop('wu-shanjing-hupo-dian'), 'https://www.yuyuan-jiedao.shanghai.gov.cn');
    expect((await decode(await qrSvg(long)))?.data).toBe(long);
  });

  it('uses error correction M and a 4-module quiet zone', async () => {
    const svg = await qrSvg(url);
    const grid = modules(svg);
    const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(grid).toHaveLength(symbol.modules.size + 8);
    for (const edge of [0, 1, 2, 3, grid.length - 4, grid.length - 3, grid.length - 2, grid.length - 1]) {
      expect(grid[edge]!.some(Boolean), `row ${edge}`).toBe(false);
      expect(grid.some((row) => row[edge]), `column ${edge}`).toBe(false);
    }
    // The finder pattern starts right after the quiet zone.
    expect(grid[4]!.slice(4, 11).every(Boolean)).toBe(true);
    expect(ecLevel(grid, 4)).toBe('M');
  });

  it('reads the level from the symbol, so a change of level would be caught', async () => {
    for (const level of ['L', 'M', 'Q', 'H'] as const) {
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: level, margin: 4 });
      expect(ecLevel(modules(svg), 4)).toBe(level);
    }
  });
});
