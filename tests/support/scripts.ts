/**
 * The header's search bootstrap (src/components/SearchDialog.astro) is on every page: one small
 * module script that loads the search app when search is opened. Tests of a page's own scripts
 * leave it aside with this selector; tests/build/site.test.ts checks the bootstrap itself.
 */
export const SEARCH_BOOTSTRAP = 'script[type="module"][src^="/_astro/SearchDialog.astro_astro_type_script_index_0_lang."]';
