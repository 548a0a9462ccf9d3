/**
 * `npm run bench [-- --shops N --activities N --stories N --guides N --seed N --keep]`: the build at
 * market scale. Generates synthetic content (scripts/lib/synthetic-content.ts) in a temporary folder
 * (never src/content/), builds it with the steps of `npm run build` (scripts/lib/build-steps.ts: Astro,
 * Pagefind, then the completeness check, each a child process with its settings), and prints the figures SITE.md
 * budgets: time per page, peak memory, page and index sizes, the first search's bytes. It builds straight
into its own folder (node_modules/.cache/bench/dist), without the staging and publishing of
`npm run build`, but with all its steps, the completeness check included.
 * Over-budget figures are reported, not failed: the exit code is 0 whenever the build itself worked.
 * Defaults: 6,000 shops, with 1,000 activities, 200 stories and 100 guides scaled to the shop count.
 *
 * Peak memory is each step's maximum resident set size from /usr/bin/time: the largest process of the
 * step (Astro is one Node process; for Pagefind, its Rust binary under the npm wrapper). The steps run
 * one after the other, so the build's peak is the largest of them. MB here are 1024 × 1024 bytes.
 * Timings depend on what else the machine is doing: the load average is printed with them.
 *
 * What the memory is, at market scale (20,877 pages; profiled with heap snapshots, process.memoryUsage()
 * and /proc/<pid>/smaps): in Astro, about 220 MB of V8 heap is live while pages are written (Astro's
 * content data store twice — the content layer's own copy and the bundled module with its 20 MB source
 * and 18 MB JSON text — plus code and three 16 MB WebAssembly memories); V8 lets the heap grow to about
 * twice that, and Rolldown's allocator kept ~450 MB after bundling. Our own loadSite() cache and the
 * pages themselves hold little (a page's HTML is written and dropped). In Pagefind, memory grows with the
 * indexed words: it keeps every page's word map twice (as read, and regrouped by language) plus the index,
 * about 100 KB per indexed page, more for Chinese pages. See scripts/lib/build-steps.ts for the settings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildSteps, isolatedBuildEnv, stepEnv, type BuildStep } from './lib/build-steps.ts';
import { measureFirstSearch } from './lib/first-search.ts';
import { generateSyntheticContent, MARKET_SCALE } from './lib/synthetic-content.ts';
import { sectionOfCollection } from '../src/lib/sections.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    shops: { type: 'string', default: String(MARKET_SCALE.shops) },
    activities: { type: 'string' },
    stories: { type: 'string' },
    guides: { type: 'string' },
    seed: { type: 'string' },
    query: { type: 'string', default: '琥珀' },
    keep: { type: 'boolean', default: false },
  },
});
const count = (value: string | undefined) => (value === undefined ? undefined : Math.max(0, Number.parseInt(value, 10)));
const shops = count(values.shops)!;
if (!Number.isFinite(shops) || shops < 1) {
  console.error('--shops must be a positive number');
  process.exit(2);
}

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(1)} MB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)).filter((file) => statSync(file).isFile());
const sizeOf = (dir: string) => filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);

// 1. Content, in the system's temporary folder.
const contentDir = mkdtempSync(path.join(tmpdir(), 'yuyuan-bench-content-'));
const generatedAt = performance.now();
const counts = generateSyntheticContent(contentDir, {
  shops,
  activities: count(values.activities),
  stories: count(values.stories),
  guides: count(values.guides),
  seed: count(values.seed),
  today: new Date(),
});
const generateSeconds = (performance.now() - generatedAt) / 1000;
console.log(
  `Synthetic content: ${counts.shops} shops, ${counts.activities} activities, ${counts.stories} stories, ${counts.guides} guides ` +
    `(+ ${counts.branches} branches, ${counts.markets} markets) in ${contentDir} (${generateSeconds.toFixed(1)} s)`,
);

// 2. The build. The out dir is inside the project: Astro puts intermediate files next to an out dir
// within the working folder (a shared ./.astro/ otherwise). Only the last run is kept.
const work = path.join(root, 'node_modules/.cache/bench');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const outDir = path.join(work, 'dist');
const env = { ...process.env, ...isolatedBuildEnv(work, contentDir) };
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Measured {
  label: string;
  seconds: number;
  /** User + system CPU time: less affected than `seconds` by other work on the machine. */
  cpuSeconds?: number;
  peakBytes?: number;
}
function run(step: BuildStep): Measured {
  console.log(`${step.label}…`);
  const command = timeBin ? [timeBin, '-v', process.execPath, ...step.nodeArgs] : [process.execPath, ...step.nodeArgs];
  mkdirSync(step.cwd, { recursive: true });
  const started = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { cwd: step.cwd, env: stepEnv(step, env), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  // /usr/bin/time -v appends its report to the step's stderr.
  const timing = timeBin ? /(?:^|\n)(?:Command (?:exited|terminated)[^\n]*\n)?\tCommand being timed:[\s\S]*$/.exec(result.stderr ?? '') : null;
  const stderr = timing ? result.stderr.slice(0, timing.index) : result.stderr;
  const figure = (name: string) => new RegExp(`${name}: ([\\d.]+)`).exec(timing?.[0] ?? '')?.[1];
  if (result.status !== 0) {
    const rss = figure('Maximum resident set size \\(kbytes\\)');
    console.error(
      `${step.label} failed (exit ${result.status}${result.signal ? `, ${result.signal}` : ''}${rss ? `, peak ${mb(Number(rss) * KB)}` : ''}), the end of its output:\n` +
        `${result.stdout}\n${stderr}`.trimEnd().split('\n').slice(-40).join('\n'),
    );
    if (values.keep) console.error(`Kept: content ${contentDir}`);
    else rmSync(contentDir, { recursive: true, force: true });
    process.exit(1);
  }
  const [user, system, rss] = [figure('User time \\(seconds\\)'), figure('System time \\(seconds\\)'), figure('Maximum resident set size \\(kbytes\\)')];
  return {
    label: step.label,
    seconds,
    cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
    peakBytes: rss ? Number(rss) * KB : undefined,
  };
}
const loadBefore = loadavg()[0]!;
const steps = buildSteps(outDir).map(run);

// 3. The figures.
const htmlFiles = filesUnder(outDir).filter((file) => file.endsWith('.html') && !file.startsWith(path.join(outDir, 'pagefind')));
const pages = htmlFiles.length;
const totalSeconds = steps.reduce((sum, step) => sum + step.seconds, 0);
const measuredPeaks = steps.filter((step) => step.peakBytes !== undefined);
const highest = measuredPeaks.length === steps.length ? measuredPeaks.reduce((a, b) => (b.peakBytes! > a.peakBytes! ? b : a)) : undefined;
const peak = highest?.peakBytes;
const perPage = (seconds: number) => `${((seconds * 1000) / pages).toFixed(2)} ms/page`;
const peakOf = (bytes: number | undefined) => (bytes === undefined ? 'peak n/a (no /usr/bin/time)' : `peak ${mb(bytes)}`);

const shopPages = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(dir, entry.name, 'index.html'))
        .filter(existsSync)
    : [];
