/**
 * Stand-ins for the two helpers Astro passes to schemas, so the collection schemas run without Astro
 * (unit tests, `npm run check:content`). `reference` returns the same { id, collection } shape as
 * Astro's; whether the entry exists is checked by ./integrity.ts. `image` keeps the path as written;
 * whether the file exists is checked by ./images.ts. Each carries a meta marker (`reference`: the target
 * collection; `format: 'image'`) that the editor's form configuration reads (src/lib/editor/).
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../sections';
import { requiredOrType } from '../schema/messages';

export const reference = (collection: CollectionName) =>
  z
    .string({ error: requiredOrType(`${collection} 中的编号`, `an id of ${collection}`) })
    .transform((id) => ({ id, collection }))
    .meta({ reference: collection });
export const image = () => z.string().meta({ format: 'image' });
