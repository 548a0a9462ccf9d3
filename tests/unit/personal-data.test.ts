/**
 * Personal data in an entry's body and frontmatter (src/lib/content/personal-data.ts), and consent
 * or verified days in the future.
 */
import { describe, expect, it } from 'vitest';
import { BODY_FIELD } from '@/lib/content/body-checks';
import { findFutureConsent, findPersonalData } from '@/lib/content/personal-data';
import { formatBilingual, type ContentProblem } from '@/lib/content/problems';

const inBody = (body: string) => findPersonalData('x.md', body, 1, {});
const inData = (data: unknown) => findPersonalData('x.md', '', 1, data);
/** The masked text of each problem, from between the Chinese quotes. */
const found = (problems: ContentProblem[]) => problems.map((p) => /“(.*?)”/.exec(p.problem.zh)![1]);

describe('findPersonalData: mobile numbers', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138 **** 5678'],
    ['138-1234-5678', '138-****-5678'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['+8613812345678', '+86138****5678'],
    ['0086-138-1234-5678', '0086-138-****-5678'],
    ['（+86）19912345678', '（+86）199****5678'],
  ])('finds %s and shows it as %s', (number, masked) => {
    const problems = inBody(`请打 ${number} 联系。`);
    expect(found(problems)).toEqual([masked]);
    expect(formatBilingual(problems[0]!.problem)).toContain('手机号码');
    expect(formatBilingual(problems[0]!.problem)).toContain('mobile number');
    expect(formatBilingual(problems[0]!.problem)).not.toContain(number);
  });
  it('does not take 11 digits out of a longer run, or numbers that do not start with 13-19', () => {
    expect(inBody('订单号 138123456789，编号 213812345678，号码 12812345678')).toEqual([]);
  });
});

describe('findPersonalData: landline numbers', () => {
  it.each([
    ['021-63281234', '021-******34'],
    ['(021)6328 1234', '(021)**** **34'],
    ['（021）63281234', '（021）******34'],
    ['0571 8765 4321', '0571 **** **21'],
    ['+86 21 6328 1234', '+86 21 **** **34'],
  ])('finds %s and shows it as %s', (number, masked) => {
    const problems = inBody(`店里 ${number}`);
    expect(found(problems)).toEqual([masked]);
    expect(formatBilingual(problems[0]!.problem)).toContain('固定电话');
    expect(formatBilingual(problems[0]!.problem)).toContain('landline number');
  });
  it('finds an 8-digit local number only after a word that says it is a phone', () => {
    expect(found(inBody('电话：63281234'))).toEqual(['******34']);
    expect(found(inBody('Tel: 6328-1234'))).toEqual(['****-**34']);
    expect(found(inBody('服务热线 2345 6789'))).toEqual(['**** **89']);
    expect(found(inBody('联系电话 6328 1234'))).toEqual(['**** **34']);
    expect(inBody('经营面积 12000000 平方米，共 63281234 件')).toEqual([]);
  });
  it('does not read a day written without dashes as a number after 联系', () => {
    expect(inBody('联系人于 20181031 签字')).toEqual([]);
  });
});

describe('findPersonalData: ID card numbers', () => {
  it('finds an 18-digit number with a valid check character and birth day, with X or x', () => {
    expect(found(inBody('他的身份证号是 11010519491231002X。'))).toEqual(['110***********002X']);
    expect(found(inBody('11010519491231002x'))).toEqual(['110***********002x']);
    expect(formatBilingual(inBody('11010519491231002X')[0]!.problem)).toContain('身份证号码');
    expect(formatBilingual(inBody('11010519491231002X')[0]!.problem)).toContain('ID card number');
  });
  it('ignores a wrong check character, an impossible birth day, 17 or 19 digits', () => {
    expect(inBody('110105194912310021')).toEqual([]); // check character should be X
    expect(inBody('110105194902310028')).toEqual([]); // 1949-02-31
    expect(inBody('12345678901234567')).toEqual([]);
    expect(inBody('911010519491231002X')).toEqual([]);
  });
});

