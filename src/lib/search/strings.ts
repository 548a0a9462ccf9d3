/**
 * The words of the search dialog and page in one language, taken from the dictionary on the server
 * and handed to the browser in a data attribute, so the search app carries no dictionary.
 */
import { t, type Lang, type UIKey } from '@/i18n/ui';
import { pathTo } from '@/lib/routes';
import { filterLabels, searchFilter, searchTypes, type SearchType } from './filters';
import type { SearchStrings } from './view';

/** What the dialog needs (on every page, so kept short). */
export function dialogStrings(lang: Lang): SearchStrings {
  const types = Object.fromEntries(
    (Object.keys(searchTypes) as SearchType[]).map((type) => [searchTypes[type], t(`search.type.${type}` as UIKey, lang)]),
  );
  return {
    results: t('search.results', lang),
    loading: t('search.loading', lang),
    count: t('search.count', lang),
    countOne: t('search.countOne', lang),
    countShown: t('search.countShown', lang),
    noResults: t('search.noResults', lang),
    suggest: t('search.suggest', lang),
    partial: t('search.partial', lang),
    partialBelow: t('search.partialBelow', lang),
    empty: t('search.empty', lang),
    punctuation: t('search.punctuation', lang),
    truncated: t('search.truncated', lang),
    all: t('search.all', lang),
    indexMissing: t('search.indexMissing', lang),
    unavailable: t('search.unavailable', lang),
    page: pathTo('search', undefined, lang),
    typeFilter: searchFilter.type,
    types,
  };
}

/** What the full page needs besides: facet names, and the names of facet values in this language. */
export function pageStrings(lang: Lang, values: Record<string, string> = {}): SearchStrings {
  return {
    ...dialogStrings(lang),
    more: t('search.more', lang),
    filters: t('search.filters', lang),
    clearFilters: t('search.clearFilters', lang),
    facetCount: t('common.count', lang),
    filterNames: filterLabels(lang),
    values,
  };
}
