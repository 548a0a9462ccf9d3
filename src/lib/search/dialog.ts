/**
 * The search app: one module, two mounts.
 * - `openSearchDialog`: the header's search, a modal <dialog> (opened by the tiny bootstrap in
 *   src/components/SearchDialog.astro, which imports this module only when the visitor asks for search).
 * - `mountSearchPage`: the full page /search/ (and /en/search/), with facets and the query in the URL.
 * Pagefind searches the index of the page's <html lang>. What the visitor types only ever becomes
 * text nodes; excerpts are rebuilt from text and <mark> elements (src/lib/search/view.ts).
 */
import { prepareQuery, searchWithFallback, VARIANTS_PATH, type Hit, type PreparedQuery } from './query';
import {
  excerptSegments,
  facetCounts,
  facetOrder,
  fill,
  hanRuns,
  pageHref,
  pagefindFilters,
  readUrlState,
  resultType,
  statusLines,
  urlSearch,
  valueLabel,
  type SearchStrings,
  type UrlState,
} from './view';

interface FoundData {
  url: string;
  excerpt?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
interface Found extends Hit {
  data: () => Promise<FoundData>;
}
/** The part of Pagefind's API the app uses. */
interface Engine {
  options: (options: object) => Promise<void>;
  search: (term: string | null, options?: object) => Promise<{ results: Found[] }>;
  preload: (term: string, options?: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** A runtime URL, not a module of the build: Pagefind writes it after `astro build`. */
const PAGEFIND = '/pagefind/pagefind.js';

const DEBOUNCE_MS = 120;
const DIALOG_LIMIT = 8;
const PAGE_STEP = 20;

// ---- loading ---------------------------------------------------------------------------------

let engine: Engine | undefined;
let variants: Record<string, string> | undefined;
let ready: Promise<void> | undefined;

/** The traditional → simplified map, fetched once; without it (failed fetch) queries go as typed. */
async function loadVariants(): Promise<Record<string, string>> {
  try {
    const response = await fetch(VARIANTS_PATH);
    const map: unknown = response.ok ? await response.json() : {};
    return map && typeof map === 'object' ? (map as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Pagefind, loading nothing else yet (the first search fetches only the index chunks it needs).
 * It runs on the page's thread: its web worker would be one more download (≈ 12 KB) for an index
 * this small. Not through src/lib/islands/pagefind-loader.ts on purpose: a module shared with the
 * directory's island would become a chunk of its own, and the bootstrap would carry Vite's preload
 * helper to fetch it (the same /pagefind/pagefind.js module is used either way).
 */
async function importPagefind(): Promise<Engine> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Engine;
  await pagefind.options({ noWorker: true });
  return pagefind;
}

/** Pagefind and the variants map; rejects when Pagefind cannot be loaded (tried again next time). */
function load(): Promise<void> {
  ready ??= Promise.all([importPagefind(), variants ? Promise.resolve(variants) : loadVariants()]).then(([pagefind, map]) => {
    engine = pagefind;
    variants = map;
  });
  ready.catch(() => (ready = undefined));
  return ready;
}

/** What to say when Pagefind did not load: in development or when there is no index, how to build one. */
async function failure(strings: SearchStrings): Promise<string> {
  if (import.meta.env.DEV) return strings.indexMissing;
  try {
    const response = await fetch(PAGEFIND, { method: 'HEAD', cache: 'no-store' });
    return response.status === 404 ? strings.indexMissing : strings.unavailable;
  } catch {
    return strings.unavailable;
  }
}

// ---- DOM ---------------------------------------------------------------------------------------

type Child = Node | string;
/** An element with attributes and children; strings become text nodes, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Text for a page of `lang`: on an English page, Chinese runs are marked lang="zh-CN". */
function text(value: string, lang: string): Child[] {
  if (lang === 'zh-CN') return [value];
  return hanRuns(value).map((run) => (run.han ? h('span', { lang: 'zh-CN' }, run.text) : run.text));
}

let resultIds = 0;

/**
 * One result: the whole card is the link (a large target), named by its title and type, with the
 * excerpt as its description, so a screen reader does not read the excerpt as the link's name.
 */
function resultItem(data: FoundData, strings: SearchStrings, lang: string): HTMLLIElement {
  const id = `search-result-${++resultIds}`;
  const title = data.meta.title ?? data.url;
  const type = resultType(data.filters, strings);
  const excerpt = h('span', { id: `${id}-excerpt`, class: 'mt-1 block text-ink' });
  for (const segment of excerptSegments(data.excerpt ?? '')) {
    const pieces = text(segment.text, lang);
    excerpt.append(segment.marked ? h('mark', { class: 'rounded-sm bg-mark px-0.5 text-ink' }, ...pieces) : h('span', {}, ...pieces));
  }
  return h(
    'li',
    {},
    h(
      'a',
      {
        href: data.url,
        class: 'block rounded-md px-3 py-2.5 no-underline hover:bg-soft focus-visible:bg-soft',
        'aria-labelledby': type ? `${id}-title ${id}-type` : `${id}-title`,
        'aria-describedby': `${id}-excerpt`,
        'data-search-result': '',
      },
      h(
        'span',
        { class: 'flex flex-wrap items-baseline gap-x-2 gap-y-1' },
        ...(type ? [h('span', { id: `${id}-type`, class: 'chip shrink-0' }, ...text(type, lang))] : []),
        h('span', { id: `${id}-title`, class: 'font-bold text-accent-dark underline underline-offset-4' }, ...text(title, lang)),
      ),
      excerpt,
    ),
  );
}

function setStatus(status: HTMLElement, lines: string[], lang: string): void {
  status.replaceChildren(...lines.flatMap((line, index) => [...(index > 0 ? [' '] : []), ...text(line, lang)]));
}

// ---- the search, shared by both mounts ----------------------------------------------------------

interface Parts {
  status: HTMLElement;
  list: HTMLElement;
  strings: SearchStrings;
  lang: string;
}

/** The results of a query, and the query itself. */
interface Outcome {
  query: PreparedQuery;
  results: Found[];
  partial: boolean;
}

/** Runs a query through the site's query rules and the partial-match fallback. */
async function find(value: string, filters: object = {}): Promise<Outcome> {
  const query = prepareQuery(value, variants);
  const { results, partial } = await searchWithFallback((term) => engine!.search(term, { filters }), query);
  return { query, results, partial };
}

/** Warms Pagefind up for what is being typed while the debounce waits (index chunks load early). */
function preload(value: string): void {
  if (!engine) return;
  const { text } = prepareQuery(value, variants);
  if (text) engine.preload(text).catch(() => undefined);
}

/** A status line while a slow search runs (not for fast ones: it would chatter in the live region). */
function showLoadingLater(parts: Parts, still: () => boolean): () => void {
  const timer = window.setTimeout(() => still() && setStatus(parts.status, [parts.strings.loading], parts.lang), 400);
  return () => window.clearTimeout(timer);
}

async function render(list: HTMLElement, results: Found[], from: number, to: number, parts: Parts, still: () => boolean): Promise<boolean> {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  if (!still()) return false;
  const items = data.map((entry) => resultItem(entry, parts.strings, parts.lang));
  if (from === 0) list.replaceChildren(...items);
  else list.append(...items);
  return true;
}

// ---- the dialog -----------------------------------------------------------------------------------

interface DialogApp {
  input: HTMLInputElement;
  opener: Element | null;
}
const dialogs = new WeakMap<HTMLDialogElement, DialogApp>();

function mountDialog(dialog: HTMLDialogElement): DialogApp {
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as SearchStrings;
  const lang = document.documentElement.lang || 'zh-CN';
  // The frame, the form and its box are on the page already (SearchDialog.astro), so the visitor can type at once.
  const frame = dialog.firstElementChild as HTMLElement;
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]')!;
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'px-3 pb-2 text-muted empty:hidden sm:px-4' });
  const list = h('ol', { 'aria-label': strings.results, class: 'space-y-1 pb-2 empty:hidden sm:px-1' });
  const all = h('a', { href: pageHref(strings.page, ''), class: 'tap font-bold' }, strings.all);
  frame.append(h('div', { class: 'min-h-0 flex-1 overflow-y-auto pt-2' }, status, list), h('p', { class: 'border-t border-line px-3 sm:px-4' }, all));

  const app: DialogApp = { input, opener: null };
  const parts: Parts = { status, list, strings, lang };
  let ticket = 0;
  let timer: number | undefined;

  const run = async () => {
    const mine = ++ticket;
    const still = () => mine === ticket;
    const value = input.value;
    all.href = pageHref(strings.page, value.trim());
    const stopLoading = showLoadingLater(parts, still);
    try {
      await load();
    } catch {
      stopLoading();
      if (still()) setStatus(status, [await failure(strings)], lang);
      return;
    }
    const outcome = await find(value);
    stopLoading();
    if (!still()) return;
    const { query, results, partial } = outcome;
    if (!query.text) {
      list.replaceChildren();
      setStatus(status, statusLines({ query: value, count: 0, shown: 0, partial: false, ...(query.notice ? { notice: query.notice } : {}) }, strings), lang);
      return;
    }
    if (!(await render(list, results, 0, DIALOG_LIMIT, parts, still))) return;
    const shown = Math.min(results.length, DIALOG_LIMIT);
    setStatus(status, statusLines({ query: value, count: results.length, shown, partial, ...(query.notice ? { notice: query.notice } : {}) }, strings), lang);
  };

  const schedule = (event: Event) => {
    // While a Chinese input method is still composing, the box holds pinyin letters: wait for the characters.
    if ((event as InputEvent).isComposing) return;
    preload(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', schedule);
  input.addEventListener('compositionend', schedule);
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('close', () => {
    const opener = app.opener;
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
  });
  dialog.addEventListener('keydown', (event) => {
    const active = document.activeElement;
    // Esc closes at once, also from the box (a search box would first empty itself); the words stay for next time.
    if (event.key === 'Escape' && active === input) {
      event.preventDefault();
      dialog.close();
      return;
    }
    // Tab goes round inside the dialog instead of leaving to the browser's toolbar.
    if (event.key === 'Tab') {
      const stops = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((element) => element.getClientRects().length > 0);
      const first = stops[0];
      const last = stops.at(-1);
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first?.focus();
      }
      return;
    }
    // Arrow keys move between the box and the results.
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLElement>('a[data-search-result]')];
    const at = active instanceof HTMLElement ? links.indexOf(active) : -1;
    if (active !== input && at < 0) return;
    const next = event.key === 'ArrowDown' ? (active === input ? 0 : at + 1) : at - 1;
    event.preventDefault();
    (next < 0 ? input : (links[Math.min(next, links.length - 1)] ?? input)).focus();
  });
  return app;
}

/**
 * Opens the search dialog (builds it the first time) and puts the cursor in its box; closing it
 * (Esc, the close button, a click outside) gives focus back to `opener`.
 */
export function openSearchDialog(dialog: HTMLDialogElement, opener: Element | null): void {
  let app = dialogs.get(dialog);
  const first = !app;
  if (!app) {
    app = mountDialog(dialog);
    dialogs.set(dialog, app);
  }
  app.opener = opener;
  if (!dialog.open) dialog.showModal();
  if (document.activeElement !== app.input) app.input.focus();
  // Words typed while this module loaded are searched; words from last time are selected, to type over.
  if (first && app.input.value) app.input.dispatchEvent(new Event('input'));
  else if (!first) app.input.select();
  // Pagefind loads while the visitor types the first word.
  load().catch(() => undefined);
}

// ---- the full page ----------------------------------------------------------------------------------

interface FacetBox {
  wrapper: HTMLElement;
  box: HTMLInputElement;
  count: HTMLElement;
}

/**
 * The full search page: the server renders the form (which works as a plain GET form without
 * JavaScript); this reads ?q= and the chosen facets from the URL, searches as the visitor types,
 * and keeps the URL up to date (typing replaces the history entry, a search or a facet adds one).
 */
export function mountSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const lang = document.documentElement.lang || 'zh-CN';
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const facets = root.querySelector<HTMLDetailsElement>('[data-search-facets]')!;
  const groups = root.querySelector<HTMLElement>('[data-search-facet-groups]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const parts: Parts = { status, list, strings, lang };

  let state: UrlState = readUrlState(window.location.search);
  input.value = state.q;
  let totals: Record<string, Record<string, number>> = {};
  /** The pages carrying each value of each filter: filter → value → page ids. */
  let pagesByValue: Record<string, Record<string, string[]>> = {};
  const boxes = new Map<string, { fieldset: HTMLElement; values: Map<string, FacetBox> }>();
  let results: Found[] = [];
  let shown = 0;
  let ticket = 0;
  let timer: number | undefined;
  let touched = false;

  const commitUrl = (push: boolean) => {
    const next = `${window.location.pathname}${urlSearch(state)}`;
    if (next === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, '', next);
    else window.history.replaceState(null, '', next);
  };

  /** Builds the facet checkboxes once (values in a stable order); counts are updated in place. */
  const buildFacets = () => {
    const named = Object.keys(strings.filterNames ?? {});
    const names = Object.keys(totals).sort((a, b) => (named.indexOf(a) + 1 || 99) - (named.indexOf(b) + 1 || 99));
    for (const name of names) {
      const values = facetOrder(totals[name]!);
      if (values.length === 0) continue;
      const legend = h('legend', { class: 'font-bold' }, ...text(strings.filterNames?.[name] ?? name, lang));
      const fieldset = h('fieldset', { class: 'mt-3 min-w-0 first:mt-0' }, legend);
      const byValue = new Map<string, FacetBox>();
      for (const value of values) {
        const box = h('input', { type: 'checkbox', class: 'size-5 shrink-0 accent-accent', value });
        box.checked = state.filters[name]?.includes(value) ?? false;
        const count = h('span', { class: 'text-muted' });
        const wrapper = h('label', { class: 'tap cursor-pointer gap-2 leading-snug' }, box, h('span', {}, ...text(valueLabel(value, strings, name, strings.typeFilter), lang)), count);
        box.addEventListener('change', () => {
          const chosen = new Set(state.filters[name] ?? []);
          if (box.checked) chosen.add(value);
          else chosen.delete(value);
          const filters = { ...state.filters, [name]: [...chosen] };
          if (chosen.size === 0) delete filters[name];
          state = { ...state, filters };
          void run().then(() => commitUrl(true));
        });
        byValue.set(value, { wrapper, box, count });
        fieldset.append(h('div', {}, wrapper));
      }
      boxes.set(name, { fieldset, values: byValue });
      groups.append(fieldset);
    }
    facets.hidden = boxes.size === 0;
    // Open beside the results on a wide screen, or when the URL already chose a facet.
    facets.open = window.matchMedia('(min-width: 768px)').matches || Object.keys(state.filters).length > 0;
  };

  const updateFacets = (countsOf: Record<string, Record<string, number>>) => {
    for (const [name, { fieldset, values }] of boxes) {
      const chosen = state.filters[name] ?? [];
      let visible = 0;
      for (const [value, { wrapper, box, count }] of values) {
        const n = countsOf[name]?.[value] ?? 0;
        box.checked = chosen.includes(value);
        count.textContent = fill(strings.facetCount ?? ' ({count})', { count: n });
        const show = n > 0 || box.checked;
        wrapper.parentElement!.hidden = !show;
        if (show) visible++;
      }
      fieldset.hidden = visible === 0;
    }
    clear.hidden = Object.keys(state.filters).length === 0;
  };

  /** Ids of the pages matching the words and the filters (null: every page). */
  const idsFor = async (value: string, filters: Record<string, string[]>): Promise<{ ids: string[] | null; outcome?: Outcome; results?: Found[] }> => {
    const chosen = pagefindFilters(filters);
    const words = prepareQuery(value, variants).text;
    if (words) {
      const outcome = await find(value, chosen);
      return { ids: outcome.results.map((result) => result.id), outcome };
    }
    if (Object.keys(chosen).length === 0) return { ids: null };
    const { results: found } = await engine!.search(null, { filters: chosen });
    return { ids: found.map((result) => result.id), results: found };
  };

  const run = async () => {
    const mine = ++ticket;
    const still = () => mine === ticket;
    const stopLoading = showLoadingLater(parts, still);
    const value = input.value;
    try {
      await load();
      await facetsReady();
    } catch {
      stopLoading();
      if (still()) setStatus(status, [await failure(strings)], lang);
      return;
    }
    state = { ...state, q: value.trim() };
    const main = await idsFor(value, state.filters);
    // Each facet is counted without its own choice, so its other values stay visible.
    const countsOf: Record<string, Record<string, number>> = {};
    for (const name of Object.keys(totals)) {
      const without = { ...state.filters };
      delete without[name];
      const ids = state.filters[name] ? (await idsFor(value, without)).ids : main.ids;
      countsOf[name] = facetCounts(ids, pagesByValue[name] ?? {}, totals[name] ?? {});
    }
    stopLoading();
    if (!still()) return;
    updateFacets(countsOf);
    const query = main.outcome?.query ?? prepareQuery(value, variants);
    const browsing = !query.text && Object.keys(state.filters).length > 0;
    results = main.outcome?.results ?? main.results ?? [];
    const partial = main.outcome?.partial ?? false;
    if (!query.text && !browsing) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      const lines = value.trim() === '' && !touched ? [] : statusLines({ query: value, count: 0, shown: 0, partial: false, ...(query.notice ? { notice: query.notice } : {}) }, strings);
      setStatus(status, lines, lang);
      return;
    }
    shown = Math.min(results.length, PAGE_STEP);
    if (!(await render(list, results, 0, shown, parts, still))) return;
    more.hidden = shown >= results.length;
    setStatus(status, statusLines({ query: value, count: results.length, shown: results.length, partial, browsing, ...(query.notice ? { notice: query.notice } : {}) }, strings), lang);
  };

