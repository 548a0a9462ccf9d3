/**
 * Personal data an editor may paste into an entry without meaning to publish it: mobile and
 * landline numbers, resident ID numbers and e-mail addresses (pure functions, no Astro).
 * The one place contact data may stand is a shop's `contact`, which the schema ties to a consent
 * record; consent and `verified` days in the future are reported too.
 */
import { BODY_FIELD } from './body-checks';
import { leavesOf } from './data-leaves';
import { fieldPath, type Bilingual, type ContentProblem } from './problems';

type Kind = 'mobile' | 'landline' | 'id' | 'email';

const KIND_NAMES: Record<Kind, [zh: string, en: string]> = {
  mobile: ['手机号码', 'mobile number'],
  landline: ['固定电话', 'landline number'],
  id: ['身份证号码', 'ID card number'],
  email: ['电子邮箱', 'e-mail address'],
};

const PHONE_FIX: Bilingual = {
  zh: '商户的联系电话只能写在 contact.phone 里，并附当事人书面同意的记录（consent）；其他地方的号码请删去',
  en: 'move the number into contact.phone, with its consent record, or delete it',
};
const FIXES: Record<Kind, Bilingual> = {
  mobile: PHONE_FIX,
  landline: PHONE_FIX,
  id: { zh: '删去身份证号码：网站不公开身份证号码', en: 'delete it: the site never publishes ID card numbers' },
  email: { zh: '删去这个邮箱地址：网站不公开个人邮箱', en: 'delete the address: the site publishes no personal e-mail addresses' },
};

/** What editors put between groups of digits: spaces (also full-width) and dashes. */
const SEP = '[ \\t\\u00a0\\u3000\\-‐‑–—－]?';
const MOBILE = new RegExp(String.raw`(?<!\d)(?:(?:\+|00)86${SEP}|[(（]\+?86[)）]${SEP})?1[3-9]\d${SEP}\d{4}${SEP}\d{4}(?!\d)`, 'g');
/** Area code 0xx(x), in parentheses or not, or +86 without the 0; local numbers start with 2-9. */
const LANDLINE = new RegExp(
  String.raw`(?<!\d)(?:(?:\+|00)86${SEP}(?:[(（]0?\d{2,3}[)）]|\d{2,3})|[(（]0\d{2,3}[)）]|0\d{2,3})${SEP}([2-9]\d{2,3}${SEP}\d{4})(?!\d)`,
  'g',
);
/** An 8-digit number alone is a year, a filing number or a count unless a word says it is a phone. */
const LOCAL = new RegExp(String.raw`(?<=(?:电话|手机|联系|热线|tel|phone)[^\d\n]{0,6})(?<!\d)[2-9]\d{3}${SEP}\d{4}(?!\d)`, 'gi');
/** 6-digit region, birth day (checked below), 3-digit sequence, check character. */
const ID_NUMBER = /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{9}[\dXx](?!\d)/g;
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.([A-Za-z]{2,})(?![\w-])/g;
/** icon@2x.png is an image name, not an address: no top-level domain is a file extension. */
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'pdf', 'mp4', 'webm', 'heic']);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: ISO 7064 MOD 11-2 check character, and a birth day that exists. */
function isResidentId(text: string): boolean {
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(text[index]), 0);
  if ('10X98765432'[sum % 11] !== text[17]!.toUpperCase()) return false;
  return isDay(text.slice(6, 14));
}

