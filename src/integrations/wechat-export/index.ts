/**
 * The 公众号 (WeChat) export, in `astro dev` only: a page per story, activity and guide at
 * /_wechat/<collection>/<id>/ with the article and its 复制到公众号 button, its photos beside it, and
 * a small bar on each such entry page of the site with the same button. `npm run wechat` reads the
 * same pages (scripts/wechat.ts). Nothing of it is in a build: the routes and the bar are injected
 * for `astro dev` alone.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Where the export pages are, in `astro dev`. */
export const WECHAT_ROUTE_BASE = '/_wechat';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const wechatExport: AstroIntegration = {
  name: 'wechat-export',
  hooks: {
    'astro:config:setup': ({ command, injectRoute, injectScript }) => {
      if (command !== 'dev') return;
      injectRoute({ pattern: `${WECHAT_ROUTE_BASE}/[collection]/[id]`, entrypoint: here('./ExportPage.astro') });
      injectRoute({ pattern: `${WECHAT_ROUTE_BASE}/[collection]/[id]/[file]`, entrypoint: here('./photo.ts') });
      injectScript('page', `import ${JSON.stringify(here('./entry-bar.ts'))};`);
    },
  },
};
