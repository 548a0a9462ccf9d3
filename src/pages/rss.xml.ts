/** /rss.xml: the stories and dated activities (built in src/lib/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '@/lib/content/site';
import { rssFeed } from '@/lib/feeds';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the RSS feed needs absolute links.');
  return rss(rssFeed(await loadSite(), site));
};
