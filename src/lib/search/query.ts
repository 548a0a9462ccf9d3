/**
 * What the site does to a query before and around Pagefind, in one place: tidy what was typed or
 * pasted, turn traditional characters into the simplified ones the pages use, and fall back to the
 * best partial matches when no page has every term (Pagefind requires all terms). Pure: the search
 * dialog, the search page and the Node query suite all use it.
 */

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
  /** True when no page had every term and these are the best pages for some of them. */
  partial: boolean;
}

/**
 * Searches all terms together and, for a query of several words, each word alone: pages found for
 * every word come first. When no page has every word (Pagefind then still returns pages for some of
 * them), the pages matching the most words come first, and the outcome says the results are partial.
 */
export async function searchWithFallback<H extends Hit>(
  search: (text: string) => Promise<{ results: H[] }>,
  query: PreparedQuery,
): Promise<SearchOutcome<H>> {
  if (!query.text) return { results: [], partial: false };
  const all = await search(query.text);
  if (query.terms.length < 2) return { results: all.results, partial: false };
  const perTerm = await Promise.all(query.terms.map((term) => search(term)));
  const found = perTerm.map(({ results }) => new Set(results.map((hit) => hit.id)));
  const matchedTerms = (id: string) => found.filter((ids) => ids.has(id)).length;
  const complete = all.results.filter((hit) => matchedTerms(hit.id) === found.length);
  if (complete.length > 0) return { results: complete, partial: false };
  const merged = new Map<string, { hit: H; matched: number; best: number }>();
  for (const { results } of [all, ...perTerm]) {
    for (const hit of results) {
      const seen = merged.get(hit.id);
      if (seen) seen.best = Math.max(seen.best, hit.score);
      else merged.set(hit.id, { hit, matched: matchedTerms(hit.id), best: hit.score });
    }
  }
  const results = [...merged.values()].sort((a, b) => b.matched - a.matched || b.best - a.best).map(({ hit }) => hit);
  return { results, partial: results.length > 0 };
}
