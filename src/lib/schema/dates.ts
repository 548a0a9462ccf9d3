/**
 * Dates as editors write them: a calendar day (2018-10-31), a date known only to the year or month
 * (2009-03), and the year an honour was awarded.
 */
import { z } from 'astro/zod';
import { requiredOrType } from './messages';
import { schemaMessage } from './message-table';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when year-month-day names a day that exists (2018-02-30 does not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day, written 2018-10-31. YAML turns an unquoted day into a Date; a quoted one stays text.
 * Returned as a Date at 00:00 UTC of that day, so formatting in any time zone gives the same day.
 */
export const calendarDay = z
  .union([z.date(), z.string()], { error: requiredOrType('日期，格式 2018-10-31', 'a date such as 2018-10-31') })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: schemaMessage('invalid-date', ['日期无效，格式应为 2018-10-31', 'invalid date; write it as 2018-10-31']) });
        return z.NEVER;
      }
      return value;
    }
    const match = ISO_DAY.exec(value.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: schemaMessage('invalid-date', [`日期“${value}”格式不对，应写成 2018-10-31`, 'a date must be written as YYYY-MM-DD, e.g. 2018-10-31']),
      });
      return z.NEVER;
    }
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    if (!isRealDay(year, month, day)) {
      ctx.addIssue({
        code: 'custom',
        message: schemaMessage('impossible-day', [`日期“${value}”不存在`, 'this day does not exist'], ['请核对月份和日子', 'check the month and day'], { en: '; ' }),
      });
      return z.NEVER;
    }
    return new Date(Date.UTC(year, month - 1, day));
  })
  .meta({ format: 'day' });

/**
 * A date known only to the year or month, as the source gives it: 2001, 2009-03 or 2009-03-15.
 * Kept as the text the editor wrote, so "2009-03" is never shown as a made-up day.
 */
export const partialDate = z
  .union([z.number(), z.string(), z.date()], { error: requiredOrType('年份或年月，如 2009-03', 'a year or year-month such as 2009-03') })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    const year = Number(match?.[1]);
    const month = match?.[2] ? Number(match[2]) : 1;
    const day = match?.[3] ? Number(match[3]) : 1;
    if (!match || year < 1900 || month < 1 || month > 12 || !isRealDay(year, month, day)) {
      ctx.addIssue({
        code: 'custom',
        message: schemaMessage('invalid-date', [`“${text}”不是有效的年份或年月，应写成 2001、2009-03 或 2009-03-15`, 'write a year, year-month or day: 2001, 2009-03, 2009-03-15']),
      });
      return z.NEVER;
    }
    return text;
  })
  .meta({ format: 'partial-date' });

/** The year an honour was awarded: a whole year, not before the market existed and not in the future. */
export function awardYear(now: Date = new Date()) {
  const thisYear = now.getFullYear();
  return z
    .number({ error: requiredOrType('四位数年份，如 2018', 'a four-digit year such as 2018') })
    .int({ error: schemaMessage('invalid-year', ['年份应为整数，如 2018', 'the year must be a whole number']) })
    .min(1980, { error: schemaMessage('invalid-year', ['年份不能早于 1980 年（市场形成于 20 世纪 80 年代）', 'the year cannot be before 1980']) })
    .max(thisYear, {
      error: schemaMessage('year-in-future', ['年份不能晚于今年', 'year must not be in the future'], [`请改为 ${thisYear} 或更早`, `use ${thisYear} or earlier`]),
    });
}
