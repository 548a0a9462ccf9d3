import { describe, expect, it } from 'vitest';
import { nextOccurrence, shanghaiDateTime, shanghaiDay } from '@/lib/recurrence';

const monthly10 = { frequency: 'monthly' as const, dayOfMonth: 10 };
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('nextOccurrence of the 10th of every month', () => {
  it('is today on the 10th itself', () => {
    expect(iso(nextOccurrence(monthly10, new Date('2026-11-10T08:00:00+08:00')))).toBe('2026-11-10');
  });
  it('is next month from the 11th', () => {
    expect(iso(nextOccurrence(monthly10, new Date('2026-11-11T00:00:00+08:00')))).toBe('2026-12-10');
  });
  it('is later this month before the 10th', () => {
    expect(iso(nextOccurrence(monthly10, new Date('2026-11-26T12:00:00+08:00')))).toBe('2026-12-10');
    expect(iso(nextOccurrence(monthly10, new Date('2026-11-01T00:00:00+08:00')))).toBe('2026-11-10');
  });
  it('goes from December into January of the next year', () => {
    expect(iso(nextOccurrence(monthly10, new Date('2026-12-20T10:00:00+08:00')))).toBe('2027-01-10');
  });
  it('counts in Shanghai time, not the machine’s: 23:30 UTC on the 9th is already the 10th in Shanghai', () => {
    const instant = new Date('2026-11-09T23:30:00Z');
    expect(shanghaiDay(instant)).toEqual({ year: 2026, month: 11, day: 10 });
    expect(iso(nextOccurrence(monthly10, instant))).toBe('2026-11-10');
    // And 16:30 UTC on the 10th is the 11th in Shanghai: the next one is in December.
    expect(iso(nextOccurrence(monthly10, new Date('2026-11-10T16:30:00Z')))).toBe('2026-12-10');
  });
  it('has no computable date for a rule without a day', () => {
    expect(nextOccurrence({ frequency: 'quarterly' })).toBeUndefined();
    expect(nextOccurrence({ frequency: 'monthly' })).toBeUndefined();
  });
});

describe('shanghaiDateTime', () => {
  it('writes a day with the +08:00 offset', () => {
    expect(shanghaiDateTime(new Date(Date.UTC(2026, 11, 10)), '09:00')).toBe('2026-12-10T09:00:00+08:00');
  });
});
