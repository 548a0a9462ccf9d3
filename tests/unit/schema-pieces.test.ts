import { describe, expect, it } from 'vitest';
import {
  awardYear,
  bilingualText,
  boundedText,
  calendarDay,
  citation,
  consentRecord,
  contact,
  entryObject,
  gcj02Point,
  honour,
  isRealDay,
  partialDate,
  safeUrl,
} from '@/lib/schema/pieces';

/** The messages of a failed parse, joined, for asserting on what an editor reads. */
function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.message).join('\n');
}

describe('boundedText', () => {
  const name = boundedText(2, 10, ['商户名称', 'shop name']);
  it('accepts and trims text within bounds', () => {
    expect(name.parse('  翠格珠宝 ')).toBe('翠格珠宝');
  });
  it('says what is missing, in Chinese and English', () => {
    expect(messages(name.safeParse(undefined))).toMatch(/缺少必填项.*required/);
  });
  it('names the bounds when too short or too long', () => {
    expect(messages(name.safeParse('翠'))).toContain('商户名称至少 2 个字');
    expect(messages(name.safeParse('翠'.repeat(11)))).toContain('最多 10 个字');
  });
  it('says the type is wrong for a number', () => {
    expect(messages(name.safeParse(42))).toMatch(/应为文字/);
  });
});

describe('calendarDay', () => {
  it('accepts a YAML date and a quoted date, at 00:00 UTC', () => {
    expect(calendarDay.parse(new Date('2018-10-31')).toISOString()).toBe('2018-10-31T00:00:00.000Z');
    expect(calendarDay.parse('2018-10-31').toISOString()).toBe('2018-10-31T00:00:00.000Z');
  });
  it('refuses a day that does not exist', () => {
    expect(messages(calendarDay.safeParse('2018-02-30'))).toContain('不存在');
  });
  it('refuses other formats with the expected one in the message', () => {
    expect(messages(calendarDay.safeParse('2018/10/31'))).toContain('2018-10-31');
    expect(messages(calendarDay.safeParse('十月'))).toContain('格式不对');
  });
  it('knows leap years', () => {
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
  });
});

describe('partialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(partialDate.parse(2001)).toBe('2001');
    expect(partialDate.parse('2009-03')).toBe('2009-03');
    expect(partialDate.parse('2009-03-15')).toBe('2009-03-15');
  });
  it('refuses an impossible month', () => {
    expect(messages(partialDate.safeParse('2009-13'))).toContain('不是有效的年份或年月');
  });
});

describe('awardYear', () => {
  const year = awardYear(new Date('2026-11-26T00:00:00Z'));
  it('accepts this year and earlier', () => {
    expect(year.parse(2026)).toBe(2026);
    expect(year.parse(2018)).toBe(2018);
  });
  it('refuses a future year and says which year to use instead', () => {
    expect(messages(year.safeParse(2027))).toContain('年份不能晚于今年，请改为 2026 或更早');
  });
  it('refuses a fraction and a year before the market existed', () => {
    expect(year.safeParse(2018.5).success).toBe(false);
    expect(messages(year.safeParse(1975))).toContain('1980');
  });
});

describe('honour', () => {
  const schema = honour(new Date('2026-11-26T00:00:00Z'));
  it('accepts a known kind with or without a year', () => {
    expect(schema.parse({ kind: '共产党员示范岗', year: 2018 })).toEqual({ kind: '共产党员示范岗', year: 2018 });
    expect(schema.parse({ kind: '和谐商户' })).toEqual({ kind: '和谐商户' });
  });
  it('suggests the nearest kind for a misspelt one', () => {
    expect(messages(schema.safeParse({ kind: '文明诚信经营' }))).toContain('是不是“文明诚信经营户”');
  });
  it('refuses an unknown key', () => {
    expect(schema.safeParse({ kind: '和谐商户', yaer: 2018 }).success).toBe(false);
  });
});

describe('citation', () => {
  it('needs a source id and takes an optional section', () => {
    expect(citation.parse({ source: 'yuyuan-case-2018', section: '二（四）' })).toEqual({ source: 'yuyuan-case-2018', section: '二（四）' });
    expect(messages(citation.safeParse({ section: '二（四）' }))).toContain('缺少必填项');
  });
  it('explains the expected shape when the citation is missing', () => {
    expect(messages(citation.safeParse(undefined))).toContain('source: 来源编号');
  });
});

describe('gcj02Point', () => {
  it('accepts a point in Shanghai', () => {
    expect(gcj02Point.parse({ lat: 31.227, lng: 121.492 })).toEqual({ lat: 31.227, lng: 121.492 });
  });
  it('refuses swapped coordinates and says so', () => {
    expect(messages(gcj02Point.safeParse({ lat: 121.492, lng: 31.227 }))).toContain('不要写反');
  });
  it('refuses a point in Beijing', () => {
    expect(gcj02Point.safeParse({ lat: 39.9, lng: 116.4 }).success).toBe(false);
  });
});

describe('consentRecord and contact', () => {
  it('accepts contact data with a consent record', () => {
    const value = contact.parse({ person: '张先生', phone: '021-6300 0000', consent: { id: 'TY-2026-001', date: '2026-05-01' } });
    expect(value.consent?.id).toBe('TY-2026-001');
  });
  it('refuses a phone without consent and points at the consent field', () => {
    const result = contact.safeParse({ phone: '021-6300 0000' });
    expect(messages(result)).toContain('必须有当事人的书面同意');
    expect(result.error!.issues[0]!.path).toEqual(['consent']);
  });
  it('refuses a consent record without a date', () => {
    expect(consentRecord.safeParse({ id: 'TY-2026-001' }).success).toBe(false);
  });
});

describe('safeUrl', () => {
  it('accepts https links and site paths', () => {
    expect(safeUrl.parse('https://www.people.com.cn/')).toBe('https://www.people.com.cn/');
    expect(safeUrl.parse('/merchants/')).toBe('/merchants/');
  });
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/', 'ftp://x'])('refuses %s', (url) => {
    expect(messages(safeUrl.safeParse(url))).toContain('网址只能以');
  });
});

describe('bilingualText', () => {
  const summary = bilingualText(4, 20, ['简介', 'summary']);
  it('needs Chinese and takes English optionally', () => {
    expect(summary.parse({ zh: '经营雨具的商户' })).toEqual({ zh: '经营雨具的商户' });
    expect(summary.safeParse({ en: 'A shop' }).success).toBe(false);
  });
  it('allows the English version to be longer', () => {
    expect(summary.safeParse({ zh: '经营雨具的商户', en: 'A party-member shop selling rain gear' }).success).toBe(true);
  });
});

describe('entryObject', () => {
  const schema = entryObject({ name: boundedText(1, 10, ['名称', 'name']), category: boundedText(1, 10, ['类别', 'category']).optional() });
  it('names an unknown key and the field probably meant', () => {
    expect(messages(schema.safeParse({ name: '雷靖雨具', catgory: '雨具' }))).toContain('未知字段“catgory”，是不是“category”');
  });
});
