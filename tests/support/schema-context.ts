/** The stand-ins for Astro's `reference` and `image` live in src/lib/content/schema-context.ts (one copy, also used by `npm run check:content`). */
export { image, reference } from '@/lib/content/schema-context';
