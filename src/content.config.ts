/**
 * The content collections. Schemas are composed in src/lib/schema/ (tested there);
 * loaders in src/lib/content/loaders.ts check every file as `npm run check:content` does, and refuse
 * files that are not entries (src/lib/content/collection-files.ts).
 * References between entries are checked in src/lib/content/integrity.ts: a missing one stops the build.
 */
import { defineCollection, reference } from 'astro:content';
import { checkedGlob, siteDataLoader } from './lib/content/loaders';
import { activitySchema, branchSchema, guideSchema, marketSchema, merchantSchema, pageSchema, siteSchema, storySchema } from './lib/schema/collections';

export const collections = {
  branches: defineCollection({ loader: checkedGlob('branches'), schema: branchSchema({ reference }) }),
  markets: defineCollection({ loader: checkedGlob('markets'), schema: marketSchema() }),
  merchants: defineCollection({ loader: checkedGlob('merchants'), schema: ({ image }) => merchantSchema({ reference, image }) }),
  stories: defineCollection({ loader: checkedGlob('stories'), schema: ({ image }) => storySchema({ reference, image }) }),
  activities: defineCollection({ loader: checkedGlob('activities'), schema: ({ image }) => activitySchema({ reference, image }) }),
  guides: defineCollection({ loader: checkedGlob('guides'), schema: guideSchema({ reference }) }),
  // Prose pages editors keep (the visitor guide): pages/<id>.md in Chinese, pages/en/<id>.md in English.
  pages: defineCollection({ loader: checkedGlob('pages'), schema: pageSchema() }),
  site: defineCollection({ loader: siteDataLoader(), schema: ({ image }) => siteSchema({ image }) }),
};
