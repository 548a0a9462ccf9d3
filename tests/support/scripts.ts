/**
 * The header's search bootstrap (src/components/SearchDialog.astro) is on every page: one small
 * module script that loads the search app when search is opened. Tests of a page's own scripts
 * leave it aside with this selector; tests/market-sample/site.test.ts checks the bootstrap itself.
 */
export const SEARCH_BOOTSTRAP = 'script[type="module"][src^="/_astro/SearchDialog.astro_astro_type_script_index_0_lang."]';

/**
 * The large-text head script (src/components/ReaderComfortHead.astro), on every page too: a tiny blocking
 * inline script that applies the reader's text size before the first paint. Its button's code rides on
 * the search bootstrap.
 */
export const TEXT_SIZE_INIT = 'head > script[data-text-size-init]:not([src])';

/** Both scripts every page carries; tests of a page's own scripts leave these aside. */
export const SITE_WIDE_SCRIPTS = `${SEARCH_BOOTSTRAP}, ${TEXT_SIZE_INIT}`;
