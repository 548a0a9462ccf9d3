/** `client:open`: hydrate an island when the <details> around it opens (no JavaScript before that). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export const clientOpenDirective: AstroIntegration = {
  name: 'client-open-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'open', entrypoint: fileURLToPath(new URL('../lib/islands/client-open.ts', import.meta.url)) });
    },
  },
};
