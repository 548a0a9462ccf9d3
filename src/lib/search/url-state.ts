/**
 * The one way a page keeps its state in the URL's query string, so a view can be shared and the
 * back button works: the search page (?q=琥珀&类型=商户&类型=故事) and the shop directory's filter
 * (?category=珠宝&honour=和谐商户). Lists of chosen values by name, and the words searched for.
 */

/** Chosen values by name; a name without values is left out. */
export type ValueLists<K extends string = string> = Partial<Record<K, string[]>>;

// Enough for any real choice; a hand-made URL cannot make the page ask for thousands of values.
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 40;

/** The values of each of `names` in a query string; other names and junk (blank, overlong, repeated values) are ignored. */
export function readValueLists<K extends string>(search: string, names: readonly K[]): ValueLists<K> {
  const params = new URLSearchParams(search);
  const lists: ValueLists<K> = {};
  for (const name of names) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()))]
      .filter((value) => value.length > 0 && value.length <= MAX_VALUE_LENGTH)
      .slice(0, MAX_VALUES);
    if (values.length > 0) lists[name] = values;
  }
  return lists;
}

/** A query string ('' when there is nothing to keep): the words first (?q=), then the values of `names`, in that order. */
export function writeQuery(lists: Readonly<Partial<Record<string, readonly string[]>>>, names: readonly string[], words = ''): string {
  const params = new URLSearchParams();
  if (words.trim() !== '') params.set('q', words);
  for (const name of names) for (const value of lists[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** What the search page keeps in its URL: the words and the chosen values of each filter. */
export interface UrlState {
  q: string;
  filters: Record<string, string[]>;
}

/** Reads the words and the chosen values (only of the filters named in `filterNames`). */
export function readUrlState(search: string, filterNames: readonly string[] = []): UrlState {
  return { q: new URLSearchParams(search).get('q') ?? '', filters: readValueLists(search, filterNames) as Record<string, string[]> };
}

/** The search page's query string for a state: filters by name in code-point order, values in the order chosen. */
export function urlSearch(state: UrlState): string {
  return writeQuery(state.filters, Object.keys(state.filters).sort(), state.q);
}

/** The link to the full search page for some words. */
export function pageHref(page: string, q: string): string {
  return `${page}${writeQuery({}, [], q)}`;
}
