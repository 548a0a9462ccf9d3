/**
 * A shop with a photo of its own (the basics fixture) shares that photo instead of its section's image.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

const meta = ($: CheerioAPI, selector: string) => $(`head meta[${selector}]`).attr('content');
describe('a shop with a photo of its own (the basics fixture)', () => {
  let fixture: BuildResult;
  beforeAll(() => {
    fixture = builtSite(basics);
  });

  it('shares its photo as a JPEG, at the photo’s size, with the photo’s alt text', async () => {
    const $ = load(readFileSync(path.join(fixture.outDir, 'merchants/test-shop/index.html'), 'utf8'));
    const image = new URL(meta($, 'property="og:image"')!);
    expect(image.pathname).toMatch(/^\/_astro\/.+\.jpg$/);
    expect(meta($, 'itemprop="image"')).toBe(image.href);
    expect(meta($, 'property="og:image:alt"')).toBe('测试商店的红色门面');
    const { format, width, height } = await sharp(path.join(fixture.outDir, image.pathname)).metadata();
    expect({ format, width, height }).toEqual({ format: 'jpeg', width: 800, height: 600 });
    expect([meta($, 'property="og:image:width"'), meta($, 'property="og:image:height"')]).toEqual(['800', '600']);
  });
});
