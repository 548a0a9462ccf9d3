/**
 * Small, named schema pieces that the collection schemas are composed from.
 * Each message is written for an editor: Chinese first, English beside it, and what to write instead.
 */
import { z } from 'astro/zod';
import { closestMatches } from '../text/closest';
import { ICP_NUMBER, POLICE_NUMBER } from '../registration';
import { HONOURS, valuesOf } from './word-lists';

/** One message in both languages: "中文（English）". */
export function bilingual(zh: string, en: string): string {
  return `${zh}（${en}）`;
}

/** Schema-level error for "missing" vs "wrong type", so the editor learns which of the two it is. */
function requiredOrType(zhWhat: string, enWhat: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? bilingual(`缺少必填项，请填写${zhWhat}`, `required: add ${enWhat}`)
      : bilingual(`应为${zhWhat}，现在是 ${JSON.stringify(issue.input)}`, `expected ${enWhat}`);
}

/**
 * Text a person types, trimmed, with length bounds that the message states.
 * `what` names the field in both languages for the message, e.g. ['商户名称', 'shop name'].
 */
export function boundedText(min: number, max: number, [zh, en]: readonly [string, string]) {
  return z
    .string({ error: requiredOrType(`文字（${zh}）`, `text (${en})`) })
    .trim()
    .min(min, { error: bilingual(`${zh}至少 ${min} 个字`, `${en} needs at least ${min} characters`) })
    .max(max, {
      error: bilingual(`${zh}最多 ${max} 个字，请精简`, `${en} may have at most ${max} characters`),
    });
}

/** An id written into data (a source, a figure): lowercase ASCII that URLs and other entries can use. */
export function slugId(what: readonly [string, string]) {
  return boundedText(2, 60, what).regex(/^[a-z0-9-]+$/, {
    error: bilingual(`${what[0]}只能用小写字母、数字和 -`, `${what[1]}: lowercase letters, digits and - only`),
  });
}

/** A list whose entries must not repeat. */
function uniqueList<T extends z.ZodType>(item: T, [zh, en]: readonly [string, string], max = 20) {
  return z
    .array(item, { error: requiredOrType(`列表（${zh}）`, `a list (${en})`) })
    .max(max, { error: bilingual(`${zh}最多 ${max} 项`, `at most ${max} ${en}`) })
    .refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
      error: bilingual(`${zh}中有重复项，请删去重复的一项`, `${en} contains a duplicate`),
    });
}
export { uniqueList };

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
        ctx.addIssue({ code: 'custom', message: bilingual('日期无效，格式应为 2018-10-31', 'invalid date; write it as 2018-10-31') });
        return z.NEVER;
      }
      return value;
    }
    const match = ISO_DAY.exec(value.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(`日期“${value}”格式不对，应写成 2018-10-31`, 'a date must be written as YYYY-MM-DD, e.g. 2018-10-31'),
      });
      return z.NEVER;
    }
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    if (!isRealDay(year, month, day)) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(`日期“${value}”不存在，请核对月份和日子`, 'this day does not exist; check the month and day'),
      });
      return z.NEVER;
    }
    return new Date(Date.UTC(year, month - 1, day));
  });

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
        message: bilingual(`“${text}”不是有效的年份或年月，应写成 2001、2009-03 或 2009-03-15`, 'write a year, year-month or day: 2001, 2009-03, 2009-03-15'),
      });
      return z.NEVER;
    }
    return text;
  });

/** The year an honour was awarded: a whole year, not before the market existed and not in the future. */
export function awardYear(now: Date = new Date()) {
  const thisYear = now.getFullYear();
  return z
    .number({ error: requiredOrType('四位数年份，如 2018', 'a four-digit year such as 2018') })
    .int({ error: bilingual('年份应为整数，如 2018', 'the year must be a whole number') })
    .min(1980, { error: bilingual('年份不能早于 1980 年（市场形成于 20 世纪 80 年代）', 'the year cannot be before 1980') })
    .max(thisYear, {
      error: bilingual(`年份不能晚于今年，请改为 ${thisYear} 或更早`, `year must not be in the future: use ${thisYear} or earlier`),
    });
}

