/**
 * The list of search results, shared by the dialog and the search page: each result a card that
 * is one link, its excerpt rebuilt from text and <mark> elements (./view.ts).
 */
import { h, text } from './dom';
import { INTENT_ANCHORS, type QueryIntent } from './expand';
import { searchTypes } from './filters';
import type { PagefindResult, PagefindResultData } from './pagefind';
import { excerptAtBoundaries, excerptSegments, resultType, type SearchStrings } from './view';

let resultIds = 0;

/**
 * One result: a card whose link holds the type and the title, so the link's name is its visible text
 * (WCAG 2.5.3, label in name), and covers the whole card (a large target); the excerpt is its
 * description, read after the name.
 */
export function resultItem(data: PagefindResultData, strings: SearchStrings, lang: string, intent?: QueryIntent): HTMLLIElement {
  const id = `search-result-${++resultIds}`;
  // A shop asked the way to opens at its own directions.
  const shop = data.filters?.[strings.typeFilter]?.[0] === searchTypes.merchant;
  const href = intent && shop ? `${data.url}#${INTENT_ANCHORS[intent]}` : data.url;
  const title = data.meta.title ?? data.url;
  const type = resultType(data.filters, strings);
  const excerpt = h('span', { id: `${id}-excerpt`, class: 'mt-1 block text-ink' });
  for (const segment of excerptSegments(excerptAtBoundaries(data.excerpt ?? '', data.content))) {
    const pieces = text(segment.text, lang);
    excerpt.append(segment.marked ? h('mark', { class: 'rounded-sm bg-mark px-0.5 text-ink' }, ...pieces) : h('span', {}, ...pieces));
  }
  return h(
    'li',
    { class: 'relative rounded-md px-3 py-2.5 hover:bg-soft focus-within:bg-soft' },
    h(
      'a',
      {
        href,
        class: "flex flex-wrap items-baseline gap-x-2 gap-y-1 no-underline after:absolute after:inset-0 after:rounded-md after:content-['']",
        'aria-describedby': `${id}-excerpt`,
        'data-search-result': '',
      },
      ...(type ? [h('span', { class: 'chip shrink-0' }, ...text(type, lang))] : []),
      h('span', { class: 'font-bold text-accent-dark underline underline-offset-4' }, ...text(title, lang)),
    ),
    excerpt,
  );
}

/** The line between the pages with every word and those with only some of them. */
function partialSeparator(strings: SearchStrings, lang: string): HTMLLIElement {
  return h('li', { class: 'mt-2 border-t border-line px-3 pt-3 text-sm text-muted', 'data-search-separator': '' }, ...text(strings.partialBelow, lang));
}

/**
 * Shows results `from`..`to` (fetching only their data): from 0 they replace the list, later ones
 * are added; before the result at `partialFrom` (when some results have every word), the separator.
 * False, showing nothing, when `still()` says a newer search has started meanwhile.
 */
export async function showResults(
  list: HTMLElement,
  results: readonly PagefindResult[],
  from: number,
  to: number,
  { strings, lang, partialFrom = results.length, intent }: { strings: SearchStrings; lang: string; partialFrom?: number; intent?: QueryIntent },
  still: () => boolean = () => true,
): Promise<boolean> {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  if (!still()) return false;
  const items: HTMLLIElement[] = [];
  data.forEach((entry, offset) => {
    if (from + offset === partialFrom && partialFrom > 0) items.push(partialSeparator(strings, lang));
    items.push(resultItem(entry, strings, lang, intent));
  });
  if (from === 0) list.replaceChildren(...items);
  else list.append(...items);
  return true;
}

/** The links of the results shown, in order (the separator is not one). */
export function resultLinks(list: HTMLElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
}
