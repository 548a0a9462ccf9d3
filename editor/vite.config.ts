/** The form editor's page, built into .cache/editor/ by `npm run edit` (scripts/lib/editor/bundle.ts); never part of the site. */
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: { outDir: '../.cache/editor', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000, reportCompressedSize: false },
  // Decap's dependencies read these Node globals.
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warn',
});
