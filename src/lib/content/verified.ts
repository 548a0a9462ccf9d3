/**
 * A shop's `verified` day says when someone last checked its details on the spot. After twelve
 * months they may have changed: a warning (the site is still built), so the editor re-checks.
 */
import type { ContentProblem } from './problems';

function dayOf(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A warning when `data.verified` is more than 12 months before `now`; lines are added by the caller. */
export function findStaleVerification(file: string, data: unknown, now: Date, months = 12): ContentProblem[] {
  const verified = dayOf((data as { verified?: unknown } | null)?.verified);
  if (!verified) return [];
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  if (verified.getTime() >= limit.getTime()) return [];
  return [
    {
      code: 'stale-verification',
      severity: 'warning',
      file,
      field: 'verified',
      problem: { zh: `核实日期 ${isoDay(verified)} 已超过 ${months} 个月，店铺信息可能已变`, en: `verified more than ${months} months ago` },
      fix: { zh: `重新核实店铺信息后，把 verified 改为核实当天的日期，如 ${isoDay(now)}`, en: 're-check the shop, then set verified to that day' },
    },
  ];
}
