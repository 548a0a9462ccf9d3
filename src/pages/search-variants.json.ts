/**
 * /search-variants.json (VARIANTS_PATH): the traditional → simplified map of the characters the
 * site uses, which search applies to a query (src/lib/search/query.ts). Built from all content
 * (data and Markdown bodies), the site data and the Chinese UI words, with OpenCC's Taiwan and
 * Hong Kong standards; opencc-js runs at build time only.
 */
import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { loadSite } from '@/lib/content/site';
import { stringsIn, traditionalVariants } from '@/lib/search/variants';
import { ui } from '@/i18n/ui';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entries = [...site.branches, ...site.markets, ...site.merchants, ...site.stories, ...site.activities, ...site.guides, ...site.pages];
  const texts = [...entries.flatMap((entry) => [...stringsIn(entry.data), entry.body ?? '']), ...stringsIn(site.site), ...Object.values(ui['zh-CN'])];
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const hongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const variants = traditionalVariants(texts, (char) => [taiwan(char), hongKong(char)]);
  return new Response(JSON.stringify(variants), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
