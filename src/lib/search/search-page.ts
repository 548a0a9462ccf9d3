/**
 * The full search page, /search/ and /en/search/. The server renders the form (a plain GET form
 * without JavaScript); this reads ?q= and the chosen facets from the URL, searches as the visitor
 * types, counts the facets, and keeps the URL up to date (typing replaces the history entry, a
 * search or a facet adds one).
 */
import { countsWithoutOwnChoice } from '@/lib/facets';
import { pageLang, setStatus, showLoadingLater } from './dom';
import { searchEngine } from './engine';
import type { FilterCounts, PagefindResult } from './pagefind';
import type { QueryIntent } from './expand';
import { resultLinks, showResults } from './result-list';
import { buildFacetPanel, type FacetPanel } from './search-page-facets';
import { readUrlState, urlSearch, type UrlState } from './url-state';
import { statusLines, type SearchStrings } from './view';

const DEBOUNCE_MS = 120;
const PAGE_STEP = 20;

/** The chosen values without those of one filter. */
function without(filters: Readonly<Record<string, string[]>>, name: string): Record<string, string[]> {
  const rest = { ...filters };
  delete rest[name];
  return rest;
}

export function mountSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const lang = pageLang();
  const view = { strings, lang };
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const facetParts = { details: root.querySelector<HTMLDetailsElement>('[data-search-facets]')!, groups: root.querySelector<HTMLElement>('[data-search-facet-groups]')!, clear, strings, lang };

  /** What the URL holds; filters are read once the filters' names are known. */
  let state: UrlState = readUrlState(window.location.search);
  input.value = state.q;
  let filterNames: string[] = [];
  /** The results of the latest search, and how many of them are on the page. */
  let results: PagefindResult[] = [];
  let shown = 0;
  let partialFrom = 0;
  let intent: QueryIntent | undefined;
  /** Set when the visitor typed or searched: only then does an empty box say so. */
  let touched = false;
  let ticket = 0;
  let timer: number | undefined;
  let panel: Promise<FacetPanel> | undefined;

  const commitUrl = (push: boolean) => {
    const next = `${window.location.pathname}${urlSearch(state)}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  };

  const toggle = (name: string, value: string, checked: boolean) => {
    const chosen = new Set(state.filters[name] ?? []);
    if (checked) chosen.add(value);
    else chosen.delete(value);
    const filters = { ...without(state.filters, name), ...(chosen.size > 0 ? { [name]: [...chosen] } : {}) };
    state = { ...state, filters };
    void run().then(() => commitUrl(true));
  };

  /** The facets, built once from every filter value's total. */
  const facetPanel = () =>
    (panel ??= searchEngine.filterTotals().then((totals) => {
      filterNames = Object.keys(totals);
      state = { ...state, filters: readUrlState(window.location.search, filterNames).filters };
      return buildFacetPanel(facetParts, totals, state.filters, toggle);
    }));

  const run = async () => {
    const mine = ++ticket;
    const still = () => mine === ticket;
    const stopLoading = showLoadingLater(status, strings.loading, lang, still);
    const value = input.value;
    let facets: FacetPanel;
    try {
      await searchEngine.load();
      facets = await facetPanel();
    } catch {
      stopLoading();
      if (still()) setStatus(status, [await searchEngine.failureMessage(strings)], lang);
      return;
    }
    state = { ...state, q: value.trim() };
    const { filters } = state;
    const found = await searchEngine.find(value, filters);
    // Each filter's values are counted over the pages found without its own choice.
    const countsFor = await countsWithoutOwnChoice<string, FilterCounts>(filterNames, filters, await found.counts(), async (name) =>
      (await searchEngine.find(value, without(filters, name))).counts(),
    );
    stopLoading();
    if (!still()) return;
    facets.update(Object.fromEntries(filterNames.map((name) => [name, countsFor[name]![name] ?? {}])), filters);
    const { query, partial } = found;
    const notice = query.notice ? { notice: query.notice } : {};
    const browsing = !query.text && Object.keys(filters).length > 0;
    if (!query.text && !browsing) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      setStatus(status, value.trim() === '' && !touched ? [] : statusLines({ query: value, count: 0, shown: 0, partial: false, ...notice }, strings), lang);
      return;
    }
    results = found.results;
    shown = Math.min(results.length, PAGE_STEP);
    partialFrom = found.partialFrom;
    intent = found.intent;
    if (!(await showResults(list, results, 0, shown, { ...view, partialFrom, intent }, still))) return;
    more.hidden = shown >= results.length;
    setStatus(status, statusLines({ query: value, count: results.length, shown: results.length, partial, browsing, ...notice }, strings), lang);
  };

  const schedule = (event: Event) => {
    if ((event as InputEvent).isComposing) return; // an input method is still composing (see ./dialog.ts)
    touched = true;
    searchEngine.preload(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run().then(() => commitUrl(false)), DEBOUNCE_MS);
  };
  input.addEventListener('input', schedule);
  input.addEventListener('compositionend', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    touched = true;
    window.clearTimeout(timer);
    void run().then(() => commitUrl(true));
  });
  more.addEventListener('click', async () => {
    const from = shown;
    shown = Math.min(results.length, shown + PAGE_STEP);
    await showResults(list, results, from, shown, { ...view, partialFrom, intent });
    more.hidden = shown >= results.length;
    // The first new result takes the focus, so keyboard users carry on where the list grew.
    resultLinks(list)[from]?.focus();
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void run().then(() => commitUrl(true));
    input.focus();
  });
  window.addEventListener('popstate', () => {
    state = readUrlState(window.location.search, filterNames);
    input.value = state.q;
    void run();
  });
  // Pagefind loads when there is something to search: a query or filters in the URL, or the first word typed.
  if (window.location.search.length > 1) void run();
}
