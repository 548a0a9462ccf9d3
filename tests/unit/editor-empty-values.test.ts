import { describe, expect, it } from 'vitest';
import { withoutEmptyValues } from '@/lib/editor/empty-values';

describe('withoutEmptyValues', () => {
  it('drops fields left empty, and groups all of whose fields were empty', () => {
    const raw = "---\nname: 翠格珠宝\nnameEn: ''\nlocation:\n  lat:\n  lng: ''\nsummary:\n  zh: 简介文字\n  en: ''\n---\n\n正文。\n";
    expect(withoutEmptyValues(raw)).toBe('---\nname: 翠格珠宝\nsummary:\n  zh: 简介文字\n---\n\n正文。\n');
  });

  it('leaves a file with nothing empty exactly as it is, and keeps empty lists', () => {
    const raw = '---\nname: "翠格珠宝"   # 名称\ntags: []\n---\n正文\n';
    expect(withoutEmptyValues(raw)).toBe(raw);
  });

  it('leaves a file whose YAML does not parse to the check', () => {
    const raw = '---\nname: [翠格\n---\n';
    expect(withoutEmptyValues(raw)).toBe(raw);
  });
});
