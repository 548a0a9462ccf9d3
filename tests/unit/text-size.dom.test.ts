/**
 * Large-text mode: the head script (run as the browser runs it, from its text, against a stand-in
 * document and storage) and the header button's script (in happy-dom).
 */
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEXT_SIZE_HEAD_SCRIPT } from '@/lib/text-size/head-script';
import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY } from '@/lib/text-size/settings';
import { wireTextSizeToggle } from '@/lib/text-size/toggle';

describe('the head script', () => {
  /** Runs the script text in a fresh context; `storage` is what `localStorage` gives (or a getter that throws). */
  function run({ storage, modules = true }: { storage: () => unknown; modules?: boolean }) {
    const attributes: Record<string, string> = {};
    const context = {
      document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = String(value)) } },
      HTMLScriptElement: { prototype: modules ? { noModule: false } : {} },
    };
    Object.defineProperty(context, 'localStorage', { get: storage });
    runInNewContext(TEXT_SIZE_HEAD_SCRIPT, context);
    return attributes[TEXT_SIZE_ATTRIBUTE];
  }
  const holding = (value: string | null) => () => ({ getItem: (key: string) => (key === TEXT_SIZE_STORAGE_KEY ? value : null) });

  it('sets "large" when large text was chosen, "normal" otherwise', () => {
    expect(run({ storage: holding('large') })).toBe('large');
    expect(run({ storage: holding(null) })).toBe('normal');
    expect(run({ storage: holding('huge') })).toBe('normal');
  });

  it('starts at the usual size, without an error, when storage cannot be used', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(run({ storage: blocked })).toBe('normal');
    expect(run({ storage: () => ({ getItem: blocked }) })).toBe('normal');
    expect(run({ storage: () => null })).toBe('normal');
  });

  it('leaves the page alone in a browser without module scripts (the button could not work there)', () => {
    expect(run({ storage: holding('large'), modules: false })).toBeUndefined();
  });

  it('is plain ES5 that a blocking <script> can carry', () => {
    expect(TEXT_SIZE_HEAD_SCRIPT).not.toMatch(/=>|\blet\b|\bconst\b|`|<\/script/i);
    expect(TEXT_SIZE_HEAD_SCRIPT.length).toBeLessThan(300);
  });
});

describe('the header button', () => {
  const buttonHtml = '<header><button type="button" aria-pressed="false" data-text-size-toggle><svg><path></path></svg><span>大字模式</span></button></header>';
  /** A page of its own for each test (listeners stay with their page); `size` is what the head script set. */
  function page(size?: 'normal' | 'large', doc = document.implementation.createHTMLDocument()) {
    if (size) doc.documentElement.setAttribute(TEXT_SIZE_ATTRIBUTE, size);
    doc.body.innerHTML = buttonHtml;
    wireTextSizeToggle(doc);
    const button = doc.querySelector<HTMLButtonElement>('[data-text-size-toggle]')!;
    return { doc, button, size: () => doc.documentElement.getAttribute(TEXT_SIZE_ATTRIBUTE), pressed: () => button.getAttribute('aria-pressed') };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('shows the state the head script set, and switches it on and off, remembering the choice', () => {
    const { button, size, pressed } = page('large');
    expect(pressed()).toBe('true');
    // A click on the icon inside the button counts as a click on the button.
    button.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect([size(), pressed(), localStorage.getItem(TEXT_SIZE_STORAGE_KEY)]).toEqual(['normal', 'false', null]);
    button.click();
    expect([size(), pressed(), localStorage.getItem(TEXT_SIZE_STORAGE_KEY)]).toEqual(['large', 'true', 'large']);
  });

  it('ignores clicks elsewhere', () => {
    const { doc, size } = page('normal');
    doc.body.click();
    expect(size()).toBe('normal');
  });

  it('still switches, for this page, when storage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { button, size, pressed } = page('normal');
    expect(() => button.click()).not.toThrow();
    expect([size(), pressed()]).toEqual(['large', 'true']);
  });

  it('does nothing when the head script did not run (the button is hidden then)', () => {
    const { button, size, pressed } = page();
    button.click();
    expect([size(), pressed()]).toEqual([null, 'false']);
  });

  it('follows a choice made in another tab', () => {
    // The window's own document: the only one here with a window to receive storage events.
    const { size, pressed } = page('normal', document);
    localStorage.setItem(TEXT_SIZE_STORAGE_KEY, 'large');
    window.dispatchEvent(new StorageEvent('storage', { key: TEXT_SIZE_STORAGE_KEY, newValue: 'large' }));
    expect([size(), pressed()]).toEqual(['large', 'true']);
    localStorage.removeItem(TEXT_SIZE_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: TEXT_SIZE_STORAGE_KEY, newValue: null }));
    expect([size(), pressed()]).toEqual(['normal', 'false']);
  });
});
