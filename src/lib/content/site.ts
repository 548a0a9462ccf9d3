/**
 * The one way pages read content: every collection loaded once, checked across entries in `astro dev`
 * (a build checked everything before loading), and linked in both directions.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { ContentProblemError } from './problems';
import { findIntegrityProblems, type EntryRecord } from './integrity';
import { entryIdsBySection, findBrokenEntryLinks } from './body-checks';
import { splitSource } from './frontmatter';
import { contentDir } from '../env';
import { missingProsePages } from '../prose-pages';
import { adjacent, ancestors, backlinks, resolve } from './relations';
import { GUIDE_SECTIONS } from '../schema/collections';
import { countFacets, type Faceted } from '../facets';
import { COLLECTION_NAMES, type CollectionName } from '../sections';

export type Branch = CollectionEntry<'branches'>;
export type Market = CollectionEntry<'markets'>;
export type Merchant = CollectionEntry<'merchants'>;
export type Story = CollectionEntry<'stories'>;
export type Activity = CollectionEntry<'activities'>;
export type Guide = CollectionEntry<'guides'>;
export type Page = CollectionEntry<'pages'>;
/**
 * The site data: src/content/site.yaml, the one entry of the `site` collection (the site's name, host,
 * area, figures, sources …). In the content graph it is `Site['site']`; a variable holding it alone is
 * called `siteData`, keeping `site` for the graph.
 */
export type SiteData = CollectionEntry<'site'>['data'];

// Newest first; stories of the same day in a fixed order, so previous/next links are stable.
const byDateDesc = (a: { id: string; data: { date: Date } }, b: { id: string; data: { date: Date } }) =>
  b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

/** Every collection's entries, by name (src/lib/sections.ts). */
type Entries = { [C in CollectionName]: CollectionEntry<C>[] };

