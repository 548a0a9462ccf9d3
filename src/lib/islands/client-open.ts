/**
 * `client:open`: hydrate an island only when the visitor opens the <details> it sits in, or at once
 * when the page was opened with a filter in its URL. Until then the page runs no island JavaScript.
 */
import type { ClientDirective } from 'astro';
import { FACET_KEYS } from '@/lib/facets';

const openDirective: ClientDirective = (load, _options, element) => {
  const hydrate = async () => {
    const hydrateIsland = await load();
    await hydrateIsland();
  };
  const details = element.closest('details');
  const params = new URLSearchParams(window.location.search);
  if (!details || details.open || FACET_KEYS.some((key) => params.has(key))) {
    if (details) details.open = true;
    void hydrate();
    return;
  }
  details.addEventListener('toggle', () => void hydrate(), { once: true });
};

export default openDirective;
