/**
 * Vite wraps every dynamic import() in its module-preload helper (≈ 1.7 KB, shared as a chunk of its
 * own, so one more request), even when there is nothing to preload. The search bootstrap is on every
 * page and must stay tiny, so in the two search scripts `import()` stays a plain import(): the search
 * app imports no CSS (its classes are in the site's stylesheet) and any module it imports the browser
 * fetches by itself. tests/market-sample/site.test.ts checks the bootstrap's size and imports.
 */
import type { Plugin } from 'vite';

export const plainSearchImports: Plugin = {
  name: 'plain-search-imports',
  enforce: 'post',
  renderChunk(code, chunk) {
    if (!chunk.moduleIds.some((id) => /\/(SearchDialog|SearchPage)\.astro\?astro&type=script/.test(id))) return null;
    const plain = code.replace(/__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g, '$1');
    if (plain === code || plain.includes('__vitePreload(')) return null; // another kind of import: leave it
    return { code: plain.replace(/^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m, ''), map: null };
  },
};