  let facetsLoaded: Promise<void> | undefined;
  /** Every filter value with its pages, once: the counts of any search are worked out from them. */
  const facetsReady = () =>
    (facetsLoaded ??= (async () => {
      totals = await engine!.filters();
      const entries = await Promise.all(
        Object.entries(totals).map(async ([name, values]) => {
          const pages = await Promise.all(
            Object.keys(values).map(async (value) => [value, (await engine!.search(null, { filters: { [name]: value } })).results.map((result) => result.id)] as const),
          );
          return [name, Object.fromEntries(pages)] as const;
        }),
      );
      pagesByValue = Object.fromEntries(entries);
      state = { ...state, filters: readUrlState(window.location.search, Object.keys(totals)).filters };
      buildFacets();
    })());

  const schedule = (event: Event) => {
    if ((event as InputEvent).isComposing) return; // an input method is still composing (see the dialog)
    touched = true;
    preload(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      void run().then(() => commitUrl(false));
    }, DEBOUNCE_MS);
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
    const still = () => true;
    await render(list, results, from, shown, parts, still);
    more.hidden = shown >= results.length;
    // The first new result takes the focus, so keyboard users carry on where the list grew.
    list.children[from]?.querySelector('a')?.focus();
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void run().then(() => commitUrl(true));
    input.focus();
  });
  window.addEventListener('popstate', () => {
    const next = readUrlState(window.location.search, Object.keys(totals));
    state = next;
    input.value = next.q;
    void run();
  });
  void run();
}