/** Links an editor writes: only http(s) and site-relative paths; javascript:, data: and the like are refused. */
export const safeUrl = z
  .string({ error: requiredOrType('网址', 'a URL') })
  .trim()
  .max(500, { error: bilingual('网址最多 500 个字符', 'the URL may have at most 500 characters') })
  .refine((url) => /^https?:\/\/[^\s]+$/i.test(url) || /^\/(?!\/)[^\s]*$/.test(url), {
    error: bilingual('网址只能以 https://、http:// 或 / 开头（不允许 javascript: 或 data: 等）', 'only http(s) links or site paths are allowed'),
  });

/** A count with the day it was counted and where it comes from, e.g. 81 party members as of 2018-10-31. */
export function countedFigure() {
  return z.strictObject({
    value: z
      .number({ error: requiredOrType('数字', 'a number') })
      .nonnegative({ error: bilingual('数字不能为负数', 'must not be negative') }),
    countedOn: calendarDay,
    source: citation,
  });
}

/** Where a fact comes from: a source listed in site data, and the part of it. */
export const citation = z.strictObject(
  {
    source: boundedText(2, 60, ['来源编号', 'source id']),
    section: boundedText(1, 80, ['来源中的章节', 'section of the source']).optional(),
  },
  { error: requiredOrType('来源（source: 来源编号，section: 章节）', 'a citation { source, section }') },
);

/** Shanghai's bounding box, with some margin: a point outside it is a typing error or the wrong datum. */
export const SHANGHAI_BOUNDS = { south: 30.6, north: 31.9, west: 120.8, east: 122.2 } as const;

/**
 * One point in GCJ-02, the datum Chinese map apps use (what Amap/Tencent show when you copy a point).
 * Converted to WGS-84 only where a standard needs it (schema.org geo).
 */
export const gcj02Point = z
  .strictObject({
    lat: z.number({ error: requiredOrType('纬度数字，如 31.227', 'latitude as a number, e.g. 31.227') }),
    lng: z.number({ error: requiredOrType('经度数字，如 121.492', 'longitude as a number, e.g. 121.492') }),
  })
  .refine(
    ({ lat, lng }) =>
      lat >= SHANGHAI_BOUNDS.south && lat <= SHANGHAI_BOUNDS.north && lng >= SHANGHAI_BOUNDS.west && lng <= SHANGHAI_BOUNDS.east,
    {
      error: bilingual(
        '坐标不在上海范围内：请从高德地图复制坐标（GCJ-02），纬度约 31.2，经度约 121.5，注意不要写反',
        'point is outside Shanghai: copy a GCJ-02 point from Amap; lat ≈ 31.2, lng ≈ 121.5, not swapped',
      ),
    },
  );

/** The record that the person agreed to have contact data published: who recorded it, and when. */
export const consentRecord = z.strictObject(
  {
    id: boundedText(3, 40, ['同意书编号', 'consent record id']),
    date: calendarDay,
  },
  {
    error: requiredOrType('同意记录（id: 同意书编号，date: 签署日期）', 'a consent record { id, date }'),
  },
);

/**
 * Contact data of a shop or person. It can only be written together with a consent record:
 * the privacy rule lives here, in the schema, not in a template.
 */
export const contact = z
  .strictObject({
    person: boundedText(2, 20, ['联系人', 'contact person']).optional(),
    phone: z
      .string({ error: requiredOrType('电话号码', 'a phone number') })
      .trim()
      .regex(/^[0-9+\-() ]{7,20}$/, { error: bilingual('电话号码只能包含数字、空格和 + - ( )', 'a phone number may contain digits, spaces and + - ( ) only') })
      .optional(),
    consent: consentRecord.optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.consent && (value.person || value.phone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent'],
        message: bilingual(
          '公开联系方式必须有当事人的书面同意：请填写 consent（id 同意书编号，date 日期），或删去联系方式',
          'contact data needs a recorded consent: add consent { id, date } or remove the contact data',
        ),
      });
    }
  });

