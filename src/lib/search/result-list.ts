/**
 * The list of search results, shared by the dialog and the search page: each result a card that
 * is one link, its excerpt rebuilt from text and <mark> elements (./view.ts).
 */
import { h, text } from './dom';
import type { PagefindResult, PagefindResultData } from './pagefind';
import { excerptSegments, resultType, type SearchStrings } from './view';

let resultIds = 0;

/**
 * One result: the whole card is the link (a large target), named by its title and type, with the
 * excerpt as its description, so a screen reader does not read the excerpt as the link's name.
 */
export function resultItem(data: PagefindResultData, strings: SearchStrings, lang: string): HTMLLIElement {
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

/**
 * Shows results `from`..`to` (fetching only their data): from 0 they replace the list, later ones
 * are added. False, showing nothing, when `still()` says a newer search has started meanwhile.
 */
export async function showResults(
  list: HTMLElement,
  results: readonly PagefindResult[],
  from: number,
  to: number,
  { strings, lang }: { strings: SearchStrings; lang: string },
  still: () => boolean = () => true,
): Promise<boolean> {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  if (!still()) return false;
  const items = data.map((entry) => resultItem(entry, strings, lang));
  if (from === 0) list.replaceChildren(...items);
  else list.append(...items);
  return true;
}
