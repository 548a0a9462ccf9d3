/**
 * What the site does to a query before and around Pagefind, in one place: tidy what was typed or
 * pasted, turn traditional characters into the simplified ones the pages use, and fall back to the
 * best partial matches when no page has every term (Pagefind requires all terms). Pure: the search
 * dialog, the search page and the Node query suite all use it.
 */

import { expandQuery, type ExpandedQuery, type QueryIntent } from './expand.ts';

/** Longest query searched; a longer paste is cut here (and the visitor told). */
export const MAX_QUERY_LENGTH = 60;

/** Where the build writes the traditional → simplified map of the characters used on the site. */
export const VARIANTS_PATH = '/search-variants.json';

export type QueryNotice = 'empty' | 'punctuation' | 'truncated';

export interface PreparedQuery {
  /** The text to search, or '' when there is nothing to search. */
  text: string;
  /** The words of the query: split at spaces; Chinese runs stay whole (Pagefind segments them). */
  terms: string[];
  notice?: QueryNotice;
}

const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]*$/u;

/**
 * Tidies a query: trims, folds runs of white space (full-width too), cuts a long paste, replaces
 * traditional characters through `variants` and lower-cases Latin letters. Markup typed into the
 * box is just text: nothing here or in the UI ever renders it as HTML.
 */
export function prepareQuery(raw: string, variants: Readonly<Record<string, string>> = {}): PreparedQuery {
  let text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (text === '') return { text: '', terms: [], notice: 'empty' };
  if (PUNCTUATION_ONLY.test(text)) return { text: '', terms: [], notice: 'punctuation' };
  let notice: QueryNotice | undefined;
  if ([...text].length > MAX_QUERY_LENGTH) {
    text = [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
    notice = 'truncated';
  }
  text = [...text].map((char) => variants[char] ?? char).join('').toLowerCase();
  // Punctuation between words separates them; inside a word (e.g. "e-commerce") it stays.
  const terms = text
    .split(/[\s,，。、;；:：!！?？"“”'‘’()（）<>《》\[\]【】]+/u)
    .map((term) => term.trim())
    .filter((term) => term.length > 0 && !PUNCTUATION_ONLY.test(term));
  return { text: terms.join(' '), terms, ...(notice ? { notice } : {}) };
}

export interface Hit {
  id: string;
  score: number;
}

export interface SearchOutcome<H extends Hit> {
  results: H[];
  /** True when no page had every word and these are the best pages for some of them. */
  partial: boolean;
  /** Where the pages with only some of the words begin (results.length when there are none). */
  partialFrom: number;
  /** What the question asked beyond its words, when it did. */
  intent?: QueryIntent;
}

/** The page that answers what a question asks (the visitor guide, for the way there), found by its own search. */
export type IntentSearch<H extends Hit> = (intent: QueryIntent) => Promise<H | undefined>;

/** Each page once, the best score it got kept (two words of one page, or one word and its synonym). */
function union<H extends Hit>(answers: readonly { results: H[] }[]): Map<string, { hit: H; best: number }> {
  const merged = new Map<string, { hit: H; best: number }>();
  for (const { results } of answers) {
    for (const hit of results) {
      const seen = merged.get(hit.id);
      if (seen) seen.best = Math.max(seen.best, hit.score);
      else merged.set(hit.id, { hit, best: hit.score });
    }
  }
  return merged;
}

/**
 * Searches each word of the query with its alternatives (./expand.ts: synonyms, spellings, colloquial
 * forms; a page with any of them counts for the word). Pages with every word come first, in Pagefind's
 * order for all the words together where it has them; then, from `partialFrom`, pages with some of the
 * words, those with the most words first. A question's intent (the way there) puts its page first.
 */
export async function searchWithFallback<H extends Hit>(
  search: (text: string) => Promise<{ results: H[] }>,
  query: PreparedQuery,
  expanded: ExpandedQuery = expandQuery(query.terms),
  intentSearch?: IntentSearch<H>,
): Promise<SearchOutcome<H>> {
  if (!query.text) return { results: [], partial: false, partialFrom: 0 };
  const pinned = expanded.intent && intentSearch ? await intentSearch(expanded.intent) : undefined;
  const withPinned = (found: SearchOutcome<H>): SearchOutcome<H> => {
    const outcome = expanded.intent ? { ...found, intent: expanded.intent } : found;
    if (!pinned) return outcome;
    const results = [pinned, ...outcome.results.filter((hit) => hit.id !== pinned.id)];
    const partialFrom = outcome.results.slice(0, outcome.partialFrom).some((hit) => hit.id === pinned.id) ? outcome.partialFrom : outcome.partialFrom + 1;
    return { ...outcome, results, partial: false, partialFrom: Math.min(partialFrom, results.length) };
  };
  const words = expanded.terms;
  if (words.length === 0) return withPinned({ results: [], partial: false, partialFrom: 0 });
  const perWord = await Promise.all(words.map(async (word) => union(await Promise.all(word.alternatives.map((alternative) => search(alternative))))));
  if (words.length === 1) {
    const results = [...perWord[0]!.values()].sort((a, b) => b.best - a.best).map(({ hit }) => hit);
    return withPinned({ results, partial: false, partialFrom: results.length });
  }
  const together = await search(words.map((word) => word.term).join(' '));
  const order = new Map(together.results.map((hit, index) => [hit.id, index]));
  const pages = union(perWord.map((word) => ({ results: [...word.values()].map(({ hit }) => hit) })));
  const matched = (id: string) => perWord.filter((word) => word.has(id)).length;
  const total = (id: string) => perWord.reduce((sum, word) => sum + (word.get(id)?.best ?? 0), 0);
  const ids = [...pages.keys()];
  const complete = ids.filter((id) => matched(id) === words.length).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || total(b) - total(a));
  const some = ids.filter((id) => matched(id) < words.length).sort((a, b) => matched(b) - matched(a) || total(b) - total(a));
  const results = [...complete, ...some].map((id) => pages.get(id)!.hit);
  return withPinned({ results, partial: complete.length === 0 && results.length > 0, partialFrom: complete.length });
}
