import { describe, expect, it } from 'vitest';
import { ContentProblemError, formatBilingual } from '@/lib/content/problems';
import { findProsePage, missingProsePage, missingProsePages, prosePageId } from '@/lib/prose-pages';

const pages = [{ id: 'visit' }, { id: 'en/visit' }, { id: 'privacy' }, { id: 'en/privacy' }, { id: 'accessibility' }];

describe('prose pages', () => {
  it('keeps Chinese at the folder root and English under en/', () => {
    expect(prosePageId('privacy', 'zh-CN')).toBe('privacy');
    expect(prosePageId('privacy', 'en')).toBe('en/privacy');
  });
  it('finds the page in each language', () => {
    expect(findProsePage(pages, 'privacy', 'zh-CN', 'src/content')).toEqual({ id: 'privacy' });
    expect(findProsePage(pages, 'privacy', 'en', 'src/content')).toEqual({ id: 'en/privacy' });
  });
  it('stops the build on a missing page, naming the file to create and what to write', () => {
    expect(() => findProsePage(pages, 'accessibility', 'en', 'src/content')).toThrow(ContentProblemError);
    expect(() => findProsePage(pages, 'accessibility', 'en', 'src/content')).toThrow(/src\/content\/pages\/en\/accessibility\.md/);
    const problem = missingProsePage('accessibility', 'en', 'src/content');
    expect(formatBilingual(problem.problem)).toBe("缺少无障碍声明的英文版（the accessibility statement's English version is missing）");
    expect(formatBilingual(problem.fix)).toContain('title');
    expect(missingProsePage('visit', 'zh-CN', 'tests/x').file).toBe('tests/x/pages/visit.md');
    expect(formatBilingual(missingProsePage('visit', 'zh-CN', 'tests/x').problem)).toBe('缺少来访指南（the visitor page is missing）');
  });
  it('lists every page missing in a language (what check:content reports)', () => {
    expect(missingProsePages(pages.map((page) => page.id), 'content').map((problem) => problem.file)).toEqual(['content/pages/en/accessibility.md']);
    expect(missingProsePages([], 'content')).toHaveLength(6);
  });
});
