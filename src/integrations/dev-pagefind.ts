/**
 * `astro dev` has no /pagefind/ (the build makes it): serve the last build's index, if there is one,
 * so search works while editing (results are as of that build).
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export const devPagefind: AstroIntegration = {
  name: 'dev-pagefind',
  hooks: {
    'astro:server:setup': ({ server }) => {
      const root = path.resolve(fileURLToPath(new URL('../../dist/pagefind/', import.meta.url)));
      server.middlewares.use('/pagefind', (request, response, next) => {
        const file = path.join(root, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
        if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-store');
        createReadStream(file).pipe(response);
      });
    },
  },
};
