/**
 * Schema messages as data. Zod carries a message as one string, and that string is what an editor
 * reads in `astro dev` and `npm run new` ("中文，请…（english: fix）"). Each message is written here
 * as its parts (a code, the problem, the fix, in both languages); its text is made from them and the
 * pair kept in one table, so check:content (src/lib/content/check.ts) looks the parts up instead of
 * parsing the text back.
 */

/** The kinds of schema message, kebab-case and stable (the codes of check:content's problems). */
export type SchemaMessageCode =
  | 'required'
  | 'wrong-type'
  | 'too-short'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'wrong-count'
  | 'duplicate-item'
  | 'not-a-slug'
  | 'not-one-of'
  | 'unknown-field'
  | 'invalid-date'
  | 'impossible-day'
  | 'invalid-year'
  | 'year-in-future'
  | 'negative-number'
  | 'day-of-month-out-of-range'
  | 'unsafe-link'
  | 'outside-shanghai'
  | 'invalid-phone'
  | 'contact-without-consent'
  | 'activity-time'
  | 'invalid-icp-number'
  | 'invalid-police-number'
  | 'invalid-qr-image'
  | 'days-out-of-range'
  | 'invalid-site-id-code'
  | 'invalid-party-gov-mark'
  | 'wrong-form-is-a-name';

/** One text in both languages, written [中文, English]. */
export type Pair = readonly [zh: string, en: string];

export interface SchemaMessage {
  code: SchemaMessageCode;
  problem: { zh: string; en: string };
  /** What to write instead, when the message says it; without one, check:content says how to fix it from the kind of issue. */
  fix?: { zh: string; en: string };
}

/** How the fix follows the problem in the text: "问题，请…（problem: fix）" unless a message is written otherwise. */
export interface Joins {
  zh?: string;
  en?: string;
}

const TABLE = new Map<string, readonly SchemaMessage[]>();

/** The text of a message: "问题，请修改（problem: fix）"; a fix without English adds nothing to the brackets. */
function textOf({ problem, fix }: SchemaMessage, joins: Joins): string {
  const zh = fix ? `${problem.zh}${joins.zh ?? '，'}${fix.zh}` : problem.zh;
  const en = fix?.en ? `${problem.en}${joins.en ?? ': '}${fix.en}` : problem.en;
  return `${zh}（${en}）`;
}

/**
 * A schema message: its text, for zod's `error` option or `ctx.addIssue({ message })`, with its parts
 * kept in the table. `problem` and `fix` are [中文, English].
 */
export function schemaMessage(code: SchemaMessageCode, [zh, en]: Pair, fix?: Pair, joins: Joins = {}): string {
  const message: SchemaMessage = { code, problem: { zh, en }, ...(fix ? { fix: { zh: fix[0], en: fix[1] } } : {}) };
  const text = textOf(message, joins);
  TABLE.set(text, [message]);
  return text;
}

/** Several messages of one issue (each unknown key of an object) as one text, "；" between them. */
export function schemaMessages(texts: readonly string[]): string {
  const text = texts.join('；');
  const parts = texts.map((one) => TABLE.get(one));
  if (parts.every((found) => found !== undefined)) TABLE.set(text, parts.flat());
  return text;
}

/** The parts of a message made by schemaMessage or schemaMessages; undefined for any other text (zod's own). */
export function messageParts(text: string): readonly SchemaMessage[] | undefined {
  return TABLE.get(text);
}
