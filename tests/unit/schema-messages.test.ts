/**
 * Schema messages as data (src/lib/schema/message-table.ts): the text zod carries is made from the
 * parts, and check:content reads the parts back from the table, never by parsing the text.
 */
import { describe, expect, it } from 'vitest';
import { messageParts, schemaMessage, schemaMessages } from '@/lib/schema/message-table';
import { schemaOf } from '@/lib/content/check';
import type { CollectionName } from '@/lib/sections';

describe('schemaMessage', () => {
  it('writes "问题，请修改（problem: fix）" and keeps the parts', () => {
    const text = schemaMessage('year-in-future', ['年份不能晚于今年', 'year must not be in the future'], ['请改为 2026 或更早', 'use 2026 or earlier']);
    expect(text).toBe('年份不能晚于今年，请改为 2026 或更早（year must not be in the future: use 2026 or earlier）');
    expect(messageParts(text)).toEqual([
      { code: 'year-in-future', problem: { zh: '年份不能晚于今年', en: 'year must not be in the future' }, fix: { zh: '请改为 2026 或更早', en: 'use 2026 or earlier' } },
    ]);
  });
  it('writes a message without a fix as "问题（problem）"', () => {
    const text = schemaMessage('negative-number', ['数字不能为负数', 'must not be negative']);
    expect(text).toBe('数字不能为负数（must not be negative）');
    expect(messageParts(text)?.[0]).toEqual({ code: 'negative-number', problem: { zh: '数字不能为负数', en: 'must not be negative' } });
  });
  it('joins the parts as the message is written, and a fix without English adds nothing to the brackets', () => {
    expect(schemaMessage('impossible-day', ['日期不存在', 'this day does not exist'], ['请核对月份和日子', 'check the month and day'], { en: '; ' })).toBe(
      '日期不存在，请核对月份和日子（this day does not exist; check the month and day）',
    );
    expect(schemaMessage('contact-without-consent', ['必须有同意', 'needs consent'], ['请填写 consent', 'add consent'], { zh: '：' })).toBe('必须有同意：请填写 consent（needs consent: add consent）');
    const shorten = schemaMessage('too-long', ['名称最多 40 个字', 'name may have at most 40 characters'], ['请精简', '']);
    expect(shorten).toBe('名称最多 40 个字，请精简（name may have at most 40 characters）');
    expect(messageParts(shorten)?.[0]?.fix).toEqual({ zh: '请精简', en: '' });
  });
  it('keeps several messages of one issue (each unknown key) in order', () => {
    const text = schemaMessages([schemaMessage('unknown-field', ['未知字段“a”', 'unknown field "a"']), schemaMessage('unknown-field', ['未知字段“b”', 'unknown field "b"'])]);
    expect(text).toBe('未知字段“a”（unknown field "a"）；未知字段“b”（unknown field "b"）');
    expect(messageParts(text)?.map((part) => part.problem.zh)).toEqual(['未知字段“a”', '未知字段“b”']);
  });
  it('knows no text it did not make', () => {
    expect(messageParts('Invalid input: expected string, received number')).toBeUndefined();
  });
});

describe('every schema message is in the table', () => {
  /** Bad values of every kind the schemas check: each issue with Chinese in it must have its parts. */
  const cases: [collection: CollectionName | 'site', data: unknown][] = [
    ['merchants', { name: 'x', nameEn: 5, catgory: 'a', honours: [{ kind: '好商户', year: 2999 }, { kind: '好商户', year: 2999 }], summary: { zh: '太短' }, website: 'javascript:alert(1)', contact: { phone: 'abc' }, location: { lat: 39.9, lng: 116.4 }, verified: '2020-02-30', partyMember: 'yes' }],
    ['activities', { title: '测试活动标题', series: '讲座', date: '2020/01/01', recurrence: { frequency: 'monthly', dayOfMonth: 31 }, summary: { zh: '用于测试的活动摘要文字。' }, source: { source: 'yuyuan-case-2018' } }],
    ['branches', { name: '测试支部', kind: '小组', founded: '99', summary: { zh: '用于测试的党支部简介。' }, source: { source: 'yuyuan-case-2018' }, members: { value: -1, countedOn: '2018-10-31', source: { source: 'a-b' } } }],
    ['guides', { title: '测试指南', section: '网上经营', order: 'first', summary: '用于测试的指南摘要文字。', laws: ['民法典', '民法典'] }],
    ['site', { registration: { icp: '沪ICP备 123', police: '公安 123' }, wechat: { name: '城南美豫', description: { zh: '公众号介绍' }, qr: { src: 'https://x.example/qr.png' } }, sources: [{ id: 'Bad Id' }], intro: [], mechanism: [] }],
  ];
  it.each(cases)('%s', (collection, data) => {
    const result = schemaOf(collection).safeParse(data);
    const chinese = result.error!.issues.filter((issue) => /\p{Script=Han}/u.test(issue.message));
    expect(chinese.length).toBeGreaterThan(1);
    expect(chinese.filter((issue) => messageParts(issue.message) === undefined).map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });
});
