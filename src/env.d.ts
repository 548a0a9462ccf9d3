/// <reference types="astro/client" />

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the enclosing <details> opens (see src/lib/islands/client-open.ts). */
    'client:open'?: boolean;
  }
}