/** Chinese text with an optional English version for tourists. */
export function bilingualText(min: number, max: number, [zh, en]: readonly [string, string]) {
  return z.strictObject(
    {
      zh: boundedText(min, max, [`${zh}（中文）`, `${en} (Chinese)`]),
      en: boundedText(min, max * 3, [`${zh}（英文）`, `${en} (English)`]).optional(),
    },
    { error: requiredOrType(`${zh}（zh: 中文，en: 英文可选）`, `${en} { zh, en? }`) },
  );
}

/** Honours a shop can hold, as the market names them (the table: ./word-lists.ts). */
export const HONOUR_KINDS = valuesOf(HONOURS);
export type HonourKind = (typeof HONOUR_KINDS)[number];

/** One of a fixed list, with the list and the nearest allowed value in the message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, [zh, en]: readonly [string, string]) {
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return bilingual(`缺少${zh}`, `required: ${en}`);
      const near = closestMatches(String(issue.input), values, 1)[0];
      const hint = near ? `，是不是“${near}”？` : '';
      return bilingual(`${zh}“${String(issue.input)}”不在可选范围内${hint}可选：${values.join('、')}`, `${en} must be one of the listed values`);
    },
  });
}

/** An honour a shop holds: what it is, the year awarded when known, and where that is stated. */
export function honour(now: Date = new Date()) {
  return z.strictObject({
    kind: oneOf(HONOUR_KINDS, ['荣誉名称', 'honour']),
    year: awardYear(now).optional(),
    source: citation.optional(),
  });
}

/** Every photo needs alt text: it is what a screen-reader user and a slow connection get. */
export function photo<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject({
    src: image(),
    alt: boundedText(4, 150, ['图片说明（替代文字）', 'photo alt text']),
    caption: boundedText(2, 100, ['图片标题', 'photo caption']).optional(),
  });
}

/**
 * A strict entry object: a misspelled key (catgory) is an error that names the key and the
 * closest allowed one, instead of being silently dropped.
 */
export function entryObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const near = closestMatches(key, allowed, 1)[0];
          return near
            ? bilingual(`未知字段“${key}”，是不是“${near}”？`, `unknown field "${key}"; did you mean "${near}"?`)
            : bilingual(`未知字段“${key}”，可用字段：${allowed.join('、')}`, `unknown field "${key}"`);
        })
        .join('；');
    },
  });
}

/** The site's ICP filing number (ICP备案号), exactly as the ministry's filing system shows it. */
export const icpNumber = boundedText(6, 40, ['ICP备案号', 'ICP filing number']).regex(ICP_NUMBER, {
  error: bilingual(
    'ICP备案号格式不对：照工信部备案系统的写法填写，如“沪ICP备12345678号”或“沪ICP备12345678号-1”（省份简称＋ICP备＋数字＋号，中间不加空格）；还没有备案号就删去这一行',
    'write the ICP filing number as the MIIT filing system shows it, e.g. 沪ICP备12345678号 or 沪ICP备12345678号-1, without spaces; remove the line if the site has none',
  ),
});

/** The site's public-security filing number (公安备案号), exactly as the filing certificate shows it. */
export const policeNumber = boundedText(6, 40, ['公安备案号', 'public-security filing number']).regex(POLICE_NUMBER, {
  error: bilingual(
    '公安备案号格式不对：照公安备案系统的写法填写，如“沪公网安备31010102001234号”（省份简称＋公网安备＋14位数字＋号，中间不加空格）；还没有备案号就删去这一行',
    'write the public-security filing number as the MPS filing system shows it, e.g. 沪公网安备31010102001234号 (14 digits), without spaces; remove the line if the site has none',
  ),
});