describe('findPersonalData: e-mail addresses', () => {
  it('finds an address, showing its first letter and domain only', () => {
    const problems = inBody('来信请寄 zhang.san@example.com。');
    expect(found(problems)).toEqual(['z***@example.com']);
    expect(formatBilingual(problems[0]!.problem)).toContain('电子邮箱');
    expect(formatBilingual(problems[0]!.problem)).toContain('e-mail address');
    expect(found(inBody('[写信](mailto:shop@yuyuan.com.cn)'))).toEqual(['s***@yuyuan.com.cn']);
  });
  it('takes a mobile number used as a mailbox name as one e-mail address', () => {
    expect(found(inBody('13812345678@163.com'))).toEqual(['1***@163.com']);
  });
  it('does not report an @ without a domain (https://example.org/a@b) or a retina image name', () => {
    expect(inBody('见 https://example.org/a@b 和 https://weibo.com/@shop')).toEqual([]);
    expect(inBody('![图](./images/icon@2x.png)')).toEqual([]);
  });
});

describe('findPersonalData: what is not personal data', () => {
  it.each([
    '2018年，市场有5800多家商户。',
    '2018-10-31 发布',
    '每天 9:00-18:00 营业，周六 9:00–21:00',
    '沪ICP备18012345号-1',
    '沪ICP备12345678号',
    '沪公网安备 31010102000001号',
    '沪公网安备31010102001234号',
    '售价 ¥1380，原价 ¥13800',
    '邮编 200010，第 3 层 12 号',
    '12345678901234567',
    '经营面积超过120000平方米',
  ])('%s', (text) => {
    expect(inBody(text)).toEqual([]);
  });
});

describe('findPersonalData: where', () => {
  it('reports body problems with BODY_FIELD and their line, code blocks included', () => {
    const body = ['', '店主电话 13812345678。', '```', 'tel: 13987654321', '```'].join('\n');
    expect(findPersonalData('x.md', body, 10, {}).map((p) => `${p.line} ${p.field}`)).toEqual([`11 ${BODY_FIELD}`, `13 ${BODY_FIELD}`]);
  });
  it('reports two finds on one line separately', () => {
    expect(found(inBody('13812345678 或 021-63281234'))).toEqual(['138****5678', '021-******34']);
  });
  it('reports frontmatter strings by field path, without a line', () => {
    const problems = inData({
      openingHours: '每天 9:00–18:00 电话 13812345678',
      summary: { zh: '欢迎来信 hupo.wu@example.com 咨询。', en: 'Welcome.' },
      honours: [{ kind: '党员示范岗' }, { kind: '诚信商户', note: '身份证 11010519491231002X' }],
      verified: new Date('2024-05-01'),
      partyMember: true,
    });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['openingHours', undefined],
      ['summary.zh', undefined],
      ['honours[1].note', undefined],
    ]);
  });
  it('reads an unquoted number, which YAML gives as a number', () => {
    expect(inData({ phone2: 13812345678 }).map((p) => p.field)).toEqual(['phone2']);
    expect(inData({ count: 5800 })).toEqual([]);
  });
  it('leaves contact.* to the schema, with or without consent', () => {
    expect(inData({ contact: { person: '王师傅', phone: '13812345678', consent: { id: 'TY-2024-01', date: '2024-05-01' } } })).toEqual([]);
    expect(inData({ contact: { phone: '021-63281234' } })).toEqual([]);
    expect(inData({ contact: '办公电话：021-63281234' })).toEqual([]); // site.yaml's public contact line
  });
  it('still reports a number elsewhere when the entry has a consent record, and says to move it into contact.phone', () => {
    const problems = findPersonalData('x.md', '店主手机 13812345678', 8, {
      openingHours: '9:00–18:00，电话 021-63281234',
      contact: { phone: '13812345678', consent: { id: 'TY-2024-01', date: '2024-05-01' } },
    });
    expect(problems.map((p) => p.field)).toEqual([BODY_FIELD, 'openingHours']);
    expect(formatBilingual(problems[0]!.fix)).toContain('contact.phone');
    expect(formatBilingual(problems[0]!.fix)).toMatch(/删去.*（.*delete it）$/);
  });
  it('checks a nested contact that is not the entry’s own', () => {
    expect(inData({ people: [{ contact: { phone: '13812345678' } }] }).map((p) => p.field)).toEqual(['people[0].contact.phone']);
  });
  it('gives each kind its own fix, in Chinese with English', () => {
    const [id, email] = inBody('11010519491231002X a.b@example.com');
    expect(formatBilingual(id!.fix)).toContain('身份证');
    expect(formatBilingual(email!.fix)).toContain('邮箱');
    for (const p of [id!, email!]) expect(formatBilingual(p.fix)).toMatch(/（.+）$/);
  });
});

