/** /activities.ics: the activity calendar (built in src/lib/feeds.ts), as of the build. */
import type { APIRoute } from 'astro';
import { loadSite } from '@/lib/content/site';
import { calendarFor } from '@/lib/feeds';
import { buildTime } from '@/lib/build-time';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the calendar needs absolute links and event ids.');
  const calendar = calendarFor(await loadSite(), site, buildTime);
  return new Response(calendar.toString(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
