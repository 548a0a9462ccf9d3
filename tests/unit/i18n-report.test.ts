import { describe, expect, it } from 'vitest';
import { formatReport, missingEnglish } from '@/lib/i18n-report';
import { hasEnglishPages } from '@/lib/sections';

const entry = (id: string, data: Record<string, unknown>) => ({ id, file: `src/content/x/${id}.md`, data });

describe('missingEnglish', () => {
  it('names the English fields a shop lacks, asking for pledge and category in English only when they exist', () => {
    const rows = missingEnglish('merchants', [
      entry('complete', { name: '翠格珠宝', nameEn: 'Cuige Jewellery', category: '珠宝', categoryEn: 'Jewellery', summary: { zh: '珠宝', en: 'Jewellery' } }),
      entry('bare', { name: '别出心裁', summary: { zh: '党员商户' } }),
      entry('pledged', { name: '雷靖雨具', nameEn: 'Leijing', category: '雨具', pledge: { zh: '诚信经营' }, summary: { zh: '雨具', en: ' ' } }),
    ]);
    expect(rows).toEqual([
      { collection: 'merchants', id: 'bare', file: 'src/content/x/bare.md', missing: ['nameEn', 'summary.en'] },
      { collection: 'merchants', id: 'pledged', file: 'src/content/x/pledged.md', missing: ['summary.en', 'pledge.en', 'categoryEn'] },
    ]);
  });

  it('needs an English title and summary for an activity', () => {
    expect(missingEnglish('activities', [entry('a', { title: '讲座', summary: { zh: '讲座' } })])[0]!.missing).toEqual(['titleEn', 'summary.en']);
    expect(missingEnglish('activities', [entry('b', { title: '讲座', titleEn: 'Lecture', summary: { zh: '讲座', en: 'A lecture' } })])).toEqual([]);
  });

  it('asks nothing of stories and guides, which have no English pages', () => {
    expect(hasEnglishPages('stories')).toBe(false);
    expect(missingEnglish('stories', [entry('s', { title: '故事' })])).toEqual([]);
  });

  it('asks nothing of a collection without a rule: its pages are Chinese only', () => {
    expect(missingEnglish('guides', [entry('g', { title: '指南' })])).toEqual([]);
    expect(formatReport([{ collection: 'guides', entries: [entry('g', { title: '指南' })] }])).toContain('guides: 1 entry — Chinese only: no English pages');
  });
});

describe('formatReport', () => {
  it('lists each collection, with the files that lack English and the Chinese-only collections', () => {
    const text = formatReport([
      { collection: 'activities', entries: [entry('a', { title: '讲座', summary: { zh: '讲座' } }), entry('b', { titleEn: 'B', summary: { zh: 'b', en: 'b' } })] },
      { collection: 'branches', entries: [entry('c', { name: '党总支', nameEn: 'General branch' })] },
      { collection: 'stories', entries: [entry('s', {}), entry('t', {})] },
    ]);
    expect(text.split('\n').slice(2)).toEqual([
      'activities: 2 entries — English pages; 1 lacks English (titleEn, summary.en):',
      '  ✖ src/content/x/a.md  missing: titleEn, summary.en',
      'branches: 1 entry — Chinese pages only; English names shown on English pages; all have English (nameEn)',
      'stories: 2 entries — Chinese only: no English pages',
    ]);
  });
});
