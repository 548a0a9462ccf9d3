/**
 * The search page's facets: a checkbox for each value of each Pagefind filter, built once from the
 * totals (values in a stable order), then counts and ticks updated in place after every search.
 */
import { facetOrder } from '@/lib/facets';
import { answerFilter } from './filters';
import { h, text } from './dom';
import type { FilterCounts } from './pagefind';
import { fill, valueLabel, type SearchStrings } from './view';

export interface FacetPanelParts {
  /** The <details> holding the facets: hidden when there are none. */
  details: HTMLDetailsElement;
  groups: HTMLElement;
  clear: HTMLElement;
  strings: SearchStrings;
  lang: string;
}

export interface FacetPanel {
  /** Shows each value's count and tick; values with no page (unless ticked) and emptied filters are hidden. */
  update: (counts: FilterCounts, chosen: Readonly<Record<string, readonly string[]>>) => void;
}

interface ValueBox {
  row: HTMLElement;
  box: HTMLInputElement;
  count: HTMLElement;
}

/** Filters in the order the page names them (src/lib/search/strings.ts), unnamed ones last. */
function filterOrder(names: string[], strings: SearchStrings): string[] {
  const named = Object.keys(strings.filterNames ?? {});
  return names.sort((a, b) => (named.indexOf(a) + 1 || 99) - (named.indexOf(b) + 1 || 99));
}

export function buildFacetPanel(
  { details, groups, clear, strings, lang }: FacetPanelParts,
  totals: FilterCounts,
  chosen: Readonly<Record<string, readonly string[]>>,
  onToggle: (name: string, value: string, checked: boolean) => void,
): FacetPanel {
  const filters = new Map<string, { fieldset: HTMLElement; values: Map<string, ValueBox> }>();
  for (const name of filterOrder(Object.keys(totals).filter((name) => name !== answerFilter), strings)) {
    const values = facetOrder(totals[name]!);
    if (values.length === 0) continue;
    const fieldset = h('fieldset', { class: 'mt-3 min-w-0 first:mt-0' }, h('legend', { class: 'font-bold' }, ...text(strings.filterNames?.[name] ?? name, lang)));
    const boxes = new Map<string, ValueBox>();
    for (const value of values) {
      const box = h('input', { type: 'checkbox', class: 'size-5 shrink-0 accent-accent', value });
      box.checked = chosen[name]?.includes(value) ?? false;
      const count = h('span', { class: 'text-muted' });
      const label = h('label', { class: 'tap cursor-pointer gap-2 leading-snug' }, box, h('span', {}, ...text(valueLabel(value, strings, name, strings.typeFilter), lang)), count);
      box.addEventListener('change', () => onToggle(name, value, box.checked));
      const row = h('div', {}, label);
      boxes.set(value, { row, box, count });
      fieldset.append(row);
    }
    filters.set(name, { fieldset, values: boxes });
    groups.append(fieldset);
  }
  details.hidden = filters.size === 0;
  // Open beside the results on a wide screen, or when the URL already chose a facet.
  details.open = window.matchMedia('(min-width: 768px)').matches || Object.keys(chosen).length > 0;

  return {
    update(counts, chosenNow) {
      for (const [name, { fieldset, values }] of filters) {
        const ticked = chosenNow[name] ?? [];
        let visible = 0;
        for (const [value, { row, box, count }] of values) {
          const n = counts[name]?.[value] ?? 0;
          box.checked = ticked.includes(value);
          count.textContent = fill(strings.facetCount ?? ' ({count})', { count: n });
          row.hidden = !(n > 0 || box.checked);
          if (!row.hidden) visible++;
        }
        fieldset.hidden = visible === 0;
      }
      clear.hidden = Object.keys(chosenNow).length === 0;
    },
  };
}
