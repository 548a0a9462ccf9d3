/**
 * The content collections: one per name in src/lib/sections.ts, each with its schema
 * (src/lib/schema/collection-schemas.ts) and a loader (src/lib/content/loaders.ts) that checks every
 * file as `npm run check:content` does and refuses files that are not entries; and the site data.
 * References between entries are checked in src/lib/content/integrity.ts: a missing one stops the build.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { checkedGlob, siteDataLoader } from './lib/content/loaders';
import { COLLECTION_NAMES, type CollectionName } from './lib/sections';
import { collectionSchemas } from './lib/schema/collection-schemas';
import { siteSchema } from './lib/schema/collections';

type Schemas = ReturnType<typeof collectionSchemas<ReturnType<SchemaContext['image']>>>;

// Built in a loop, typed per name (Astro types each collection's entries from its schema's type).
const contentCollections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: checkedGlob(name), schema: ({ image }) => collectionSchemas({ reference, image })[name] })]),
) as { [C in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => Schemas[C] } };

export const collections = {
  ...contentCollections,
  site: defineCollection({ loader: siteDataLoader(), schema: ({ image }) => siteSchema({ image }) }),
};
