import { describe, expect, it } from 'vitest';
import type { Branch, Market, Merchant } from '@/lib/content/site';
import { englishValueLabels } from '@/lib/views/value-labels';

const shop = (category?: string, categoryEn?: string) => ({ data: { category, categoryEn } }) as unknown as Merchant;
const named = (name: string, nameEn?: string) => ({ data: { name, nameEn } }) as unknown as Market & Branch;

describe('englishValueLabels', () => {
  const site = {
    merchants: [shop('琥珀', 'Amber'), shop('琥珀', 'Amber goods'), shop('雨具'), shop()],
    markets: [named('悦园商厦', 'Yueyuan Mall')],
    branches: [named('悦园商厦党支部'), named('市场党总支', 'Market Party Branch')],
  };

  it('names the fixed lists’ values from their tables, in the order given', () => {
    const labels = englishValueLabels(site, [[{ value: '和谐商户', en: 'Harmony shop', slug: 'harmony' }]]);
    expect(Object.keys(labels)[0]).toBe('和谐商户');
    expect(labels['和谐商户']).toBe('Harmony shop');
  });

  it('takes the first English name a category or a place has, and leaves out what has none', () => {
    const labels = englishValueLabels(site, []);
    expect(labels).toEqual({ 琥珀: 'Amber', 悦园商厦: 'Yueyuan Mall', 市场党总支: 'Market Party Branch' });
  });
});
