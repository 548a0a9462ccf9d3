/**
 * The shops the directory's filter found, as cards like the server-rendered list's, with the
 * status line above them and a button for more. Only the shops on screen are fetched.
 */
import { useEffect, useState } from 'react';
import type { PagefindResult } from '@/lib/islands/pagefind-loader';
import { textLang } from '@/lib/search/view';

export type FilterStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Card {
  url: string;
  name: string;
  nameEn?: string;
  nameZh?: string;
  category?: string;
  honours: string[];
  summary?: string;
}

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

interface Props {
  matches: PagefindResult[];
  shown: number;
  status: FilterStatus;
  labels: { found: string; loading: string; unavailable: string; noResults: string; more: string };
  lang: string;
  hidden: boolean;
  onMore: () => void;
  onError: () => void;
}

export default function MerchantResults({ matches, shown, status, labels, lang, hidden, onMore, onError }: Props) {
  const [cards, setCards] = useState<Card[]>([]);
  useEffect(() => {
    let current = true;
    Promise.all(matches.slice(0, shown).map(toCard))
      .then((loaded) => current && setCards(loaded))
      .catch(() => current && onError());
    return () => {
      current = false;
    };
  }, [matches, shown]);
  const langOf = (text: string) => textLang(text, lang);

  return (
    <div hidden={hidden}>
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
          <button type="button" onClick={onMore} className="tap px-4 border border-line rounded bg-surface">
            {labels.more}
          </button>
        </p>
      )}
    </div>
  );
}
