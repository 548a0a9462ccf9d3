// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { clientOpenDirective } from './src/integrations/client-open-directive.ts';
import { devPagefind } from './src/integrations/dev-pagefind.ts';
import { withoutKnownWarnings } from './src/integrations/known-build-warnings.ts';
import { plainSearchImports } from './src/integrations/plain-search-imports.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { wechatExport } from './src/integrations/wechat-export/index.ts';
import { cacheDirSetting, outDirSetting, siteUrl } from './src/lib/env.ts';
import { inSitemap } from './src/lib/seo.ts';
import { astroCspConfig } from './src/lib/security-headers.ts';

// What the build reads from the environment (the site's address; other folders for tests): src/lib/env.ts.
const outDir = outDirSetting();
const cacheDir = cacheDirSetting();

export default defineConfig({
  site: siteUrl(),
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
    clientOpenDirective,
    devPagefind,
    securityHeaders,
    // `astro dev` only: the 公众号 export pages and 复制到公众号 button (npm run wechat reads them).
    wechatExport,
    // /sitemap-index.xml (named by /robots.txt): every page search engines may index, with its language twin.
    sitemap({
      filter: (page) => inSitemap(new URL(page).pathname),
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
    }),
  ],
  vite: {
    plugins: [tailwindcss(), plainSearchImports],
    build: { rolldownOptions: { onLog: withoutKnownWarnings } },
  },
});
