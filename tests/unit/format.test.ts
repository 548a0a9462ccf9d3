import { describe, expect, it } from 'vitest';
import { formatDay, formatPartialDate, formatRecurrence, isoDay, ordinal, readingMinutes } from '@/lib/format';

const day = new Date(Date.UTC(2018, 9, 31));

describe('formatDay', () => {
  it('formats a calendar day in each language, the same day in any time zone', () => {
    expect(formatDay(day)).toBe('2018年10月31日');
    expect(formatDay(day, 'en')).toBe('31 October 2018');
    expect(isoDay(day)).toBe('2018-10-31');
  });
});

describe('formatPartialDate', () => {
  it('shows only the precision the source gives', () => {
    expect(formatPartialDate('2009-03')).toBe('2009年3月');
    expect(formatPartialDate('2001')).toBe('2001年');
    expect(formatPartialDate('2009-03', 'en')).toBe('March 2009');
    expect(formatPartialDate('2009-03-15')).toBe('2009年3月15日');
  });
});

describe('formatRecurrence', () => {
  it('says the monthly service day as people say it', () => {
    expect(formatRecurrence({ frequency: 'monthly', dayOfMonth: 10 })).toBe('每月10日');
    expect(formatRecurrence({ frequency: 'monthly', dayOfMonth: 10 }, 'en')).toBe('On the 10th of every month');
  });
  it('handles rules without a day and a start', () => {
    expect(formatRecurrence({ frequency: 'quarterly' })).toBe('每季度一次');
    expect(formatRecurrence({ frequency: 'biennial', since: '2009' })).toBe('每两年一次（2009年起）');
  });
});

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [10, '10th'], [11, '11th'], [12, '12th'], [21, '21st'], [22, '22nd']])('%i → %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('readingMinutes', () => {
  it('counts Chinese characters at about 400 a minute', () => {
    expect(readingMinutes('字'.repeat(800))).toBe(2);
    expect(readingMinutes('短')).toBe(1);
  });
});
