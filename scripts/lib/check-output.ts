/**
 * The last step of `npm run build` (./build-steps.ts): is the site built into <site> complete? It has
 * the files every build makes and a page for every entry of the content, in each of its languages
 * (src/lib/expected-pages.ts; the content is YUYUAN_CONTENT_DIR's, or src/content/, as for Astro).
 * Prints what is missing (the first ITEMS_SHOWN, and how many) and exits 1; one line and 0 when complete.
 * An Astro build can end with status 0 and an incomplete site (a page's code calling process.exit(0)),
 * so the exit status of the steps before is not enough.
 *
 * Usage: node scripts/lib/check-output.ts <site> (the project's Node: what it imports names its files with .ts).
 */
import path from 'node:path';
import { missingEntryPages, missingRequiredFiles, REQUIRED_FILES } from '../../src/lib/expected-pages.ts';
import { projectRoot } from './build-steps.ts';
import { contentDir as contentDirSetting } from '../../src/lib/env.ts';

/** How many missing files and pages are listed; the count says how many there are in all. */
const ITEMS_SHOWN = 20;

const site = process.argv[2];
if (!site) {
  console.error('usage: node scripts/lib/check-output.ts <site>');
  process.exit(2);
}
const contentDir = path.resolve(projectRoot, contentDirSetting());
const files = missingRequiredFiles(site);
const pages = missingEntryPages(site, contentDir);
if (files.length || pages.length) {
  const items = [...files.map((file) => `${file}: 没有这个文件（no such file）`), ...pages];
  console.error(
    `✖ 构建结果不完整：缺少 ${files.length} 个文件、${pages.length} 个页面` +
      `（the built site is incomplete: ${files.length} file(s) and ${pages.length} page(s) missing, in ${site}）`,
  );
  for (const item of items.slice(0, ITEMS_SHOWN)) console.error(`  ${item}`);
  if (items.length > ITEMS_SHOWN) console.error(`  …另有 ${items.length - ITEMS_SHOWN} 项（and ${items.length - ITEMS_SHOWN} more）`);
  process.exit(1);
}
console.log(`✔ 构建结果完整（the built site is complete: every entry's page and the ${REQUIRED_FILES.length} files every build has）`);
