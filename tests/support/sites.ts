/**
 * Every site the tests build, named once: tests ask for them by these names, and `npm test` asks the
 * builder for all of them as the run starts (tests/support/global-setup.ts), so that builds run from
 * the first second on while the tests start, and are ready, or nearly, when a test wants one.
 */
import { contentCopy, realContent, type Edits, type SiteOptions } from './build';
import { editLikeAnEditor } from './editor-edits';
import { brokenContent } from './mistakes';

export const basics: SiteOptions = { content: 'basics' };
export const marketSample: SiteOptions = { content: 'market-sample' };
export const realSite: SiteOptions = { content: realContent };

const categories = ['琥珀', '珠宝', '雨具'];
const extraShops: Edits = Object.fromEntries(
  Array.from({ length: 28 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const honours = i % 2 === 0 ? '\nhonours:\n  - kind: 文明诚信经营户' : '';
    return [
      `merchants/shop-${n}.md`,
      `---\nname: 测试商户${n}\ncategory: ${categories[i % 3]}\nbranch: test-zhibu${honours}\nsummary: { zh: 用于分页测试的第${n}家商户。 }\nsource: { source: test-source }\n---\n`,
    ];
  }),
);
/** The basics fixture's two shops and 28 more: 30 shops, two directory pages of 24. */
export const directoryPages: SiteOptions = { edits: extraShops };

/** The basics fixture with two mistakes the build must stop on (./mistakes.ts). */
export const brokenSite: SiteOptions = { edits: brokenContent };

/** A copy of the real content changed as an editor changes it (./editor-edits.ts): its folder, the changes and the site. */
export function editedRealContent() {
  const dir = contentCopy(realContent);
  const done = editLikeAnEditor(dir);
  return { dir, done, site: { content: dir } satisfies SiteOptions };
}

/** The builds of a full run, those the most tests wait for first. */
export function everyBuild(): SiteOptions[] {
  return [marketSample, realSite, basics, directoryPages, editedRealContent().site, brokenSite];
}
