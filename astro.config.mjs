// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

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

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Chinese at the root, English under /en/ (which pages have an English twin: src/lib/i18n.ts).
  i18n: { locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  ...(outDir ? { outDir } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  integrations: [mdx(), react(), openDirective],
  vite: {
    plugins: [tailwindcss()],
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