describe('findFutureConsent', () => {
  const now = new Date('2024-06-01T03:00:00Z'); // 2024-06-01 11:00 in Shanghai

  it('reports a consent date after today, as a string or a YAML date', () => {
    const problems = findFutureConsent('x.md', { contact: { phone: '13812345678', consent: { id: 'TY-1', date: '2024-06-02' } } }, now);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('contact.consent.date');
    expect(problems[0]!.line).toBeUndefined();
    expect(formatBilingual(problems[0]!.problem)).toContain('在将来');
    expect(formatBilingual(problems[0]!.problem)).toContain('date in the future');
    expect(formatBilingual(problems[0]!.fix)).toContain('签署');
    expect(findFutureConsent('x.md', { contact: { consent: { id: 'TY-1', date: new Date('2025-01-01') } } }, now).map((p) => p.field)).toEqual(['contact.consent.date']);
  });
  it('accepts today and earlier days', () => {
    expect(findFutureConsent('x.md', { contact: { consent: { id: 'TY-1', date: '2024-06-01' } }, verified: new Date('2024-05-31') }, now)).toEqual([]);
  });
  it('counts today in Shanghai, not in UTC', () => {
    const lateEvening = new Date('2024-06-01T17:00:00Z'); // 2024-06-02 01:00 in Shanghai
    expect(findFutureConsent('x.md', { verified: '2024-06-02' }, lateEvening)).toEqual([]);
    expect(findFutureConsent('x.md', { verified: '2024-06-02' }, now).map((p) => p.field)).toEqual(['verified']);
  });
  it('reports a future verified day, with its own fix', () => {
    const [problem] = findFutureConsent('x.md', { verified: new Date('2030-01-01') }, now);
    expect(formatBilingual(problem!.problem)).toContain('2030-01-01');
    expect(formatBilingual(problem!.fix)).toContain('核实');
  });
  it('finds any key named consent with a date, at any depth', () => {
    const data = { photos: [{ src: 'a.jpg', consent: { id: 'PH-1', date: '2030-05-01' } }] };
    expect(findFutureConsent('x.md', data, now).map((p) => p.field)).toEqual(['photos[0].consent.date']);
  });
  it('leaves malformed days to the schema', () => {
    expect(findFutureConsent('x.md', { verified: '明年', contact: { consent: { id: 'x', date: 20300101 } } }, now)).toEqual([]);
    expect(findFutureConsent('x.md', null, now)).toEqual([]);
  });
});

describe('full-width characters', () => {
  it('reads full-width digits and letters as what they are', () => {
    expect(findPersonalData('x.md', '电话：１３８１２３４５６７８', 1, {}).map((p) => formatBilingual(p.problem))).toEqual([expect.stringContaining('138****5678')]);
    expect(findPersonalData('x.md', '邮箱ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ', 1, {}).map((p) => formatBilingual(p.problem))).toEqual([expect.stringContaining('电子邮箱')]);
  });
});

