/**
 * The header's search: a modal <dialog> opened by the tiny bootstrap in src/components/SearchDialog.astro,
 * which imports this module only when the visitor asks for search. It shows the first results as
 * the visitor types and links to the full search page (./search-page.ts) for the rest.
 */
import { h, pageLang, setStatus, showLoadingLater } from './dom';
import { searchEngine } from './engine';
import { showResults } from './result-list';
import { pageHref } from './url-state';
import { statusLines, type SearchStrings } from './view';

const DEBOUNCE_MS = 120;
const DIALOG_LIMIT = 8;

interface DialogApp {
  input: HTMLInputElement;
  opener: Element | null;
}
const dialogs = new WeakMap<HTMLDialogElement, DialogApp>();

/** Keys inside the dialog: Esc closes from the box too, Tab goes round inside, arrows move between the box and the results. */
function handleKeys(dialog: HTMLDialogElement, input: HTMLInputElement, list: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    const active = document.activeElement;
    // A search box would first empty itself on Esc; the words stay for next time instead.
    if (event.key === 'Escape' && active === input) {
      event.preventDefault();
      dialog.close();
      return;
    }
    // Instead of leaving to the browser's toolbar.
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
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLElement>('a[data-search-result]')];
    const at = active instanceof HTMLElement ? links.indexOf(active) : -1;
    if (active !== input && at < 0) return;
    const next = event.key === 'ArrowDown' ? (active === input ? 0 : at + 1) : at - 1;
    event.preventDefault();
    (next < 0 ? input : (links[Math.min(next, links.length - 1)] ?? input)).focus();
  });
}

function mountDialog(dialog: HTMLDialogElement): DialogApp {
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as SearchStrings;
  const lang = pageLang();
  // The frame, the form and its box are on the page already (SearchDialog.astro), so the visitor can type at once.
  const frame = dialog.firstElementChild as HTMLElement;
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]')!;
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'px-3 pb-2 text-muted empty:hidden sm:px-4' });
  const list = h('ol', { 'aria-label': strings.results, class: 'space-y-1 pb-2 empty:hidden sm:px-1' });
  const all = h('a', { href: pageHref(strings.page, ''), class: 'tap font-bold' }, strings.all);
  frame.append(h('div', { class: 'min-h-0 flex-1 overflow-y-auto pt-2' }, status, list), h('p', { class: 'border-t border-line px-3 sm:px-4' }, all));

  const app: DialogApp = { input, opener: null };
  let ticket = 0;
  let timer: number | undefined;

  const run = async () => {
    const mine = ++ticket;
    const still = () => mine === ticket;
    const value = input.value;
    all.href = pageHref(strings.page, value.trim());
    const stopLoading = showLoadingLater(status, strings.loading, lang, still);
    try {
      await searchEngine.load();
    } catch {
      stopLoading();
      if (still()) setStatus(status, [await searchEngine.failureMessage(strings)], lang);
      return;
    }
    const { query, results, partial, partialFrom, intent } = await searchEngine.find(value);
    stopLoading();
    if (!still()) return;
    const notice = query.notice ? { notice: query.notice } : {};
    if (!query.text) {
      list.replaceChildren();
      setStatus(status, statusLines({ query: value, count: 0, shown: 0, partial: false, ...notice }, strings), lang);
      return;
    }
    if (!(await showResults(list, results, 0, DIALOG_LIMIT, { strings, lang, partialFrom, intent }, still))) return;
    const shown = Math.min(results.length, DIALOG_LIMIT);
    setStatus(status, statusLines({ query: value, count: results.length, shown, partial, ...notice }, strings), lang);
  };

  const schedule = (event: Event) => {
    // While a Chinese input method is still composing, the box holds pinyin letters: wait for the characters.
    if ((event as InputEvent).isComposing) return;
    searchEngine.preload(input.value);
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
  handleKeys(dialog, input, list);
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
  searchEngine.load().catch(() => undefined);
}
