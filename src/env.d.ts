/// <reference types="astro/client" />

// A module, so the declaration below adds to Astro's types instead of replacing them.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the enclosing <details> opens (see src/lib/islands/client-open.ts). */
    'client:open'?: boolean;
  }
}
