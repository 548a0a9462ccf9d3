/**
 * npm run deploy:headers — writes deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf
 * from src/lib/security-headers.ts, the one place the site's security headers are decided.
 * Run it after changing that file; tests/build/csp.test.ts fails while the files are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deployFiles } from '../src/lib/security-headers.ts';

for (const [name, text] of Object.entries(deployFiles())) {
  const file = fileURLToPath(new URL(`../deploy/${name}`, import.meta.url));
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