async function load() {
  const entries = Object.fromEntries(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await getCollection(name)] as const))) as Entries;
  const { branches, markets, merchants, stories, activities, guides, pages } = entries;
  const siteEntries = await getCollection('site');
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('src/content/site.yaml is missing: the site cannot be built without its site data.');

  // A build has run all of check:content before loading anything (src/lib/content/loaders.ts,
  // checkWholeContent); `astro dev` checks each file as it changes, and the whole graph here.
  if (import.meta.env.DEV) {
    const records: EntryRecord[] = [...Object.values(entries).flat(), ...siteEntries];
    const problems = findIntegrityProblems(records, site.sources.map((source) => source.id));
    // Links in bodies to entries that do not exist (as check:content finds them, with the file's lines).
    const idsBySection = entryIdsBySection(records);
    for (const { filePath } of Object.values(entries).flat()) {
      if (!filePath) continue;
      const source = splitSource(filePath, readFileSync(filePath, 'utf8'));
      problems.push(...findBrokenEntryLinks(filePath, source.body, source.bodyStartLine, idsBySection));
    }
    // Each prose page in both languages.
    problems.push(...missingProsePages(pages.map((page) => page.id), contentDir()));
    if (problems.length > 0) throw new ContentProblemError(problems);
  }

  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.id, entry]));
  const branchById = byId(branches);
  const marketById = byId(markets);
  const merchantById = byId(merchants);
  const storyById = byId(stories);
  const activityById = byId(activities);

  stories.sort(byDateDesc);
  merchants.sort((a, b) => b.data.honours.length - a.data.honours.length || a.data.name.localeCompare(b.data.name, 'zh-CN'));
  branches.sort((a, b) => ancestors(a, parentOf).length - ancestors(b, parentOf).length || a.data.name.localeCompare(b.data.name, 'zh-CN'));
  guides.sort((a, b) => GUIDE_SECTIONS.indexOf(a.data.section) - GUIDE_SECTIONS.indexOf(b.data.section) || a.data.order - b.data.order);

  function parentOf(branch: Branch): Branch | undefined {
    return branch.data.parent ? branchById.get(branch.data.parent.id) : undefined;
  }

  let facetCounts: ReturnType<typeof countFacets> | undefined;
  const rankOf = new Map(merchants.map((merchant, index) => [merchant.id, index + 1]));
  const storiesByMerchant = backlinks(stories, (story) => story.data.merchants);
  const storiesByBranch = backlinks(stories, (story) => story.data.branches);
  const activitiesByMerchant = backlinks(activities, (activity) => activity.data.merchants);
  const activitiesByStory = backlinks(activities, (activity) => activity.data.stories);
  const activitiesByBranch = backlinks(activities, (activity) => activity.data.organiser);
  const merchantsByBranch = backlinks(merchants, (merchant) => merchant.data.branch);

  /** The directory's facet values of a shop (display names, as the filter and search show them). */
  function facetsOf(merchant: Merchant): Faceted['facets'] {
    const market = merchant.data.place ? marketById.get(merchant.data.place.market.id) : undefined;
    const branch = merchant.data.branch ? branchById.get(merchant.data.branch.id) : undefined;
    return {
      category: merchant.data.category ? [merchant.data.category] : [],
      market: market ? [market.data.name] : [],
      honour: merchant.data.honours.map((honour) => honour.kind),
      branch: branch ? [branch.data.name] : [],
    };
  }
  const childrenByBranch = backlinks(branches, (branch) => branch.data.parent);
  const guidesByActivity = backlinks(guides, (guide) => guide.data.activities);

  return {
    site,
    ...entries,
    branch: {
      parent: parentOf,
      ancestors: (branch: Branch) => ancestors(branch, parentOf),
      children: (branch: Branch) => childrenByBranch.get(branch.id) ?? [],
      merchants: (branch: Branch) => merchantsByBranch.get(branch.id) ?? [],
      activities: (branch: Branch) => activitiesByBranch.get(branch.id) ?? [],
      stories: (branch: Branch) => storiesByBranch.get(branch.id) ?? [],
    },
    merchant: {
      branch: (merchant: Merchant) => (merchant.data.branch ? branchById.get(merchant.data.branch.id) : undefined),
      market: (merchant: Merchant) => (merchant.data.place ? marketById.get(merchant.data.place.market.id) : undefined),
      facets: facetsOf,
      /** Every facet value with its number of shops: the same for every directory page, so worked out once. */
      facetCounts: () => (facetCounts ??= countFacets(merchants.map((merchant) => ({ id: merchant.id, facets: facetsOf(merchant) })))),
      /** Place in the directory's order, 1 first: also the search sort key. */
      rank: (merchant: Merchant) => rankOf.get(merchant.id)!,
      stories: (merchant: Merchant) => storiesByMerchant.get(merchant.id) ?? [],
      activities: (merchant: Merchant) => activitiesByMerchant.get(merchant.id) ?? [],
    },
    story: {
      merchants: (story: Story) => resolve(story.data.merchants, merchantById),
      branches: (story: Story) => resolve(story.data.branches, branchById),
      activities: (story: Story) => activitiesByStory.get(story.id) ?? [],
      /** The newer (prev) and older (next) story. */
      adjacent: (story: Story) => adjacent(stories, story.id),
    },
    activity: {
      organiser: (activity: Activity) => (activity.data.organiser ? branchById.get(activity.data.organiser.id) : undefined),
      merchants: (activity: Activity) => resolve(activity.data.merchants, merchantById),
      stories: (activity: Activity) => resolve(activity.data.stories, storyById),
      guides: (activity: Activity) => guidesByActivity.get(activity.id) ?? [],
    },
    guide: {
      activities: (guide: Guide) => resolve(guide.data.activities, activityById),
    },
    source: (id: string) => site.sources.find((source) => source.id === id),
  };
}

/**
 * The loaded content graph: every collection in its display order, each entry's related entries
 * (`site.merchant.stories(merchant)`, `site.branch.ancestors(branch)` …), a source by its id
 * (`site.source(id)`), and the site data as `site.site` (SiteData). What loadSite() returns.
 */
export type Site = Awaited<ReturnType<typeof load>>;

let loaded: Promise<Site> | undefined;

/**
 * Loads and checks all content once per build. Routes (src/pages/), page components (src/components/pages/,
 * MerchantDirectory) and the layout call this, once each; other components get what they show from their page.
 */
export function loadSite(): Promise<Site> {
  // In dev, content changes while the server runs: load afresh each time.
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
