/**
 * `npm run lighthouse [-- <dist>]`: Lighthouse (mobile preset, the default config) on every page type of
 * the built site, served from a tiny local static server, in the system Chromium (/usr/bin/chromium or
 * CHROMIUM_PATH). Prints the four category scores per page and the audits below full score.
 * SITE.md asks for 100 in all four on every page type. Run `npm run build` first.
 * Reports, never fails: the exit code is 0 unless Chromium or the server cannot start.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const dist = path.resolve(process.argv[2] ?? 'dist');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  '/',
  '/about/',
  '/branches/',
  '/branches/shichang-dangzongzhi/',
  '/merchants/',
  '/merchants/cuige-zhubao/',
  '/merchants/cuige-zhubao/placard/',
  '/stories/',
  '/stories/feng-jinlai-shiba-nian/',
  '/activities/',
  '/activities/weimin-fuwu-ri/',
  '/learn/',
  '/learn/wangdian-kaidian/',
  '/search/',
  '/en/',
  '/en/merchants/cuige-zhubao/',
  '/visit/',
  '/privacy/',
  '/accessibility/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** dist/ as a static host serves it: /a/ → /a/index.html, 404 → /404.html. */
const server = createServer((request, response) => {
  const url = decodeURIComponent((request.url ?? '/').split('?')[0]!);
  let file = path.join(dist, url);
  if (!file.startsWith(dist)) file = dist;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!existsSync(file) || !statSync(file).isFile()) {
    status = 404;
    file = path.join(dist, '404.html');
  }
  response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

interface Row {
  page: string;
  scores: (number | undefined)[];
  failing: string[];
}
const rows: Row[] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) {
      rows.push({ page, scores: [], failing: ['(no result)'] });
      continue;
    }
    const scores = CATEGORIES.map((id) => (lhr.categories[id]?.score == null ? undefined : Math.round(lhr.categories[id]!.score! * 100)));
    // Audits that count towards a category score and did not get full marks, worst first.
    const weighted = new Set(CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
    const failing = Object.values(lhr.audits)
      .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    if (lhr.runtimeError) failing.unshift(`runtime error: ${lhr.runtimeError.code}`);
    rows.push({ page, scores, failing });
    console.error(`  ${page}: ${scores.map((score) => score ?? '–').join(' / ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

const width = Math.max(...PAGES.map((page) => page.length));
const cell = (score: number | undefined) => String(score ?? '–').padStart(5);
console.log(`\nLighthouse (mobile preset) on ${dist}\n`);
console.log(`${'page'.padEnd(width)}  perf  a11y  best   seo`);
for (const { page, scores } of rows) console.log(`${page.padEnd(width)} ${scores.map(cell).join(' ')}`);
const notPerfect = rows.filter((row) => row.failing.length > 0 || row.scores.some((score) => score !== 100));
if (notPerfect.length) {
  console.log('\nAudits below full score (weighted ones), per page:');
  for (const { page, failing } of notPerfect) console.log(`  ${page}: ${failing.slice(0, 6).join('; ') || '(none)'}`);
} else console.log('\nEvery page type scores 100 in all four categories.');
