/** The form editor's page, built into .cache/editor/ by `npm run edit` (scripts/lib/editor/bundle.ts); never part of the site. */
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: {
    outDir: '../.cache/editor',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 10_000,
    reportCompressedSize: false,
    rolldownOptions: {
      // Decap's dependencies' own notes ("use client", a direct eval in a TOML parser): nothing to act on here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' || log.code === 'EVAL') return;
        handler(level, log);
      },
    },
  },
  // Production JSX whatever NODE_ENV the builder runs under (tests set it to "test").
  oxc: { jsx: { development: false } },
  // Decap's dependencies read these Node globals.
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warn',
});
