/**
 * The pure part of the search dialog and page (./dialog.ts, ./search-page.ts): the words they show,
 * excerpts as safe pieces of text, the status lines. No DOM here.
 */
import { MAX_QUERY_LENGTH, type QueryNotice } from './query';
import { HAN, HAN_CHARACTER } from '@/lib/text/han';

/**
 * The UI words the search app needs, in the page's language (built on the server:
 * src/lib/search/strings.ts). The box, its label and the close button are rendered on the server.
 */
export interface SearchStrings {
  results: string;
  loading: string;
  /** Templates with {count}, {shown}, {query}, {max}. */
  count: string;
  /** The count of one result (English says "1 result"). */
  countOne: string;
  countShown: string;
  noResults: string;
  suggest: string;
  partial: string;
  /** Between the pages with every word and those with only some of them. */
  partialBelow: string;
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

/** Where a clause of Chinese (or a line) ends: an excerpt may start after one and end at one. */
const CLAUSE_END = /[。！？；，、：:;,.!?\n]/u;

/** How far an excerpt is widened to reach a clause or word boundary, in characters. */
const WIDEN_AT_MOST = 14;

/** The start of the word that holds `index` (Intl.Segmenter's Chinese words), or undefined without one. */
function wordStart(text: string, index: number): number | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const from = Math.max(0, index - WIDEN_AT_MOST);
  for (const { index: at, segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text.slice(from, index + WIDEN_AT_MOST))) {
    if (from + at <= index && index < from + at + segment.length) return from + at;
  }
  return undefined;
}

/**
 * A Chinese excerpt widened to start after a clause's end (or at least at a word's start) and to end at
 * one, taken from the page's text: Pagefind cuts by characters, so "靖经营的琥珀店" for 吴善靖经营的琥珀店.
 * The excerpt's <mark>s are kept; an excerpt not found in the text, or not Chinese, is left as it is.
 */
export function excerptAtBoundaries(excerpt: string, content: string | undefined): string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  const at = content && HAN.test(plain.charAt(0) + plain.charAt(plain.length - 1)) ? content.indexOf(plain) : -1;
  if (!content || at < 0) return excerpt;
  let start = at;
  while (start > 0 && at - start < WIDEN_AT_MOST && !CLAUSE_END.test(content.charAt(start - 1))) start -= 1;
  if (start > 0 && !CLAUSE_END.test(content.charAt(start - 1))) start = wordStart(content, at) ?? at;
  const endAt = at + plain.length;
  let end = endAt;
  while (end < content.length && end - endAt < WIDEN_AT_MOST && !CLAUSE_END.test(content.charAt(end - 1))) end += 1;
  if (end < content.length && !CLAUSE_END.test(content.charAt(end - 1))) end = endAt;
  return `${content.slice(start, at)}${excerpt}${content.slice(endAt, end)}`;
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
  lines.push(count > shown ? fill(strings.countShown, { count, shown }) : fill(count === 1 ? strings.countOne : strings.count, { count }));
  if (partial) lines.push(strings.partial);
  return lines;
}

/** The language to mark a piece of text with on a page of `lang`: Chinese text on an English page is marked zh-CN. */
export function textLang(text: string, lang: string): string | undefined {
  return lang !== 'zh-CN' && HAN.test(text) ? 'zh-CN' : undefined;
}

/** A run of Chinese: Han characters with the full-width punctuation between and after them. */
const HAN_RUN = new RegExp(`(${HAN_CHARACTER}[${HAN_CHARACTER}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20·]*)`, 'u');

/**
 * Text cut into runs of Chinese (Han characters with the full-width punctuation between and after
 * them) and of everything else, so an English page can mark the Chinese runs lang="zh-CN".
 */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  return text
    .split(HAN_RUN)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, han: HAN.test(part) }));
}