const largestOf = (files: string[]) => files.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes)[0];
const largestShop = largestOf(shopPages(path.join(outDir, sectionOfCollection.merchants)));
const largestShopEn = largestOf(shopPages(path.join(outDir, 'en/merchants')));

/** The JavaScript a page can load: its scripts, islands and renderers, and what they import, transitively. */
function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g)].map((match) => path.join(outDir, match[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.\.?\/[^"']+\.js)["']/g)) queue.push(path.resolve(path.dirname(file), match[1]!));
  }
  return [...seen];
}
const directory = path.join(outDir, 'merchants/index.html');
const directoryScripts = scriptsOf(directory);
const directoryJsGz = directoryScripts.reduce((sum, file) => sum + gz(file), 0);
const directoryJsRaw = directoryScripts.reduce((sum, file) => sum + statSync(file).size, 0);
const astroDir = path.join(outDir, '_astro');
const chunk = (pattern: RegExp) => readdirSync(astroDir).filter((file) => pattern.test(file)).map((file) => path.join(astroDir, file));
const island = chunk(/^MerchantFilter\..*\.js$/)[0];
const reactRuntime = chunk(/^(client|react-dom|react|index)\..*\.js$/);
const reactRuntimeGz = reactRuntime.reduce((sum, file) => sum + gz(file), 0);
const pagefindDir = path.join(outDir, 'pagefind');
const pagefindFiles = filesUnder(pagefindDir);
const firstSearch = await measureFirstSearch(outDir, values.query);

const rows: [string, string][] = [
  ['pages (HTML files)', String(pages)],
  ...steps.map(({ label, seconds, cpuSeconds, peakBytes }): [string, string] => [
    label,
    `${seconds.toFixed(1)} s, ${perPage(seconds)}${cpuSeconds === undefined ? '' : ` (CPU ${cpuSeconds.toFixed(1)} s)`}, ${peakOf(peakBytes)}`,
  ]),
  ['full build', `${totalSeconds.toFixed(1)} s, ${perPage(totalSeconds)}, ${peakOf(peak)}${highest ? ` (${highest.label})` : ''}`],
  ['dist size', `${mb(sizeOf(outDir))} in ${filesUnder(outDir).length} files`],
  ['largest shop page HTML', largestShop ? `${kb(largestShop.bytes)} (${kb(gz(largestShop.file))} gz) ${path.relative(outDir, largestShop.file)}` : 'n/a'],
  ['largest English shop page', largestShopEn ? `${kb(largestShopEn.bytes)} (${kb(gz(largestShopEn.file))} gz) ${path.relative(outDir, largestShopEn.file)}` : 'n/a'],
  ['directory page HTML', `${kb(statSync(directory).size)} (${kb(gz(directory))} gz) merchants/index.html`],
  ['directory page JS', `${kb(directoryJsRaw)} (${kb(directoryJsGz)} gz) in ${directoryScripts.length} files: ${directoryScripts.map((file) => path.basename(file)).join(', ')}`],
  ['  MerchantFilter island', island ? `${kb(statSync(island).size)} (${kb(gz(island))} gz)` : 'n/a'],
  ['  React runtime', `${kb(reactRuntimeGz)} gz: ${reactRuntime.map((file) => path.basename(file)).join(', ')}`],
  ['Pagefind index', `${mb(sizeOf(pagefindDir))} in ${pagefindFiles.length} files`],
  ['first search', `${kb(firstSearch.total)} for “${firstSearch.query}” (${firstSearch.results} results) in ${firstSearch.rows.length} files`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nBenchmark: ${counts.shops} shops, ${counts.activities} activities, ${counts.stories} stories, ${counts.guides} guides`);
console.log(
  `Machine: ${availableParallelism()} cores, ${mb(totalmem())} RAM, Node ${process.version} (budgets assume 2 cores); ` +
    `load average ${loadBefore.toFixed(1)} when the build started (other work on the machine slows the timings, not the memory)`,
);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);

const atScale = counts.shops >= MARKET_SCALE.shops;
const budgets: [string, number | undefined, number, (value: number) => string][] = [
  ['full build ms/page ≤ 15', (totalSeconds * 1000) / pages, 15, (value) => `${value.toFixed(2)} ms`],
  [`peak memory ≤ 1 GiB${highest ? ` (${highest.label})` : ''}`, peak, KB * KB * KB, mb],
  ['shop page HTML ≤ 30 KB', largestShop ? Math.max(largestShop.bytes, largestShopEn?.bytes ?? 0) : undefined, 30 * KB, kb],
  [`first search ≤ 300 KB${atScale ? '' : ' (budget is at market scale)'}`, firstSearch.total, 300 * KB, kb],
  ['island ≤ 30 KB gz (MerchantFilter)', island ? gz(island) : undefined, 30 * KB, kb],
];
console.log('\nBudgets (SITE.md):');
for (const [label, value, limit, show] of budgets) {
  const verdict = value === undefined ? 'n/a ' : value <= limit ? 'OK  ' : 'OVER';
  console.log(`  ${verdict}  ${label.padEnd(50)} ${value === undefined ? 'not measured' : show(value)}`);
}
const over = budgets.filter(([, value, limit]) => value !== undefined && value > limit).map(([label]) => label);
console.log(over.length ? `\nOver budget: ${over.join('; ')}` : '\nAll measured figures are within budget.');
if (!atScale) console.log(`(A quick run: the budgets are for ${MARKET_SCALE.shops} shops; run \`npm run bench\` for market scale.)`);

if (values.keep) console.log(`\nKept: content ${contentDir}, site ${outDir}`);
else rmSync(contentDir, { recursive: true, force: true });
console.log(`Built site left in ${path.relative(root, outDir)} (removed by the next run).`);
