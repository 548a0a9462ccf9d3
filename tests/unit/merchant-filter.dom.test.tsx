/**
 * The directory's filter island, with a stand-in for Pagefind that filters a small list of shops
 * the way Pagefind's filter API does.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import MerchantFilter, { type FilterLabels } from '@/components/islands/MerchantFilter';
import { countFacets, type Faceted } from '@/lib/facets';

const shops = [
  { url: '/merchants/a/', title: '翠格珠宝', filters: { 类型: ['商户'], 类别: ['珠宝'], 荣誉: ['和谐商户'] } },
  { url: '/merchants/b/', title: '上海琥珀屋', filters: { 类型: ['商户'], 类别: ['琥珀'], 荣誉: [] } },
  { url: '/merchants/c/', title: '吴善靖经营的琥珀店', filters: { 类型: ['商户'], 类别: ['琥珀'], 荣誉: ['和谐商户', '共产党员示范岗'] } },
];
const fetched: string[] = [];
/** Extra metadata of a shop's page, by URL (an English page's nameZh …); cleared before each test. */
const extraMeta: Record<string, Record<string, string>> = {};

function matches(shop: (typeof shops)[number], filters: Record<string, string | { any: string[] }>) {
  return Object.entries(filters).every(([name, wanted]) => {
    const values = shop.filters[name as keyof typeof shop.filters] ?? [];
    return typeof wanted === 'string' ? values.includes(wanted) : wanted.any.some((value) => values.includes(value));
  });
}

vi.mock('@/lib/islands/pagefind-loader', () => ({
  loadPagefind: async () => ({
    filters: async () => ({}),
    search: async (_term: null, { filters }: { filters: Record<string, string | { any: string[] }> }) => {
      const found = shops.filter((shop) => matches(shop, filters));
      const counts: Record<string, Record<string, number>> = {};
      for (const shop of found) {
        for (const [name, values] of Object.entries(shop.filters)) {
          for (const value of values) {
            counts[name] ??= {};
            counts[name][value] = (counts[name][value] ?? 0) + 1;
          }
        }
      }
      return {
        filters: counts,
        results: found.map((shop) => ({
          data: async () => {
            fetched.push(shop.url);
            return { url: shop.url, meta: { title: shop.title, ...extraMeta[shop.url] } };
          },
        })),
      };
    },
  }),
}));

const faceted: Faceted[] = shops.map((shop) => ({ id: shop.url, facets: { category: shop.filters.类别, honour: shop.filters.荣誉 } }));
const labels: FilterLabels = {
  facets: { category: '经营类别', market: '市场', honour: '荣誉', branch: '党组织' },
  found: '找到 {count} 家商户',
  loading: '正在筛选……',
  clear: '清除筛选',
  more: '显示更多',
  noResults: '没有符合条件的商户',
  unavailable: '筛选暂时不可用',
  noscript: '打开后即可勾选筛选',
};
const props = { counts: countFacets(faceted), labels, resultsId: 'filter-results', listId: 'directory-list' };

beforeEach(() => {
  document.body.innerHTML = '<div id="filter-results"></div><div id="directory-list">all shops</div>';
  window.history.replaceState(null, '', '/merchants/');
  fetched.length = 0;
  for (const url of Object.keys(extraMeta)) delete extraMeta[url];
});
afterEach(cleanup);

