/**
 * The shop directory's filter. Server-rendered as a plain overview of the facets with their counts;
 * hydrated (client:open) when the visitor opens the filter, it turns into checkboxes, keeps the
 * choice in the URL, and asks Pagefind for only the shops it shows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FACET_KEYS, isEmptySelection, queryFromSelection, selectionFromQuery, toggleValue, type FacetCount, type FacetKey, type Selection } from '../../lib/facets';
import { facetCountsFrom, pagefindFilters } from '../../lib/facet-search';
import { directorySort } from '../../lib/search/filters';
import { loadPagefind, type PagefindResult } from '../../lib/islands/pagefind-loader';

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

interface Card {
  url: string;
  name: string;
  nameEn?: string;
  nameZh?: string;
  category?: string;
  honours: string[];
  summary?: string;
}

const PAGE_SIZE = 24;

async function toCard(result: PagefindResult): Promise<Card> {
  const { url, meta } = await result.data();
  return {
    url,
    name: meta.title ?? url,
    nameEn: meta.nameEn,
    nameZh: meta.nameZh,
    category: meta.category,
    honours: meta.honours ? meta.honours.split('、') : [],
    summary: meta.summary,
  };
}

const HAN = /\p{Script=Han}/u;

export default function MerchantFilter({ counts: initialCounts, labels, resultsId, listId, lang = 'zh-CN', valueLabels = {} }: Props) {
  /** Chinese text on an English page is marked as Chinese. */
  const langOf = (text: string) => (lang !== 'zh-CN' && HAN.test(text) ? 'zh-CN' : undefined);
  const valueText = (value: string) => {
    const shown = valueLabels[value] ?? value;
    return <span lang={langOf(shown)}>{shown}</span>;
  };
  const [active, setActive] = useState(false);
  const [selection, setSelection] = useState<Selection>({});
  const [counts, setCounts] = useState(initialCounts);
  const [matches, setMatches] = useState<PagefindResult[]>([]);
  const [cards, setCards] = useState<Card[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
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
      const search = await pagefind.search(null, { filters: pagefindFilters(selection), sort });
      // A facet with a choice is counted without its own choice, so its alternatives stay visible.
      const perFacet = await Promise.all(
        FACET_KEYS.map(async (key) =>
          selection[key]?.length ? (await pagefind.search(null, { filters: pagefindFilters(selection, key) })).filters : search.filters,
        ),
      );
      if (ticket !== query.current) return;
      const next = {} as Record<FacetKey, FacetCount[]>;
      FACET_KEYS.forEach((key, index) => (next[key] = facetCountsFrom(perFacet[index], key, selection[key])));
      setCounts(next);
      setMatches(search.results);
      setShown(PAGE_SIZE);
      setStatus('ready');
    })().catch(() => ticket === query.current && setStatus('error'));
  }, [active, selection, initialCounts]);

  // Only the shops on screen are fetched.
  useEffect(() => {
    let current = true;
    Promise.all(matches.slice(0, shown).map(toCard))
      .then((loaded) => current && setCards(loaded))
      .catch(() => current && setStatus('error'));
    return () => {
      current = false;
    };
  }, [matches, shown]);

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
          <div hidden={!filtering}>
            <p role="status" aria-live="polite" className="mb-4 font-bold">
              {status === 'loading' && labels.loading}
              {status === 'error' && labels.unavailable}
              {status === 'ready' && (matches.length > 0 ? labels.found.replace('{count}', String(matches.length)) : labels.noResults)}
            </p>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {status === 'ready' &&
                cards.map((card) => (
                  <li key={card.url} className="card flex flex-col gap-2">
                    <h2 className="text-xl font-bold">
                      <a href={card.url} lang={langOf(card.name)}>
                        {card.name}
                      </a>
                    </h2>
                    {card.nameEn && (
                      <p className="text-[0.9rem] text-muted" lang="en">
                        {card.nameEn}
                      </p>
                    )}
                    {card.nameZh && (
                      <p className="text-[0.9rem] text-muted" lang="zh-CN">
                        {card.nameZh}
                      </p>
                    )}
                    {card.category && (
                      <p>
                        <span className="chip" lang={langOf(card.category)}>
                          {card.category}
                        </span>
                      </p>
                    )}
                    {card.honours.length > 0 && (
                      <ul className="flex flex-wrap gap-2">
                        {card.honours.map((honour) => (
                          <li key={honour} className="honour">
                            {honour}
                          </li>
                        ))}
                      </ul>
                    )}
                    {card.summary && <p className="text-[0.95rem]">{card.summary}</p>}
                  </li>
                ))}
            </ul>
            {status === 'ready' && shown < matches.length && (
              <p className="mt-4">
                <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)} className="tap px-4 border border-line rounded bg-surface">
                  {labels.more}
                </button>
              </p>
            )}
          </div>,
          resultsRoot,
        )}
    </div>
  );
}
