/**
 * The shop directory's filter. Server-rendered as a plain overview of the facets with their counts;
 * hydrated (client:open) when the visitor opens the filter, it turns into checkboxes, keeps the
 * choice in the URL, and asks Pagefind for only the shops it shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  countsWithoutOwnChoice,
  FACET_KEYS,
  facetCountsFrom,
  isEmptySelection,
  queryFromSelection,
  selectionFromQuery,
  shopFilters,
  toggleValue,
  type FacetCount,
  type FacetKey,
  type Selection,
} from '@/lib/facets';
import { loadPagefind, type PagefindResult } from '@/lib/islands/pagefind-loader';
import { directorySort } from '@/lib/search/filters';
import { textLang } from '@/lib/search/view';
import MerchantResults, { type FilterStatus } from './MerchantResults';

export interface FilterLabels {
  facets: Record<FacetKey, string>;
  found: string; // "找到 {count} 家商户"
  loading: string;
  clear: string;
  more: string;
  noResults: string;
  unavailable: string;
  noscript: string;
}

interface Props {
  counts: Record<FacetKey, FacetCount[]>;
  labels: FilterLabels;
  /** id of the element the results go into, and of the server-rendered list they replace. */
  resultsId: string;
  listId: string;
  /** The page's language; facet values are the Chinese content values in every language. */
  lang?: 'zh-CN' | 'en';
  /** Display names of facet values (Chinese value → English), for English pages. */
  valueLabels?: Record<string, string>;
}

const PAGE_SIZE = 24;

export default function MerchantFilter({ counts: initialCounts, labels, resultsId, listId, lang = 'zh-CN', valueLabels = {} }: Props) {
  /** Chinese text on an English page is marked as Chinese. */
  const valueText = (value: string) => {
    const shown = valueLabels[value] ?? value;
    return <span lang={textLang(shown, lang)}>{shown}</span>;
  };
  const [active, setActive] = useState(false);
  const [selection, setSelection] = useState<Selection>({});
  const [counts, setCounts] = useState(initialCounts);
  const [matches, setMatches] = useState<PagefindResult[]>([]);
  const [status, setStatus] = useState<FilterStatus>('idle');
  const [shown, setShown] = useState(PAGE_SIZE);
  const query = useRef(0);

  // First render matches the server's HTML; the interactive form appears after hydration.
  useEffect(() => {
    setActive(true);
    setSelection(selectionFromQuery(window.location.search));
    const onPopState = () => setSelection(selectionFromQuery(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // The server-rendered list and pagination give way to the filtered results while a choice is active.
  useEffect(() => {
    const list = document.getElementById(listId);
    if (list) list.hidden = active && !isEmptySelection(selection);
  }, [active, selection, listId]);

  useEffect(() => {
    if (!active) return;
    const ticket = ++query.current;
    if (isEmptySelection(selection)) {
      setCounts(initialCounts);
      setMatches([]);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    (async () => {
      const pagefind = await loadPagefind();
      const sort = { [directorySort]: 'asc' };
      const search = await pagefind.search(null, { filters: shopFilters(selection), sort });
      const perFacet = await countsWithoutOwnChoice(FACET_KEYS, selection, search.filters, async (key) =>
        (await pagefind.search(null, { filters: shopFilters(selection, key) })).filters,
      );
      if (ticket !== query.current) return;
      setCounts(Object.fromEntries(FACET_KEYS.map((key) => [key, facetCountsFrom(perFacet[key], key, selection[key])])) as Record<FacetKey, FacetCount[]>);
      setMatches(search.results);
      setShown(PAGE_SIZE);
      setStatus('ready');
    })().catch(() => ticket === query.current && setStatus('error'));
  }, [active, selection, initialCounts]);

  const choose = useCallback((key: FacetKey, value: string) => {
    setSelection((current) => {
      const next = toggleValue(current, key, value);
      window.history.pushState(null, '', `${window.location.pathname}${queryFromSelection(next)}`);
      return next;
    });
  }, []);

  const clear = () => {
    window.history.pushState(null, '', window.location.pathname);
    setSelection({});
  };

  const resultsRoot = active ? document.getElementById(resultsId) : null;
  const filtering = active && !isEmptySelection(selection);

  return (
    <div className="flex flex-col gap-4">
      {!active && <p className="text-[0.9rem] text-muted">{labels.noscript}</p>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FACET_KEYS.filter((key) => counts[key].length > 0).map((key) =>
          active ? (
            <fieldset key={key} className="min-w-0">
              <legend className="font-bold mb-1">{labels.facets[key]}</legend>
              {counts[key].map(({ value, count }) => (
                <label key={value} className="flex min-h-11 items-center gap-2 cursor-pointer">
                  <input
                    type="checkbox"
                    className="size-5 accent-[var(--color-accent)]"
                    checked={selection[key]?.includes(value) ?? false}
                    onChange={() => choose(key, value)}
                  />
                  <span>
                    {valueText(value)} <span className="text-muted">({count})</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : (
            <section key={key} className="min-w-0">
              <h3 className="font-bold mb-1">{labels.facets[key]}</h3>
              <ul>
                {counts[key].map(({ value, count }) => (
                  <li key={value}>
                    {valueText(value)} <span className="text-muted">({count})</span>
                  </li>
                ))}
              </ul>
            </section>
          ),
        )}
      </div>
      {filtering && (
        <p>
          <button type="button" onClick={clear} className="tap px-4 border border-line rounded bg-surface">
            {labels.clear}
          </button>
        </p>
      )}
      {resultsRoot &&
        createPortal(
          <MerchantResults
            matches={matches}
            shown={shown}
            status={status}
            labels={labels}
            lang={lang}
            hidden={!filtering}
            onMore={() => setShown((n) => n + PAGE_SIZE)}
            onError={() => setStatus('error')}
          />,
          resultsRoot,
        )}
    </div>
  );
}