describe('MerchantFilter', () => {
  it('renders on the server as a plain overview with counts and no form controls', () => {
    const html = renderToString(<MerchantFilter {...props} />);
    expect(html).toMatch(/琥珀.*\(.*2.*\)/);
    expect(html).not.toContain('<input');
  });

  it('becomes checkboxes once hydrated, with the counts of all shops', async () => {
    render(<MerchantFilter {...props} />, { container: document.body.appendChild(document.createElement('div')) });
    expect(await screen.findByRole('checkbox', { name: /琥珀 \(2\)/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /和谐商户 \(2\)/ })).toBeTruthy();
  });

  it('filters without reloading, puts the choice in the URL and shows only matching shops', async () => {
    render(<MerchantFilter {...props} />, { container: document.body.appendChild(document.createElement('div')) });
    fireEvent.click(await screen.findByRole('checkbox', { name: /琥珀/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('找到 2 家商户'));
    expect(window.location.search).toBe(`?category=${encodeURIComponent('琥珀')}`);
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['上海琥珀屋', '吴善靖经营的琥珀店']));
    expect(document.getElementById('directory-list')!.hidden).toBe(true);
    // Only the shops shown were fetched.
    expect(fetched.sort()).toEqual(['/merchants/b/', '/merchants/c/']);
    // Honour counts now follow the chosen category; the category keeps its alternatives.
    expect(screen.getByRole('checkbox', { name: /和谐商户 \(1\)/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /珠宝 \(1\)/ })).toBeTruthy();
  });

  it('starts from a shared URL and follows the back button', async () => {
    window.history.replaceState(null, '', `/merchants/?honour=${encodeURIComponent('和谐商户')}`);
    render(<MerchantFilter {...props} />, { container: document.body.appendChild(document.createElement('div')) });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('找到 2 家商户'));
    expect((screen.getByRole('checkbox', { name: /和谐商户/ }) as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      window.history.replaceState(null, '', '/merchants/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(document.getElementById('directory-list')!.hidden).toBe(false));
    expect((screen.getByRole('checkbox', { name: /和谐商户/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('says so when nothing matches, and clears back to the full list', async () => {
    window.history.replaceState(null, '', `/merchants/?category=${encodeURIComponent('珠宝')}&honour=${encodeURIComponent('共产党员示范岗')}`);
    render(<MerchantFilter {...props} />, { container: document.body.appendChild(document.createElement('div')) });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('没有符合条件的商户'));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(document.getElementById('directory-list')!.hidden).toBe(false));
    expect(window.location.search).toBe('');
  });
});

describe('MerchantFilter on an English page', () => {
  const english = {
    ...props,
    lang: 'en' as const,
    labels: { ...labels, facets: { category: 'Category', market: 'Market', honour: 'Honour', branch: 'Party organisation' }, found: '{count} shops found' },
    valueLabels: { 琥珀: 'Amber', 和谐商户: 'Harmonious merchant' },
  };

  it('shows facet values by their English names, the Chinese ones marked where there is no English', () => {
    const html = renderToString(<MerchantFilter {...english} />);
    expect(html).toContain('Amber');
    expect(html).not.toContain('琥珀');
    expect(html).toContain('<span lang="zh-CN">珠宝</span>');
    expect(html).toContain('<span>Harmonious merchant</span>');
  });

  it('keeps the Chinese value as the filter: ticking "Amber" asks for 琥珀', async () => {
    window.history.replaceState(null, '', '/en/merchants/');
    render(<MerchantFilter {...english} />, { container: document.body.appendChild(document.createElement('div')) });
    fireEvent.click(await screen.findByRole('checkbox', { name: /Amber \(2\)/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 shops found'));
    expect(window.location.search).toBe(`?category=${encodeURIComponent('琥珀')}`);
  });

  it('shows a result card with the English title and the Chinese name under it', async () => {
    extraMeta['/merchants/b/'] = { title: 'Shanghai Amber House', nameZh: '上海琥珀屋', category: 'Amber' };
    window.history.replaceState(null, '', `/en/merchants/?category=${encodeURIComponent('琥珀')}`);
    render(<MerchantFilter {...english} />, { container: document.body.appendChild(document.createElement('div')) });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Shanghai Amber House' });
    const card = heading.closest('li')!;
    const zh = card.querySelector('[lang="zh-CN"]');
    expect(zh?.textContent).toBe('上海琥珀屋');
    expect(card.querySelector('.chip')?.textContent).toBe('Amber');
    expect(card.querySelector('.chip')?.getAttribute('lang')).toBeNull();
  });
});
