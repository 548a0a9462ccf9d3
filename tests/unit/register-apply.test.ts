import { describe, expect, it } from 'vitest';
import { newEntryText, updatedEntryText } from '@/lib/register/apply';
import type { CellData } from '@/lib/register/cells';
import { registerColumns } from '@/lib/register/columns';
import type { FieldChange } from '@/lib/register/plan';
import { collectionJsonSchemas } from '@/lib/schema/json-schema';

const columns = registerColumns('merchants');
const ORDER = Object.keys(collectionJsonSchemas().merchants.properties ?? {});
const change = (key: string, after: CellData): FieldChange => ({ column: columns.find((column) => column.key === key)!, before: undefined, after });

const SHOP = `---
name: 翠格珠宝 # as the source spells it
category: 珠宝
place: { market: yueyuan-shangsha, floor: 2F }
partyMember: true
honours:
  - kind: 转型发展党员商户典范
    source: { source: yuyuan-case-2018, section: 三（三）坚持目标导向 }
summary:
  zh: 经营珠宝的党员商户。
source: { source: yuyuan-case-2018 }
---

正文第一段。
`;

describe('updatedEntryText: only the changed fields, everything else as written', () => {
  it('adds a field where the schema lists it, keeping comments, styles and the body', () => {
    const text = updatedEntryText(SHOP, [change('openingHours', '每天9:00–18:00')], ORDER);
    expect(text).toBe(SHOP.replace('source: { source: yuyuan-case-2018 }\n', 'openingHours: 每天9:00–18:00\nsource: { source: yuyuan-case-2018 }\n'));
  });

  it('removes a field, and a map left empty by it; a default value (partyMember: false) is not written', () => {
    const text = updatedEntryText(SHOP, [change('place.market', undefined), change('place.floor', undefined), change('partyMember', false)], ORDER);
    expect(text).not.toContain('place');
    expect(text).not.toContain('partyMember');
    expect(text).toContain('name: 翠格珠宝 # as the source spells it');
  });

  it("changes one honour's year, adds and removes honours, keeping each honour's citation", () => {
    const modelPost = 'honours[共产党员示范岗]';
    const transformation = 'honours[转型发展党员商户典范]';
    const added = updatedEntryText(SHOP, [change(modelPost, 2018), change(transformation, 2017)], ORDER);
    expect(added).toContain('  - kind: 转型发展党员商户典范\n    source: { source: yuyuan-case-2018, section: 三（三）坚持目标导向 }\n    year: 2017\n');
    expect(added).toContain('  - { kind: 共产党员示范岗, year: 2018 }');
    const removed = updatedEntryText(SHOP, [change(transformation, undefined)], ORDER);
    expect(removed).not.toContain('honours');
  });

  it('writes a day unquoted, as every entry has it', () => {
    expect(updatedEntryText(SHOP, [change('verified', '2026-03-10')], ORDER)).toContain('\nverified: 2026-03-10\n');
  });
});

describe('newEntryText', () => {
  it("writes the row's values in schema order, without the template's commented-out lines", () => {
    const values = new Map<string, CellData>([
      ['name', '测试玉器行'],
      ['place.market', 'yueyuan-shangsha'],
      ['partyMember', false],
      ['honours[和谐商户]', true],
      ['summary.zh', '经营玉器的测试商户。'],
      ['verified', '2026-03-10'],
      ['source.source', 'yuyuan-case-2018'],
    ]);
    expect(newEntryText('merchants', values)).toBe(
      [
        '---',
        'name: 测试玉器行',
        'place: { market: yueyuan-shangsha }',
        'honours: [ { kind: 和谐商户 } ]',
        'summary:',
        '  zh: 经营玉器的测试商户。',
        'verified: 2026-03-10',
        'source:',
        '  source: yuyuan-case-2018',
        '---',
        '',
        '<!-- 在这里写正文：每段中文写成一行，用全角标点；只写来源中有的事实。Write the text here, one line per paragraph. -->',
        '',
      ].join('\n'),
    );
  });
});