/** YYYYMMDD is a day that exists, from 1900 on. */
function isDay(digits: string): boolean {
  const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year < 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Stars instead of the digits (and X) of `text`, except the first `keepStart` and last `keepEnd`. */
function maskDigits(text: string, keepStart: number, keepEnd: number): string {
  const total = (text.match(/[\dXx]/g) ?? []).length;
  let seen = 0;
  return text.replace(/[\dXx]/g, (digit) => {
    const index = seen++;
    return index < keepStart || index >= total - keepEnd ? digit : '*';
  });
}

/** The found text with most of it starred, so the error message does not publish it again. */
function maskPersonalData(kind: Kind, text: string, localNumber?: string): string {
  switch (kind) {
    case 'mobile': {
      const digits = text.replace(/\D/g, '').length;
      return maskDigits(text, digits - 11 + 3, 4); // the +86/0086 prefix stays visible
    }
    case 'landline': {
      const local = localNumber ?? text;
      return text.slice(0, text.length - local.length) + maskDigits(local, 0, 2);
    }
    case 'id':
      return maskDigits(text, 3, 4);
    case 'email': {
      const at = text.indexOf('@');
      return `${text[0]}***${text.slice(at)}`;
    }
  }
}

interface Found {
  kind: Kind;
  start: number;
  text: string;
  masked: string;
}

/** Every piece of personal data in `text`; where two patterns overlap, the longer one from the earlier start wins. */
function scan(text: string): Found[] {
  // Full-width digits, letters, ＠ ． ＋ read as what they are (one character for one: positions hold).
  text = text.replace(/[\uff0b\uff0e\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const candidates: Found[] = [];
  const add = (kind: Kind, match: RegExpMatchArray, local?: string) =>
    candidates.push({ kind, start: match.index!, text: match[0], masked: maskPersonalData(kind, match[0], local) });
  for (const match of text.matchAll(ID_NUMBER)) if (isResidentId(match[0])) add('id', match);
  for (const match of text.matchAll(MOBILE)) add('mobile', match);
  for (const match of text.matchAll(LANDLINE)) add('landline', match, match[1]);
  // 联系人于 20181031 签字: a day written without dashes, not a phone.
  for (const match of text.matchAll(LOCAL)) if (!isDay(match[0].replace(/\D/g, ''))) add('landline', match);
  for (const match of text.matchAll(EMAIL)) if (!FILE_EXTENSIONS.has(match[1]!.toLowerCase())) add('email', match);
  candidates.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const kept: Found[] = [];
  let end = 0;
  for (const found of candidates) {
    if (found.start < end) continue;
    kept.push(found);
    end = found.start + found.text.length;
  }
  return kept;
}

function personalDataProblem(file: string, line: number | undefined, field: string, { kind, masked }: Found): ContentProblem {
  const [zh, en] = KIND_NAMES[kind];
  return {
    code: 'personal-data',
    severity: 'error',
    file,
    line,
    field,
    problem: { zh: `发现${zh}“${masked}”：个人信息不能公开`, en: `personal data: ${en} "${masked}"` },
    fix: FIXES[kind],
  };
}

/**
 * Personal data in the Markdown body (every line: code blocks are published too; `startLine` is the
 * body's first line in the file) and in every frontmatter string (lines are added by the caller).
 * The top-level `contact` is left to the schema, which requires its consent record.
 */
export function findPersonalData(file: string, body: string, startLine: number, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    for (const found of scan(line)) problems.push(personalDataProblem(file, startLine + index, BODY_FIELD, found));
  });
  for (const { value, at } of leavesOf(data, (key, where) => where.length === 0 && key === 'contact')) {
    // An unquoted number in YAML is a number, not a string: 13812345678 is still a phone.
    const text = typeof value === 'string' ? value : Number.isSafeInteger(value) ? String(value) : undefined;
    if (text === undefined) continue;
    for (const found of scan(text)) problems.push(personalDataProblem(file, undefined, fieldPath(at), found));
  }
  return problems;
}

/** The calendar day YYYY-MM-DD a frontmatter date stands for, or undefined when it is not one. */
function dayOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(value)?.[1];
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  // YAML reads 2024-05-01 as midnight UTC: that is the day written. A full timestamp counts in Shanghai.
  return value.getTime() % 86_400_000 === 0 ? value.toISOString().slice(0, 10) : shanghaiDay(value);
}

/** Shanghai is UTC+8 all year (no daylight saving since 1991). */
function shanghaiDay(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Consent records (any key `consent` with a `date`) and the top-level `verified` dated after today in Shanghai. */
export function findFutureConsent(file: string, data: unknown, now: Date): ContentProblem[] {
  const today = shanghaiDay(now);
  const problems: ContentProblem[] = [];
  const check = (value: unknown, at: (string | number)[], what: 'consent' | 'verified') => {
    const day = dayOf(value);
    if (!day || day <= today) return;
    problems.push({
      code: 'date-in-future',
      severity: 'error',
      file,
      field: fieldPath(at),
      problem:
        what === 'consent'
          ? { zh: `同意书签署日期 ${day} 在将来，今天是 ${today}`, en: `date in the future: consent signed on ${day}` }
          : { zh: `核实日期 ${day} 在将来，今天是 ${today}`, en: `date in the future: verified on ${day}` },
      fix:
        what === 'consent'
          ? { zh: '改为同意书实际签署的日期，写成 YYYY-MM-DD', en: 'write the real date on which the consent was signed' }
          : { zh: '改为实际到店核实信息的日期，写成 YYYY-MM-DD', en: 'write the real date on which the details were verified' },
    });
  };
  const visit = (value: unknown, at: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...at, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'consent' && child && typeof child === 'object' && 'date' in child) check(child.date, [...at, key, 'date'], 'consent');
        visit(child, [...at, key]);
      }
    }
  };
  if (data && typeof data === 'object' && 'verified' in data) check(data.verified, ['verified'], 'verified');
  visit(data, []);
  return problems;
}
