import { describe, expect, it } from 'vitest';
import { honourLabel, seriesLabel } from '../../src/lib/labels';
import { HONOUR_KINDS } from '../../src/lib/schema/pieces';
import { ACTIVITY_SERIES } from '../../src/lib/schema/collections';

describe('labels of fixed lists', () => {
  it('names every honour in both languages, the Chinese as stored', () => {
    for (const kind of HONOUR_KINDS) {
      expect(honourLabel(kind, 'zh-CN')).toBe(kind);
      expect(honourLabel(kind, 'en')).toMatch(/^[A-Z][a-z -]+$/);
    }
  });
  it('names every activity series in both languages, the Chinese as stored', () => {
    for (const series of ACTIVITY_SERIES) {
      expect(seriesLabel(series, 'zh-CN')).toBe(series);
      expect(seriesLabel(series, 'en')).toMatch(/^[A-Z][A-Za-z -]+$/);
    }
  });
});
