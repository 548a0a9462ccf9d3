/** The full search page on a stand-in Pagefind: the URL, the facets and their counts, more results, history. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePagefind, marketPages, type FakePage } from '../support/fake-pagefind';
import { searchStrings } from '../support/search-strings';

const rainGear: FakePage[] = Array.from({ length: 25 }, (_, i) => ({ url: `/merchants/rain-${i}/`, title: `雨具${i}号`, text: '雨伞', filters: { 类型: ['商户'], 类别: ['雨具'] } }));
const pagefind = fakePagefind([...marketPages, ...rainGear]);
/** How often the page asked for Pagefind (its script and WebAssembly, about 100 KB). */
let pagefindImports = 0;
vi.mock('@/lib/search/pagefind', () => ({ PAGEFIND_URL: '/pagefind/pagefind.js', importPagefind: async () => (pagefindImports++, pagefind) }));

const { mountSearchPage } = await import('@/lib/search/search-page');

const strings = {
  ...searchStrings,
  types: { 商户: '商户', 故事: '故事', 活动: '活动' },
  more: '显示更多',
  filters: '筛选',
  clearFilters: '清除筛选',
  facetCount: '（{count}）',
  filterNames: { 类型: '类型', 类别: '经营类别', 年份: '年份' },
  values: {},
};

/** The page as src/components/pages/SearchPage.astro renders it, at `url`. */
function renderPage(url: string): HTMLElement {
  window.history.replaceState(null, '', url);
  document.body.innerHTML = `
    <div data-search-page data-strings='${JSON.stringify(strings)}'>
      <form action="/search/" method="get" role="search"><input id="search-page-q" name="q" type="search"><button type="submit">搜索</button></form>
      <p data-search-status role="status" aria-live="polite"></p>
      <details data-search-facets hidden><summary>筛选</summary><div data-search-facet-groups></div><button type="button" data-search-clear hidden>清除筛选</button></details>
      <section><ol data-search-results></ol><button type="button" data-search-more hidden>显示更多</button></section>
    </div>`;
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  mountSearchPage(root);
  return root;
}

const statusText = () => document.querySelector('[data-search-status]')!.textContent;
const resultUrls = () => [...document.querySelectorAll('[data-search-results] a')].map((link) => link.getAttribute('href'));
const box = (value: string) => document.querySelector<HTMLInputElement>(`[data-search-facet-groups] input[value="${value}"]`)!;
/** A facet value as the visitor sees it: its label's text, or null when hidden. */
const facet = (value: string) => (box(value).closest('div')!.hidden ? null : box(value).closest('label')!.textContent);
const search = () => decodeURIComponent(window.location.search);

beforeEach(() => vi.stubGlobal('fetch', vi.fn(async () => new Response('{}'))));
afterEach(() => vi.unstubAllGlobals());

describe('the search page', () => {
  // First: the engine keeps Pagefind once it has loaded it.
  it('loads Pagefind only when there is something to search: not for an empty page, at the first word typed', async () => {
    renderPage('/search/');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(pagefindImports).toBe(0);
    const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
    input.value = '琥珀';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(statusText()).toBe('找到 3 个结果。'));
    expect(pagefindImports).toBe(1);
  });

  it('searches the words in the URL and counts every facet of the results', async () => {
    renderPage('/search/?q=琥珀');
    expect(document.querySelector<HTMLInputElement>('#search-page-q')!.value).toBe('琥珀');
    await vi.waitFor(() => expect(statusText()).toBe('找到 3 个结果。'));
    expect(resultUrls()).toEqual(['/merchants/amber-house/', '/merchants/amber-shop/', '/stories/amber/']);
    const legends = [...document.querySelectorAll('[data-search-facet-groups] legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['类型', '经营类别', '年份']);
    expect(document.querySelector<HTMLElement>('[data-search-facets]')!.hidden).toBe(false);
    expect([facet('商户'), facet('故事'), facet('活动')]).toEqual(['商户（2）', '故事（1）', null]);
    expect([facet('2018'), facet('2017')]).toEqual(['2018（1）', null]);
    expect(document.querySelector<HTMLElement>('[data-search-clear]')!.hidden).toBe(true);
  });

  it('filters by a ticked value, keeps that facet’s alternatives counted, and puts the choice in the URL', async () => {
    renderPage('/search/?q=琥珀');
    await vi.waitFor(() => expect(statusText()).toBe('找到 3 个结果。'));
    box('商户').click();
    await vi.waitFor(() => expect(search()).toBe('?q=琥珀&类型=商户'));
    expect(resultUrls()).toEqual(['/merchants/amber-house/', '/merchants/amber-shop/']);
    expect(statusText()).toBe('找到 2 个结果。');
    expect([facet('商户'), facet('故事'), facet('2018')]).toEqual(['商户（2）', '故事（1）', null]);
    const clear = document.querySelector<HTMLButtonElement>('[data-search-clear]')!;
    expect(clear.hidden).toBe(false);
    clear.click();
    await vi.waitFor(() => expect(search()).toBe('?q=琥珀'));
    await vi.waitFor(() => expect(resultUrls()).toHaveLength(3));
    expect(box('商户').checked).toBe(false);
  });

  it('browses by filters alone, opened on the chosen facet, and follows the back button', async () => {
    renderPage('/search/?年份=2018');
    await vi.waitFor(() => expect(resultUrls()).toEqual(['/stories/amber/']));
    expect(statusText()).toBe('找到 1 个结果。');
    expect(document.querySelector<HTMLDetailsElement>('[data-search-facets]')!.open).toBe(true);
    expect(box('2018').checked).toBe(true);
    window.history.replaceState(null, '', '/search/?q=服务');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(resultUrls()).toEqual(['/activities/day/']));
    expect(document.querySelector<HTMLInputElement>('#search-page-q')!.value).toBe('服务');
    expect(box('2018').checked).toBe(false);
  });

  it('shows results 20 at a time, the first new one focused, and keeps typed words in the URL without a new history entry', async () => {
    renderPage('/search/');
    const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
    expect(statusText()).toBe('');
    const entries = window.history.length;
    input.value = '雨伞';
    input.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(statusText()).toBe('找到 25 个结果。'));
    expect(resultUrls()).toHaveLength(20);
    await vi.waitFor(() => expect(search()).toBe('?q=雨伞'));
    expect(window.history.length).toBe(entries);
    const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
    expect(more.hidden).toBe(false);
    more.click();
    await vi.waitFor(() => expect(resultUrls()).toHaveLength(25));
    expect(document.activeElement?.getAttribute('href')).toBe('/merchants/rain-20/');
    expect(more.hidden).toBe(true);
  });

  it('asked the way to a shop, links the shop at its directions', async () => {
    renderPage('/search/?q=琥珀怎么走');
    await vi.waitFor(() => expect(resultUrls()).toContain('/merchants/amber-house/#directions'));
    expect(resultUrls()).toContain('/stories/amber/');
  });

  it('says so when an emptied box is searched', async () => {
    renderPage('/search/?q=琥珀');
    await vi.waitFor(() => expect(resultUrls()).toHaveLength(3));
    const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
    input.value = '';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(statusText()).toBe('请输入要搜索的词。'));
    expect(resultUrls()).toEqual([]);
    await vi.waitFor(() => expect(window.location.search).toBe(''));
  });
});
