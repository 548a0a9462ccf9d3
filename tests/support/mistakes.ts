/**
 * Mistakes an editor makes, as edits of the basics fixture, shared by the tests that need the same
 * one (the same edits give the same build, built once per run).
 */
import type { Edits } from './build';

/**
 * Two mistakes at once, each a kind Astro alone would let through: a shop whose branch is misspelt
 * (a reference to an entry that does not exist, which Astro only logs) and the English privacy
 * notice deleted (its page would be missing). The build must stop and name both.
 */
export const brokenContent: Edits = {
  'merchants/test-shop.md': (text) => text.replace('branch: test-zhibu', 'branch: test-zhibuu'),
  'pages/en/privacy.md': null,
};

/**
 * MDX that would run code as the site is built: read a file of the build machine into the page, and
 * end the build early with exit status 0 (a site with pages missing, published as a success).
 * The build must stop before either runs, and leave the published site as it was
 * (tests/basics/build-script.test.ts).
 */
export const codeInContent: Edits = {
  'stories/test-story.mdx': (text) =>
    text.replace('## 小标题', "import fs from 'node:fs'\n\n## 小标题\n\n<pre>{fs.readFileSync('/etc/hostname', 'utf8')}</pre>\n\n{globalThis.process.exit(0)}"),
};

