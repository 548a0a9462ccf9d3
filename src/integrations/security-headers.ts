/**
 * The security policy (src/lib/security-headers.ts). Astro writes the CSP into each page as a <meta>
 * at the end of <head>; a <meta> policy covers only what follows it, so it is moved to the top.
 * dist/_headers gives Netlify and Cloudflare Pages the HTTP headers, with the pages' own policy (as deploy/_headers).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspMetaFirst, netlifyHeaders, pagePolicyOf, sitePolicy } from '../lib/security-headers.ts';

export const securityHeaders: AstroIntegration = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      // A Set: every page has the same policy, and a match would keep its page's whole HTML alive.
      const policies = new Set<string>();
      for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.html')) continue;
        const html = readFileSync(path.join(root, file), 'utf8');
        const moved = cspMetaFirst(html);
        if (moved !== html) writeFileSync(path.join(root, file), moved);
        const policy = pagePolicyOf(html);
        if (policy) policies.add(policy);
      }
      writeFileSync(path.join(root, '_headers'), netlifyHeaders(sitePolicy([...policies])));
    },
  },
};
