import { describe, expect, it } from 'vitest';
import { t, ui } from '@/i18n/ui';

describe('UI dictionary', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui['zh-CN']).sort());
  });
  it('fills placeholders and falls back to Chinese', () => {
    expect(t('stories.readingTime', 'zh-CN', { minutes: 3 })).toBe('约 3 分钟读完');
    expect(t('stories.readingTime', 'en', { minutes: 3 })).toBe('3 min read');
    expect(t('nav.home')).toBe('首页');
  });
});
