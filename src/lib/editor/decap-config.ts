/**
 * The Decap CMS 3 configuration of the form editor (`npm run edit`), generated from the section
 * registry (src/lib/sections.ts), the schemas (src/lib/schema/) and the word tables: no field is kept
 * by hand here. Decap talks to the local server (decap-server's git backend, `proxy`); every change
 * goes through the editorial workflow (draft, review, publish) on its own branch.
 */
import { editorCollections } from './collections';

export interface DecapConfigOptions {
  /** The local server's API, e.g. http://localhost:4330/api/v1. */
  proxyUrl: string;
  /** The branch published entries are committed to. */
  branch: string;
}

export function decapConfig({ proxyUrl, branch }: DecapConfigOptions) {
  return {
    backend: { name: 'proxy', proxy_url: proxyUrl, branch },
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    load_config_file: false,
    // The media library's own folder (images site.yaml uses); entries keep their photos beside them.
    media_folder: 'src/content/images',
    public_folder: './images',
    // Unicode: a Chinese name gives a Chinese file name rather than an empty one (see ./collections.ts).
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: editorCollections(),
  };
}
