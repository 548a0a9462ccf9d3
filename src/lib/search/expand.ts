/**
 * What a visitor means by the words they type, as words the pages use: each word of a query becomes
 * the set of words any of which may match (its alternatives):
 * - the editors' synonym groups (site.yaml `searchSynonyms`: 雨伞 → 雨具, umbrella → rain gear);
 * - British and American spellings, without listing them (jewelry → jewellery, color → colour);
 * - colloquial Chinese: 10号 → 10日, 3月10号 or 3.10 → 3月10日 (and 10日, the monthly day), 礼拜/星期/周;
 * and words that only make the query a question (怎么, 请问, how, where …) are left out, with what the
 * question asks (how to get there) kept as the query's intent. Applied at query time, so nothing
 * invisible is added to the pages (a screen reader would read it) and the editors' groups take effect
 * with the next build of /search-synonyms.json alone. Pure: the engine and the Node query suite use it.
 */

/** Where the build writes the editors' synonym groups. */
export const SYNONYMS_PATH = '/search-synonyms.json';

/** What a question asks beyond its words: how to get to the market (the visitor guide answers it). */
export type QueryIntent = 'directions';

/**
 * The block of a shop's page that answers the intent (its id): a result that is a shop links there,
 * so 翠格珠宝怎么走 opens the shop's own directions (src/components/HowToGetThere.astro).
 */
export const INTENT_ANCHORS: Readonly<Record<QueryIntent, string>> = { directions: 'directions' };

export interface ExpandedTerm {
  /** The word as typed (tidied). */
  term: string;
  /** The words any of which counts as this word, the word itself first. */
  alternatives: string[];
}

export interface ExpandedQuery {
  terms: ExpandedTerm[];
  intent?: QueryIntent;
}

/** Phrases asking the way (or where something is), longest first so 怎么走 is taken before 怎么. */
const DIRECTIONS = ['怎么走', '怎么去', '如何去', '如何到', '怎么到', '在哪里', '在哪儿', '在哪', '哪里', '地址', '交通', '路线', '坐地铁', 'how to get', 'how do i get', 'directions', 'where is', 'where are', 'address', 'getting there'];

/**
 * Words that make a query a question and say nothing of what is sought: at its start (请问, 我想 …) or
 * at its end (吗, 怎么样 …). Single characters such as 在 or 要 are left alone: they start real words
 * (在线, 要素).
 */
const QUESTION_STARTS = ['请问', '我想知道', '我想', '我要', '想去', '怎么样', '怎么', '如何', '哪些', '哪个', '哪家', '有没有', '是否', '能不能', '可以'];
const QUESTION_ENDS = ['怎么样', '是什么', '有什么', '什么', '有没有', '好不好', '吗', '呢', '的'];
const ENGLISH_QUESTION_WORDS = new Set(['how', 'where', 'what', 'which', 'when', 'who', 'is', 'are', 'was', 'do', 'does', 'did', 'can', 'could', 'i', 'we', 'you', 'the', 'a', 'an', 'to', 'of', 'in', 'at', 'for', 'there', 'get', 'go', 'find', 'please', 'any', 'some', 'me', 'my']);

/** Days of the week said three ways: 星期一, 周一, 礼拜一. */
const WEEK_WORDS = ['星期', '周', '礼拜'];

/** A word as search compares it: NFKC, lower case, single spaces (Jewelry = jewelry, ＵＭＢＲＥＬＬＡ = umbrella). */
export function searchWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The editors' groups as a look-up: each word (as search compares it) → its group's words. */
export function synonymTable(groups: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const group of groups) {
    const words = group.map(searchWord);
    for (const word of words) table.set(word, words);
  }
  return table;
}

/** Pairs of British and American endings, each way round: one list, no word listed. */
const SPELLING_PAIRS: readonly [RegExp, string][] = [
  [/ellery$/, 'elry'],
  [/elry$/, 'ellery'],
  [/our(s?)$/, 'or$1'],
  [/([^o])or(s?)$/, '$1our$2'],
  [/ise(s|d)?$/, 'ize$1'],
  [/ize(s|d)?$/, 'ise$1'],
  [/isation(s?)$/, 'ization$1'],
  [/ization(s?)$/, 'isation$1'],
  [/ising$/, 'izing'],
  [/izing$/, 'ising'],
  [/([^aeiou])re(s?)$/, '$1er$2'],
  [/([^aeiou])er(s?)$/, '$1re$2'],
  [/ogue(s?)$/, 'og$1'],
  [/og(s?)$/, 'ogue$1'],
  [/programme(s?)$/, 'program$1'],
  [/program(s?)$/, 'programme$1'],
  [/grey$/, 'gray'],
  [/gray$/, 'grey'],
];

