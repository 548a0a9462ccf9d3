/**
 * The header's 大字模式 / "Larger text" button (Header.astro): an aria-pressed toggle that switches the
 * attribute on <html> and remembers the choice in localStorage, when storage can be used (else the
 * choice lasts for this page only). Pages restored from the back-forward cache, and other tabs, pick up
 * a choice made elsewhere. Kept small: it is on every page.
 */
import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY, type TextSize } from './settings';

const SELECTOR = '[data-text-size-toggle]';

/** The stored choice, or null when storage cannot be read. */
function stored(): TextSize | null {
  try {
    return localStorage.getItem(TEXT_SIZE_STORAGE_KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return null;
  }
}

function show(size: TextSize, doc: Document): void {
  doc.documentElement.setAttribute(TEXT_SIZE_ATTRIBUTE, size);
  for (const button of doc.querySelectorAll(SELECTOR)) button.setAttribute('aria-pressed', String(size === 'large'));
}

export function wireTextSizeToggle(doc: Document = document): void {
  const root = doc.documentElement;
  // No attribute: the head script did not run (blocked, or an old browser); the button stays hidden.
  if (!root.hasAttribute(TEXT_SIZE_ATTRIBUTE)) return;
  const current = (): TextSize => (root.getAttribute(TEXT_SIZE_ATTRIBUTE) === 'large' ? 'large' : 'normal');
  show(current(), doc);
  doc.addEventListener('click', (event) => {
    if (!(event.target as Element).closest?.(SELECTOR)) return;
    const next: TextSize = current() === 'large' ? 'normal' : 'large';
    show(next, doc);
    try {
      if (next === 'large') localStorage.setItem(TEXT_SIZE_STORAGE_KEY, next);
      else localStorage.removeItem(TEXT_SIZE_STORAGE_KEY);
    } catch {
      // Storage blocked or full: the choice holds for this page.
    }
  });
  const follow = () => {
    const size = stored();
    if (size) show(size, doc);
  };
  doc.defaultView?.addEventListener('pageshow', (event) => {
    if (event.persisted) follow();
  });
  doc.defaultView?.addEventListener('storage', (event) => {
    if (event.key === TEXT_SIZE_STORAGE_KEY || event.key === null) follow();
  });
}
