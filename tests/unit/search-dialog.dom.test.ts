/** The header's search dialog on a stand-in Pagefind: results as the visitor types, keys, closing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePagefind, marketPages } from '../support/fake-pagefind';
import { searchStrings } from '../support/search-strings';

const pagefind = fakePagefind(marketPages);
vi.mock('@/lib/search/pagefind', () => ({ PAGEFIND_URL: '/pagefind/pagefind.js', importPagefind: async () => pagefind }));

const { openSearchDialog } = await import('@/lib/search/dialog');

const strings = {
  ...searchStrings,
  types: { 商户: '商户', 故事: '故事' },
};

/** The dialog as src/components/SearchDialog.astro renders it. */
function renderDialog(): { dialog: HTMLDialogElement; input: HTMLInputElement; opener: HTMLElement } {
  document.body.innerHTML = `
    <a href="/search/" data-search-open>搜索</a>
    <dialog data-search-dialog data-strings='${JSON.stringify(strings)}'>
      <div><form role="search" action="/search/" method="get">
        <label for="search-dialog-q">搜索</label><button type="button" data-search-close>关闭</button>
        <input id="search-dialog-q" name="q" type="search">
      </form></div>
    </dialog>`;
  return {
    dialog: document.querySelector('dialog')!,
    input: document.querySelector('input')!,
    opener: document.querySelector('a')!,
  };
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const resultTitles = () => [...document.querySelectorAll('dialog ol a[data-search-result]')].map((link) => link.querySelector('.font-bold')!.textContent);
const statusText = () => document.querySelector('dialog [role="status"]')!.textContent;

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}')));
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => vi.unstubAllGlobals());

describe('the search dialog', () => {
  it('opens with the cursor in the box and shows the results as the visitor types', async () => {
    const { dialog, input, opener } = renderDialog();
    openSearchDialog(dialog, opener);
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(input);
    type(input, '琥珀');
    await vi.waitFor(() => expect(statusText()).toBe('找到 3 个结果。'));
    expect(resultTitles()).toEqual(['琥珀屋', '琥珀店', '琥珀的故事']);
    // The excerpt's <mark> is an element; the words around it stay text.
    expect(document.querySelector('dialog ol mark')?.textContent).toBe('琥珀屋');
    expect(document.querySelector<HTMLAnchorElement>('dialog p > a.tap')!.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('琥珀')}`);
  });

  it('says so when nothing is found, and what to do with an empty box', async () => {
    const { dialog, input, opener } = renderDialog();
    openSearchDialog(dialog, opener);
    type(input, '巧克力');
    await vi.waitFor(() => expect(statusText()).toBe(`没有找到与“巧克力”有关的页面。 ${searchStrings.suggest}`));
    expect(resultTitles()).toEqual([]);
    type(input, '  ');
    await vi.waitFor(() => expect(statusText()).toBe('请输入要搜索的词。'));
  });

  it('moves between the box and the results with the arrow keys, and Esc closes it and gives focus back', async () => {
    const { dialog, input, opener } = renderDialog();
    openSearchDialog(dialog, opener);
    type(input, '珠宝');
    await vi.waitFor(() => expect(resultTitles()).toHaveLength(2));
    const links = [...dialog.querySelectorAll<HTMLElement>('a[data-search-result]')];
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(links[0]);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(links[1]);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(input);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('searches words typed before it loaded, and selects last time’s words when opened again', async () => {
    const { dialog, input, opener } = renderDialog();
    input.value = '服务';
    openSearchDialog(dialog, opener);
    await vi.waitFor(() => expect(resultTitles()).toEqual(['服务日']));
    dialog.querySelector<HTMLButtonElement>('[data-search-close]')!.click();
    expect(dialog.open).toBe(false);
    openSearchDialog(dialog, opener);
    expect(dialog.open).toBe(true);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 2]);
    // Built once: one status line and one list.
    expect(dialog.querySelectorAll('[role="status"]')).toHaveLength(1);
  });
});
