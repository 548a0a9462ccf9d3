import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ui } from '@/i18n/ui';
import {
  canonicalPathOf,
  inSitemap,
  isIndexable,
  MIN_SHARE_IMAGE_SIDE,
  ogLocales,
  pickSharePhoto,
  SHARE_IMAGE_SIZE,
  SHARE_SECTIONS,
  shareImagePath,
  shareSectionLabel,
} from '@/lib/seo';
import { sectionOfPath } from '@/lib/i18n';
import { SHARE_RED, shareImageSvg } from '@/lib/share-image';

describe('sectionOfPath', () => {
  it('takes the section from the first path segment, in either language', () => {
    expect(sectionOfPath('/merchants/cuige-zhubao/')).toBe('merchants');
    expect(sectionOfPath('/en/merchants/cuige-zhubao/')).toBe('merchants');
    expect(sectionOfPath('/merchants/cuige-zhubao/placard/')).toBe('merchants');
    expect(sectionOfPath('/activities/series/jiangzuo/')).toBe('activities');
    expect(sectionOfPath('/learn/wangdian-kaidian/')).toBe('learn');
    expect(sectionOfPath('/privacy/')).toBe('privacy');
    expect(sectionOfPath('/en/accessibility/')).toBe('accessibility');
    expect(sectionOfPath('/about/')).toBe('about');
  });
  it('gives the home page and pages outside any section the home image', () => {
    expect(sectionOfPath('/')).toBe('home');
    expect(sectionOfPath('/en/')).toBe('home');
    expect(sectionOfPath('/404/')).toBe('home');
    expect(sectionOfPath('/entrance/')).toBe('home');
  });
  it('names a PNG per section', () => {
    expect(shareImagePath('visit')).toBe('/og/visit.png');
  });
});

describe('ogLocales', () => {
  it('gives the page’s locale and its twin’s, if it has one', () => {
    expect(ogLocales('/merchants/x/')).toEqual({ locale: 'zh_CN', alternates: ['en_US'] });
    expect(ogLocales('/en/merchants/x/')).toEqual({ locale: 'en_US', alternates: ['zh_CN'] });
    expect(ogLocales('/stories/x/')).toEqual({ locale: 'zh_CN', alternates: [] });
    expect(ogLocales('/merchants/x/placard/')).toEqual({ locale: 'zh_CN', alternates: [] });
  });
});

describe('isIndexable', () => {
  it('keeps the not-found page out of search engines', () => {
    expect(isIndexable('/404.html')).toBe(false);
    expect(isIndexable('/404/')).toBe(false);
  });
  it('indexes every other page, placards too (their canonical page is the shop page)', () => {
    for (const page of ['/', '/en/', '/merchants/cuige-zhubao/', '/merchants/cuige-zhubao/placard/', '/merchants/page/2/', '/branches/x/', '/privacy/', '/4040/']) {
      expect(isIndexable(page), page).toBe(true);
    }
  });
});

describe('canonicalPathOf and inSitemap', () => {
  it('gives a placard its shop page as canonical, and the not-found page its built file', () => {
    expect(canonicalPathOf('/merchants/cuige-zhubao/placard/')).toBe('/merchants/cuige-zhubao/');
    expect(canonicalPathOf('/en/merchants/cuige-zhubao/placard/')).toBe('/en/merchants/cuige-zhubao/');
    expect(canonicalPathOf('/404/')).toBe('/404.html');
    for (const page of ['/', '/merchants/cuige-zhubao/', '/merchants/placard/', '/stories/placard/']) expect(canonicalPathOf(page), page).toBe(page);
  });
  it('lists in the sitemap only indexable pages that are their own canonical page', () => {
    expect(inSitemap('/merchants/cuige-zhubao/')).toBe(true);
    expect(inSitemap('/merchants/cuige-zhubao/placard/')).toBe(false);
    expect(inSitemap('/404.html')).toBe(false);
  });
});

describe('pickSharePhoto', () => {
  const photo = (width: number, height: number, alt = `${width}×${height}`) => ({ src: { width, height }, alt });
  it('takes the first photo with both sides at least 300 px', () => {
    const picked = pickSharePhoto([photo(1000, 200), photo(299, 800), photo(800, 600), photo(2000, 2000)]);
    expect(picked?.photo.alt).toBe('800×600');
    expect(picked?.width).toBe(800);
  });
  it('scales a large photo down to 1200 px wide, never up', () => {
    expect(pickSharePhoto([photo(4000, 3000)])?.width).toBe(1200);
    expect(pickSharePhoto([photo(300, 300)])?.width).toBe(300);
  });
  it('keeps a panorama at least 300 px high', () => {
    const picked = pickSharePhoto([photo(6000, 1000)])!;
    expect(picked.width).toBe(1800);
    expect((picked.width * 1000) / 6000).toBeGreaterThanOrEqual(MIN_SHARE_IMAGE_SIDE);
  });
  it('gives nothing when no photo is big enough', () => {
    expect(pickSharePhoto([])).toBeUndefined();
    expect(pickSharePhoto([photo(640, 299)])).toBeUndefined();
  });
});

describe('share images', () => {
  it('names every section in both languages', () => {
    for (const section of SHARE_SECTIONS) {
      expect(ui['zh-CN'][shareSectionLabel(section)], section).toBeTruthy();
      expect(ui.en[shareSectionLabel(section)], section).toBeTruthy();
    }
  });

  it('use the site’s red, as global.css defines it', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    expect(css).toContain(`--color-accent: ${SHARE_RED};`);
  });

  it('draw no text, so no machine’s fonts can change them', () => {
    for (const section of SHARE_SECTIONS) expect(shareImageSvg(section)).not.toMatch(/<(text|tspan|textPath)\b|font/i);
  });

  it('differ from section to section', () => {
    const svgs = SHARE_SECTIONS.map(shareImageSvg);
    expect(new Set(svgs).size).toBe(SHARE_SECTIONS.length);
  });

  it('render to a square PNG of the promised size, red at the corner', async () => {
    for (const section of SHARE_SECTIONS) {
      const { data, info } = await sharp(Buffer.from(shareImageSvg(section))).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height], section).toEqual([SHARE_IMAGE_SIZE, SHARE_IMAGE_SIZE]);
      const corner = `#${[...data.subarray(0, 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
      expect(corner, section).toBe(SHARE_RED);
      // Something white is drawn on the red: the pictogram and the emblem.
      const white = data.findIndex((byte, index) => index % info.channels === 0 && byte === 255 && data[index + 1] === 255 && data[index + 2] === 255);
      expect(white, section).toBeGreaterThan(0);
    }
  });
});
