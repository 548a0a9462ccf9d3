/**
 * npm run deploy:headers — writes deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf
 * from src/lib/security-headers.ts and the Content-Security-Policy of the built site in dist/ (its
 * pages carry the hashes of the site's scripts and styles). Run it after `npm run build` whenever a
 * script, a style or that module changed; tests/market-sample/csp.test.ts fails while the files are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtSitePolicy, deployFiles } from '@/lib/security-headers.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
for (const [name, text] of Object.entries(deployFiles(builtSitePolicy(dist)))) {
  const file = fileURLToPath(new URL(`../deploy/${name}`, import.meta.url));
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
