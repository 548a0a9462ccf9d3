/**
 * The 公众号 (WeChat) export, in `astro dev` only: a page per story, activity and guide at
 * /_wechat/<collection>/<id>/ with the article and its 复制到公众号 button, its photos beside it
 * (/_wechat/<collection>/<id>/<file>), and a small bar on each such entry page of the site with the
 * same button. `npm run wechat` reads the same pages (scripts/wechat.ts). Nothing of it is in a
 * build: the route, the photos and the bar exist for `astro dev` alone.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WECHAT_ROUTE_BASE, wechatExportPath } from '../../lib/wechat/export-path.ts';
import { exportedPhotos, photoKey } from './exported-photos.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' };

export const wechatExport: AstroIntegration = {
  name: 'wechat-export',
  hooks: {
    'astro:config:setup': ({ command, injectRoute, injectScript }) => {
      if (command !== 'dev') return;
      injectRoute({ pattern: `${WECHAT_ROUTE_BASE}/[collection]/[id]`, entrypoint: here('./ExportPage.astro') });
      injectScript('page', `import ${JSON.stringify(here('./entry-bar.ts'))};`);
    },
    'astro:server:setup': ({ server }) => {
      server.middlewares.use(WECHAT_ROUTE_BASE, (request, response, next) => {
        const [collection, id, file] = decodeURIComponent((request.url ?? '/').split('?')[0]!).split('/').filter(Boolean);
        if (!collection || !id || !file || !path.extname(file)) return next();
        void (async () => {
          const key = photoKey(collection, id, file);
          // The server restarted since the article was shown: render it again, which lists its photos.
          if (!exportedPhotos.has(key)) await fetch(`http://${request.headers.host}${wechatExportPath(collection, id)}`);
          const source = exportedPhotos.get(key);
          if (!source) return next();
          response.setHeader('Content-Type', TYPES[path.extname(source).toLowerCase()] ?? 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-store');
          createReadStream(source).pipe(response);
        })().catch(next);
      });
    },
  },
};
