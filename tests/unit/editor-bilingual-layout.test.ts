import { describe, expect, it } from 'vitest';
import { bilingualCss, bilingualFieldNames } from '../../editor/bilingual-layout';
import { decapConfig } from '@/lib/editor/decap-config';

describe('the side-by-side layout of bilingual fields', () => {
  it('finds every field the configuration marks bilingual, nested ones and list items too', () => {
    const names = bilingualFieldNames([
      { fields: [{ name: 'summary', bilingual: true, fields: [] }, { name: 'photos', field: { name: 'caption', bilingual: true } }] },
      { files: [{ fields: [{ name: 'figures', fields: [{ name: 'label', bilingual: true }] }] }] },
    ]);
    expect(names).toEqual(['caption', 'label', 'summary']);
  });

  it('finds the shops’ summary and pledge in the generated configuration', () => {
    const { collections } = decapConfig({ proxyUrl: 'http://127.0.0.1/api/v1', branch: 'main' }) as { collections: Parameters<typeof bilingualFieldNames>[0] };
    expect(bilingualFieldNames(collections)).toEqual(expect.arrayContaining(['summary', 'pledge']));
  });

  it('puts the two fields of each in two columns on a wide screen only', () => {
    const css = bilingualCss(['summary', 'bad"name']);
    expect(css).toContain('@media (min-width: 60rem)');
    expect(css).toContain('div[id^="summary-field-"] > div:last-child');
    expect(css).not.toContain('bad');
    expect(bilingualCss([])).toBe('');
  });
});
