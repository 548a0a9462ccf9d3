/**
 * Every collection's schema by name, built from the two helpers Astro passes (src/content.config.ts)
 * or their stand-ins (./../content/schema-context.ts: `npm run check:content`, the scaffolder, tests).
 * The one list of schemas: a new collection adds its factory here and its row in src/lib/sections.ts.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '@/lib/sections';
import type { ReferenceFn } from './fields';
import { activitySchema, branchSchema, guideSchema, marketSchema, merchantSchema, storySchema } from './collections';
import { pageSchema } from './site-data';

export function collectionSchemas<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return {
    branches: branchSchema({ reference }),
    markets: marketSchema(),
    merchants: merchantSchema({ reference, image }),
    stories: storySchema({ reference, image }),
    activities: activitySchema({ reference, image }),
    guides: guideSchema({ reference }),
    pages: pageSchema(),
  } satisfies Record<CollectionName, z.ZodType>;
}
