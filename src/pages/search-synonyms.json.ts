/**
 * /search-synonyms.json (SYNONYMS_PATH): the editors' synonym groups (site.yaml `searchSynonyms`,
 * checked by its schema), which search applies to a query (src/lib/search/expand.ts).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '@/lib/content/site';

export const GET: APIRoute = async () => {
  const { site } = await loadSite();
  return new Response(JSON.stringify(site.searchSynonyms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
