// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inSitemap } from './src/lib/seo.ts';
import { astroCspConfig, cspMetaFirst, netlifyHeaders, pagePolicyOf, sitePolicy } from './src/lib/security-headers.ts';

// The public address of the site, in one place: canonical URLs, feeds and QR placards use it.
// Deployments set SITE_URL; the default is a reserved example domain, never a guessed real one.
const site = process.env.SITE_URL ?? 'https://yuyuan-market.example';

// Tests and benchmarks build other content (tiny fixture sites, synthetic market-scale data)
// through the same code by pointing these at a temporary folder (YUYUAN_CONTENT_DIR: src/lib/content/loaders.ts).
const outDir = process.env.YUYUAN_OUT_DIR;
const cacheDir = process.env.YUYUAN_CACHE_DIR;

/** `client:open`: hydrate an island when the <details> around it opens (no JavaScript before that).
 * @type {import("astro").AstroIntegration} */
const openDirective = {
  name: 'client-open-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'open', entrypoint: fileURLToPath(new URL('./src/lib/islands/client-open.ts', import.meta.url)) });
    },
  },
};

/** `astro dev` has no /pagefind/ (the build makes it): serve the last build's index, if there is one,
 * so search works while editing (results are as of that build).
 * @type {import("astro").AstroIntegration} */
const devPagefind = {
  name: 'dev-pagefind',
  hooks: {
    'astro:server:setup': ({ server }) => {
      const root = path.resolve(fileURLToPath(new URL('./dist/pagefind/', import.meta.url)));
      const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
      server.middlewares.use('/pagefind', (request, response, next) => {
        const file = path.join(root, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
        if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader('Content-Type', types[/** @type {keyof typeof types} */ (path.extname(file))] ?? 'application/octet-stream');
        response.setHeader('Cache-Control', 'no-store');
        createReadStream(file).pipe(response);
      });
    },
  },
};

/** Vite wraps every dynamic import() in its module-preload helper (≈ 1.7 KB, shared as a chunk of its
 * own, so one more request), even when there is nothing to preload. The search bootstrap is on every
 * page and must stay tiny, so in the two search scripts `import()` stays a plain import(): the search
 * app imports no CSS (its classes are in the site's stylesheet) and any module it imports the browser
 * fetches by itself. tests/market-sample/site.test.ts checks the bootstrap's size and imports.
 * @type {import("vite").Plugin} */
const plainSearchImports = {
  name: 'plain-search-imports',
  enforce: 'post',
  renderChunk(code, chunk) {
    if (!chunk.moduleIds.some((id) => /\/(SearchDialog|SearchPage)\.astro\?astro&type=script/.test(id))) return null;
    const plain = code.replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g, '$1');
    if (plain === code || plain.includes('__vitePreload(')) return null; // another kind of import: leave it
    return { code: plain.replace(/^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m, ''), map: null };
  },
};

/** The security policy (src/lib/security-headers.ts). Astro writes the CSP into each page as a <meta>
 * at the end of <head>; a <meta> policy covers only what follows it, so it is moved to the top.
 * dist/_headers gives Netlify and Cloudflare Pages the HTTP headers, with the pages' own policy (as deploy/_headers).
 * @type {import("astro").AstroIntegration} */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      // A Set: every page has the same policy, and a match would keep its page's whole HTML alive.
      const policies = new Set();
      for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.html')) continue;
        const html = readFileSync(path.join(root, file), 'utf8');
        const moved = cspMetaFirst(html);
        if (moved !== html) writeFileSync(path.join(root, file), moved);
        const policy = pagePolicyOf(html);
        if (policy) policies.add(policy);
      }
      writeFileSync(path.join(root, '_headers'), netlifyHeaders(sitePolicy([...policies])));
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (which pages have an English twin: src/lib/i18n.ts).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  // A strict Content-Security-Policy in every page: src/lib/security-headers.ts.
  security: { csp: astroCspConfig() },
  ...(outDir ? { outDir } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  integrations: [
    mdx(),
    react(),
    openDirective,
    devPagefind,
    securityHeaders,
    // /sitemap-index.xml (named by /robots.txt): every page search engines may index, with its language twin.
    sitemap({
      filter: (page) => inSitemap(new URL(page).pathname),
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
    }),
  ],
  vite: {
    plugins: [tailwindcss(), plainSearchImports],
    build: {
      rolldownOptions: {
        // Every MDX entry triggers this harmless upstream warning (withastro/astro#18087);
        // silenced so the warnings an editor must act on stay visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
