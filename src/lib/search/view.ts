/**
 * The pure part of the search dialog and page (src/lib/search/dialog.ts): the words they show,
 * excerpts as safe pieces of text, the state kept in the URL, and facet counts. No DOM here.
 */
import { MAX_QUERY_LENGTH, type QueryNotice } from './query';

/**
 * The UI words the search app needs, in the page's language (built on the server:
 * src/lib/search/strings.ts). The box, its label and the close button are rendered on the server.
 */
export interface SearchStrings {
  results: string;
  loading: string;
  /** Templates with {count}, {shown}, {query}, {max}. */
  count: string;
  countShown: string;
  noResults: string;
  suggest: string;
  partial: string;
  empty: string;
  punctuation: string;
  truncated: string;
  all: string;
  indexMissing: string;
  unavailable: string;
  /** The full search page of this language (/search/ or /en/search/). */
  page: string;
  /** The Pagefind filter holding a page's type, and the names of its values in this language. */
  typeFilter: string;
  types: Record<string, string>;
  /** Only the full page needs these. */
  more?: string;
  filters?: string;
  clearFilters?: string;
  /** "（{count}）" after a facet value. */
  facetCount?: string;
  /** Filter name → label. */
  filterNames?: Record<string, string>;
  /** Filter value (as pages carry it, in Chinese) → its name in this language, where it differs. */
  values?: Record<string, string>;
}

/** Fills {placeholders} of a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * A Pagefind excerpt as pieces of plain text, those between <mark> and </mark> marked. Pagefind
 * puts only <mark> tags into the page's text and does not escape the text itself, so everything
 * else is shown as it is, as text: the caller makes text nodes and <mark> elements, never HTML.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += part;
      else segments.push({ text: part, marked });
    }
  }
  return segments;
}

/** The type of a result (商户, Shop …) in the page's language, from the filters Pagefind returns with it. */
export function resultType(filters: Record<string, string[]> | undefined, strings: Pick<SearchStrings, 'typeFilter' | 'types'>): string | undefined {
  const value = filters?.[strings.typeFilter]?.[0];
  return value === undefined ? undefined : (strings.types[value] ?? value);
}

/** A facet value's name in the page's language. */
export function valueLabel(value: string, strings: Pick<SearchStrings, 'values' | 'types'>, filter?: string, typeFilter?: string): string {
  if (filter !== undefined && filter === typeFilter && strings.types[value]) return strings.types[value];
  return strings.values?.[value] ?? value;
}

export interface StatusInput {
  notice?: QueryNotice;
  /** What the visitor typed (shown back in "nothing found for …"). */
  query: string;
  count: number;
  shown: number;
  partial: boolean;
  /** True when filters alone (no words) chose the results. */
  browsing?: boolean;
}

/**
 * The sentences the live region reads out: the count or the notice, and for no result the
 * suggestion. An empty box says nothing unless the visitor emptied it (`notice: 'empty'`).
 */
export function statusLines(input: StatusInput, strings: SearchStrings): string[] {
  const { notice, query, count, shown, partial, browsing = false } = input;
  if (!browsing && notice === 'empty') return [strings.empty];
  if (!browsing && notice === 'punctuation') return [strings.punctuation];
  const lines: string[] = [];
  if (notice === 'truncated') lines.push(fill(strings.truncated, { max: MAX_QUERY_LENGTH }));
  if (count === 0) {
    lines.push(fill(strings.noResults, { query: query.trim() }), strings.suggest);
    return lines;
  }
  lines.push(count > shown ? fill(strings.countShown, { count, shown }) : fill(strings.count, { count }));
  if (partial) lines.push(strings.partial);
  return lines;
}

/** What the search page keeps in its URL: ?q=琥珀&类型=商户&类型=故事 */
export interface UrlState {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads the query and the chosen filter values (only of the filters named in `filterNames`). */
export function readUrlState(search: string, filterNames: readonly string[] = []): UrlState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).filter((value) => value !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a state ('' when there is nothing to keep), query first, filters in a stable order. */
export function urlSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const name of Object.keys(state.filters).sort()) for (const value of state.filters[name]!) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The link to the full search page for a query. */
export function pageHref(page: string, q: string): string {
  return `${page}${urlSearch({ q, filters: {} })}`;
}

/** The chosen values as Pagefind filters ({ 类型: { any: ['商户', '故事'] } }), one filter left out if named. */
export function pagefindFilters(filters: Record<string, string[]>, except?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (name !== except && values.length > 0) out[name] = { any: values };
  return out;
}

/**
 * How many of `results` (page ids) carry each value of a filter, given the pages of each value;
 * `results` null means every page, and the totals are returned.
 */
export function facetCounts(
  results: readonly string[] | null,
  pagesByValue: Readonly<Record<string, readonly string[]>>,
  totals: Readonly<Record<string, number>>,
): Record<string, number> {
  if (results === null) return { ...totals };
  const found = new Set(results);
  const counts: Record<string, number> = {};
  for (const [value, pages] of Object.entries(pagesByValue)) counts[value] = pages.reduce((n, id) => n + (found.has(id) ? 1 : 0), 0);
  return counts;
}

const HAN = /\p{Script=Han}/u;
/** The language to mark a piece of text with on a page of `lang`: Chinese text on an English page is marked zh-CN. */
export function textLang(text: string, lang: string): string | undefined {
  return lang !== 'zh-CN' && HAN.test(text) ? 'zh-CN' : undefined;
}

/**
 * Text cut into runs of Chinese (Han characters with the full-width punctuation between and after
 * them) and of everything else, so an English page can mark the Chinese runs lang="zh-CN".
 */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  return text
    .split(/(\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20·]*)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, han: HAN.test(part) }));
}

/** Facet values in a stable order: years newest first, other values by how many pages have them. */
export function facetOrder(totals: Readonly<Record<string, number>>): string[] {
  const values = Object.keys(totals);
  if (values.length > 0 && values.every((value) => /^\d{4}$/.test(value))) return values.sort().reverse();
  return values.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
}

