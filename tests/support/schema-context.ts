/**
 * Stand-ins for the two helpers Astro passes to schemas, so collection schemas can be parsed in a
 * unit test. `reference` returns the same { id, collection } shape as Astro's; whether the entry
 * exists is checked by src/lib/content/integrity.ts (tested on its own) and by the build tests.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../src/lib/schema/collections';

export const reference = (collection: CollectionName) => z.string().transform((id) => ({ id, collection }));
export const image = () => z.string();
