/**
 * When a recurring activity next happens, worked out at build time in Shanghai time whatever the
 * machine's time zone. Calendar days are returned as Dates at 00:00 UTC (the site's convention).
 */
import type { Recurrence } from './format';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8 all year: China has no daylight saving time.

/** The calendar day it is in Shanghai at `instant`. */
export function shanghaiDay(instant: Date): { year: number; month: number; day: number } {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * The next day of a monthly rule on or after today in Shanghai: on the 10th itself that is today.
 * Rules without a day of the month (quarterly, biennial, "once a month") have no computable next date.
 */
export function nextOccurrence(rule: Recurrence, now: Date = new Date()): Date | undefined {
  if (rule.frequency !== 'monthly' || !rule.dayOfMonth) return undefined;
  const today = shanghaiDay(now);
  const monthIndex = today.day <= rule.dayOfMonth ? today.month - 1 : today.month;
  // Date.UTC rolls month 12 over into January of the next year.
  return new Date(Date.UTC(today.year, monthIndex, rule.dayOfMonth));
}

/** The same day as an ISO date-time at a local time in Shanghai: 2026-12-10T09:00:00+08:00. */
export function shanghaiDateTime(day: Date, time = '00:00'): string {
  return `${day.toISOString().slice(0, 10)}T${time}:00+08:00`;
}
