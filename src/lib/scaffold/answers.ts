/**
 * What the editor answers, read into field values: an activity's time as typed, and the next free
 * place of a guide in its section.
 */
import { Day, type FieldValue } from './template';

/** The next free `order` in a guide section: one after the highest there, 1 in an empty section. */
export function nextGuideOrder(guides: readonly { section?: unknown; order?: unknown }[], section: string): number {
  const orders = guides.filter((guide) => guide.section === section && typeof guide.order === 'number').map((guide) => guide.order as number);
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/**
 * When an activity happens, as the editor types it: a day (2026-05-10), a monthly day
 * (每月10日, monthly:10), quarterly/biennial (每季度, 每两年), or empty for "reported" (the day of the
 * source that mentions it). Returns the one field to write, or a message.
 */
export function parseActivityWhen(text: string, sourcePublished: string | undefined): { field: 'date' | 'recurrence' | 'reported'; value: FieldValue } | { error: string } {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { field: 'date', value: new Day(value) };
  const monthly = /^(?:每月\s*(\d{1,2})\s*[日号]|monthly:(\d{1,2}))$/.exec(value);
  if (monthly) return { field: 'recurrence', value: { frequency: 'monthly', dayOfMonth: Number(monthly[1] ?? monthly[2]) } };
  if (/^(每季度|quarterly)$/.test(value)) return { field: 'recurrence', value: { frequency: 'quarterly' } };
  if (/^(每两年|biennial)$/.test(value)) return { field: 'recurrence', value: { frequency: 'biennial' } };
  if (value === '' || /^(不详|reported)$/.test(value)) {
    if (!sourcePublished) return { error: '来源没有发表日期，请写活动日期（the source has no date: give the activity date）' };
    return { field: 'reported', value: new Day(sourcePublished) };
  }
  return { error: `看不懂“${value}”：请写 2026-05-10、每月10日、每季度、每两年，或留空表示时间不详（write a date, 每月10日, 每季度, 每两年, or nothing）` };
}
