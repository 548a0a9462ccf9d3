/**
 * The form editor's page (`npm run edit`): Decap CMS, bundled from npm, in Simplified Chinese, with
 * the configuration the local server generates from the schemas (src/lib/editor/), each entry's preview
 * laid out like its page in the site's own stylesheet, bilingual fields side by side, and the site's
 * MDX blocks in the body editor.
 */
import CMS from 'decap-cms-app';
import siteCss from '@/styles/global.css?inline';
import { relativeImagePath } from '@/lib/editor/image-path';
import { bilingualCss, bilingualFieldNames } from './bilingual-layout';
import { bodyBlocks } from './body-blocks';
import { EntryPreview } from './entry-preview';
import { editorLocale } from './locale';

CMS.registerLocale('zh_Hans', editorLocale);
CMS.registerPreviewStyle(siteCss, { raw: true });
for (const block of bodyBlocks) CMS.registerEditorComponent(block);
CMS.registerWidgetValueSerializer('image', relativeImagePath);

const config = await (await fetch('./config.json')).json();
const layout = document.createElement('style');
layout.textContent = bilingualCss(bilingualFieldNames(config.collections));
document.head.append(layout);
for (const collection of config.collections as { name: string; folder?: string }[]) if (collection.folder) CMS.registerPreviewTemplate(collection.name, EntryPreview);
CMS.init({ config });