/** The other spellings of an English word (jewelry → jewellery; centre → center). Short words are left alone. */
export function spellingVariants(word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const variants = new Set<string>();
  for (const [pattern, replacement] of SPELLING_PAIRS) if (pattern.test(word)) variants.add(word.replace(pattern, replacement));
  variants.delete(word);
  return [...variants];
}

const HAN_DIGITS = '零一二三四五六七八九十';

/** Colloquial Chinese forms of a word, as the pages write them: 10号 → 10日; 3月10号, 3.10 → 3月10日 and 10日; 周一 → 星期一. */
export function colloquialVariants(word: string): string[] {
  const variants: string[] = [];
  const monthDay = /^(\d{1,2})(?:月|\.|\/|-)(\d{1,2})(?:号|日)?$/.exec(word);
  if (monthDay && Number(monthDay[1]) <= 12 && Number(monthDay[2]) <= 31) {
    const [month, day] = [Number(monthDay[1]), Number(monthDay[2])];
    variants.push(`${month}月${day}日`, `每月${day}日`, `${day}日`);
  }
  const day = /^(?:每月)?(\d{1,2})号$/.exec(word);
  if (day) variants.push(`每月${Number(day[1])}日`, `${Number(day[1])}日`);
  for (const prefix of WEEK_WORDS) {
    const rest = word.startsWith(prefix) ? word.slice(prefix.length) : undefined;
    if (rest !== undefined && (rest === '' || rest === '日' || rest === '天' || HAN_DIGITS.includes(rest))) {
      for (const other of WEEK_WORDS) if (other !== prefix) variants.push(other + rest);
    }
  }
  return variants.filter((variant) => variant !== word);
}

/** The query's directions phrase, cut out of its text; the rest, and the intent when one was found. */
function takeIntent(text: string): { rest: string; intent?: QueryIntent } {
  const lower = text.toLowerCase();
  for (const phrase of DIRECTIONS) {
    const at = lower.indexOf(phrase);
    if (at >= 0) return { rest: `${text.slice(0, at)} ${text.slice(at + phrase.length)}`, intent: 'directions' };
  }
  return { rest: text };
}

/**
 * A Chinese word without the question words around it (请问豫园在哪 → 豫园). In a question (with 吗, or
 * asking the way), a leading 有 asks whether there is one: 有雨伞吗 → 雨伞, 哪里有雨伞 → 雨伞.
 */
function withoutQuestionWords(term: string, asked: boolean): string {
  let rest = term;
  if ((asked || rest.endsWith('吗')) && /^有.{2,}/u.test(rest)) rest = rest.slice(1);
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of QUESTION_STARTS) if (rest.length > word.length && rest.startsWith(word)) (rest = rest.slice(word.length)), (changed = true);
    for (const word of QUESTION_ENDS) if (rest.length > word.length && rest.endsWith(word)) (rest = rest.slice(0, -word.length)), (changed = true);
  }
  return QUESTION_STARTS.includes(rest) || QUESTION_ENDS.includes(rest) ? '' : rest;
}

/**
 * The words of a prepared query (./query.ts prepareQuery: tidied, simplified, lower case) with their
 * alternatives and the query's intent. A query of question words alone keeps its words.
 */
/**
 * The script of the pages searched: alternatives in the other one are left out (a Chinese page has no
 * “umbrella” to find, and searching it would load one more index chunk); the word typed is kept.
 */
export type PageScript = 'han' | 'latin';

const scriptOf = (word: string): PageScript => (/\p{Script=Han}/u.test(word) ? 'han' : 'latin');

export function expandQuery(terms: readonly string[], synonyms: ReadonlyMap<string, readonly string[]> = new Map(), pageScript?: PageScript): ExpandedQuery {
  const { rest, intent } = takeIntent(terms.join(' '));
  const meaningful = rest
    .split(/\s+/)
    .map((term) => (/\p{Script=Han}/u.test(term) ? withoutQuestionWords(term, intent !== undefined) : ENGLISH_QUESTION_WORDS.has(term) ? '' : term))
    .filter(Boolean);
  const words = meaningful.length > 0 || intent ? meaningful : [...terms];
  return {
    terms: words.map((term) => {
      const alternatives = new Set([term, ...(synonyms.get(term) ?? []), ...spellingVariants(term), ...colloquialVariants(term)]);
      for (const variant of [...alternatives]) for (const synonym of synonyms.get(variant) ?? []) alternatives.add(synonym);
      return { term, alternatives: [...alternatives].filter((word) => word === term || !pageScript || scriptOf(word) === pageScript) };
    }),
    ...(intent ? { intent } : {}),
  };
}
