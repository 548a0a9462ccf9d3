/**
 * A stand-in for Pagefind's browser API over a few made-up pages, for the search's DOM tests: words
 * are AND-ed (a word no page has is left out, as Pagefind does), values of one filter OR-ed, and
 * every answer counts its pages' filter values. Every search is logged.
 */
import type { FilterCounts, Pagefind, PagefindFilters, PagefindResponse } from '@/lib/search/pagefind';

export interface FakePage {
  url: string;
  title: string;
  text: string;
  filters: Record<string, string[]>;
}

export function fakePagefind(pages: FakePage[]): Pagefind & { searches: { term: string | null; filters: PagefindFilters }[]; optionsSet: object[] } {
  const names = [...new Set(pages.flatMap((page) => Object.keys(page.filters)))];
  const countOf = (found: FakePage[]): FilterCounts =>
    Object.fromEntries(
      names.map((name) => {
        const values = [...new Set(pages.flatMap((page) => page.filters[name] ?? []))];
        return [name, Object.fromEntries(values.map((value) => [value, found.filter((page) => page.filters[name]?.includes(value)).length]))];
      }),
    );
  const chosen = (page: FakePage, filters: PagefindFilters) =>
    Object.entries(filters).every(([name, wanted]) => (typeof wanted === 'string' ? [wanted] : wanted.any).some((value) => page.filters[name]?.includes(value)));
  const has = (page: FakePage, word: string) => `${page.title} ${page.text}`.toLowerCase().includes(word);
  const fake = {
    searches: [] as { term: string | null; filters: PagefindFilters }[],
    optionsSet: [] as object[],
    async options(options: object) {
      fake.optionsSet.push(options);
    },
    async preload() {},
    async filters() {
      return countOf(pages);
    },
    async search(term: string | null, options: { filters?: PagefindFilters } = {}): Promise<PagefindResponse> {
      const filters = options.filters ?? {};
      fake.searches.push({ term, filters });
      // As Pagefind does, a word no page has is left out; the others must all be on a page.
      const words = term === null ? [] : term.split(' ').filter((word, _, all) => all.length === 1 || pages.some((page) => has(page, word)));
      const found = pages.filter((page) => chosen(page, filters) && words.every((word) => has(page, word)));
      return {
        filters: countOf(found),
        results: found.map((page) => ({
          id: page.url,
          score: words.filter((word) => has(page, word)).length,
          data: async () => ({ url: page.url, meta: { title: page.title }, excerpt: `<mark>${page.title}</mark> ${page.text}`, filters: page.filters }),
        })),
      };
    },
  };
  return fake;
}

/** A few pages of a market: shops, a story, an activity. */
export const marketPages: FakePage[] = [
  { url: '/merchants/amber-house/', title: '琥珀屋', text: '琥珀 饰品', filters: { 类型: ['商户'], 类别: ['琥珀'] } },
  { url: '/merchants/amber-shop/', title: '琥珀店', text: '琥珀 珠宝', filters: { 类型: ['商户'], 类别: ['琥珀'] } },
  { url: '/merchants/jewels/', title: '珠宝行', text: '珠宝 玉器', filters: { 类型: ['商户'], 类别: ['珠宝'] } },
  { url: '/stories/amber/', title: '琥珀的故事', text: '一家琥珀店', filters: { 类型: ['故事'], 年份: ['2018'] } },
  { url: '/activities/day/', title: '服务日', text: '为民服务', filters: { 类型: ['活动'], 年份: ['2017'] } },
];
