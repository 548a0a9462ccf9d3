import { describe, expect, it } from 'vitest';
import { ui } from '@/i18n/ui';
import {
  COLLECTION_NAMES,
  hasEnglishPages,
  isPrintCopy,
  printCopyOf,
  PROSE_PAGES,
  SCAFFOLD_KINDS,
  SECTION_NAMES,
  SECTIONS,
  sectionOfCollection,
  sectionRow,
} from '@/lib/sections';

describe('the section registry', () => {
  it('names every section in both languages', () => {
    for (const section of SECTION_NAMES) {
      expect(ui['zh-CN'][SECTIONS[section].label], section).toBeTruthy();
      expect(ui.en[SECTIONS[section].label], section).toBeTruthy();
    }
  });

  it('gives each routed collection one section, and only collections that exist', () => {
    const routed = SECTION_NAMES.flatMap((section) => ('collection' in SECTIONS[section] ? [SECTIONS[section].collection] : []));
    expect(new Set(routed).size).toBe(routed.length);
    for (const collection of routed) expect(COLLECTION_NAMES).toContain(collection);
    expect(sectionOfCollection.guides).toBe('learn');
    expect(sectionOfCollection.merchants).toBe('merchants');
  });

  it('finds a section by the first segment of a path, the home page by the empty one', () => {
    expect(sectionRow('merchants')?.collection).toBe('merchants');
    expect(sectionRow('')?.name).toBe('home');
    expect(sectionRow('home')).toBeUndefined();
    expect(sectionRow('og')).toBeUndefined();
    expect(sectionRow('toString')).toBeUndefined();
  });

  it('knows which collections have English pages', () => {
    expect(hasEnglishPages('merchants')).toBe(true);
    expect(hasEnglishPages('stories')).toBe(false);
    expect(hasEnglishPages('markets')).toBe(false);
  });

  it('recognises print copies, and the page they stand for', () => {
    expect(printCopyOf('/merchants/cuige-zhubao/placard/')).toBe('/merchants/cuige-zhubao/');
    expect(printCopyOf('/en/merchants/cuige-zhubao/placard/')).toBe('/en/merchants/cuige-zhubao/');
    expect(isPrintCopy('/stories/x/placard/')).toBe(false);
    expect(isPrintCopy('/merchants/placard/')).toBe(false);
    expect(isPrintCopy('/merchants/x/')).toBe(false);
  });

  it('lists the prose pages and the scaffolder kinds from their sections', () => {
    expect(Object.keys(PROSE_PAGES).sort()).toEqual(['accessibility', 'privacy', 'visit']);
    expect(SCAFFOLD_KINDS.guide).toMatchObject({ folder: 'guides', extension: '.mdx' });
    const kinds = Object.values(SCAFFOLD_KINDS).map(({ kind }) => kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
