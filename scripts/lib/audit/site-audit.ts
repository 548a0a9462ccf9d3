/**
 * `npm run audit` as a function: the content and the built site against the rules a public-website
 * inspection applies (updates, empty columns, names, page metadata, the official marks) and the
 * site's own (no request to another host, no broken link, accessibility), as report rules
 * (src/lib/audit/report.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { check as checkLinks, LinkState } from 'linkinator';
import type { AuditRule } from '@/lib/audit/report';
import { pageFindings } from '@/lib/audit/page-findings';
import { buildTime } from '@/lib/build-time';
import { checkContent } from '@/lib/content/check';
import { formatBilingual, type ContentProblem } from '@/lib/content/problems';
import { entryIdsOf, entryRoutes, PAGED_COLLECTIONS } from '@/lib/expected-pages';
import { siteUrl } from '@/lib/env';
import { pathTo } from '@/lib/routes';
import { SECTION_NAMES, sectionOfCollection } from '@/lib/sections';
import { serveStatic } from '../static-server.ts';
import { accessibilityProblems, chromiumPath } from './accessibility.ts';

const line = (problem: ContentProblem) => `${problem.file}${problem.line ? `:${problem.line}` : ''} ${formatBilingual(problem.problem).split('（')[0]}`;

/** The built pages: every index.html but Pagefind's, as site paths. */
function builtPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

export async function auditSite({ contentDir, outDir }: { contentDir: string; outDir: string }): Promise<AuditRule[]> {
  const { errors, warnings } = checkContent(contentDir, { now: buildTime });
  const byCode = (codes: string[]) => ({
    errors: errors.filter((problem) => codes.includes(problem.code)).map(line),
    warnings: warnings.filter((problem) => codes.includes(problem.code)).map(line),
  });
  const inspection = ['stale-section', 'empty-section', 'placeholder-text', 'misspelt-name'];
  const site = (parseYaml(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) ?? {}) as { registration?: { siteCode?: string; partyGovMark?: unknown } };
  const marks = [site.registration?.partyGovMark ? '党政机关网站标识已设置' : '党政机关网站标识未设置', site.registration?.siteCode ? `网站标识码 ${site.registration.siteCode}` : '网站标识码未设置'];
  const rules: AuditRule[] = [
    { title: '首页和栏目按时更新', ...byCode(['stale-section']) },
    { title: '没有空栏目、没有“建设中”“暂无”', ...byCode(['empty-section', 'placeholder-text']) },
    { title: '人名、机构名和公众号名称写对', ...byCode(['misspelt-name']) },
    {
      title: '其余内容检查（npm run check:content）',
      errors: errors.filter((problem) => !inspection.includes(problem.code)).map(line),
      warnings: warnings.filter((problem) => !inspection.includes(problem.code)).map(line),
    },
  ];
  const official: AuditRule = { title: '党政机关网站标识和网站标识码', errors: [], warnings: [], note: `${marks.join('；')}：拿到后填在 site.yaml 的 registration 里，页脚才显示` };
  if (!existsSync(path.join(outDir, 'index.html'))) {
    rules.push(official, { title: '生成的网站', errors: [`${outDir} 里还没有生成的网站：先运行 npm run build`], warnings: [] });
    return rules;
  }

  const host = new URL(siteUrl()).host;
  const articles = new Set(PAGED_COLLECTIONS.flatMap((collection) => entryIdsOf(contentDir, collection).flatMap((id) => entryRoutes(collection, id))));
  const metadata: string[] = [];
  const thirdParty: string[] = [];
  const placeholders: string[] = [];
  for (const page of builtPages(outDir)) {
    const found = pageFindings(readFileSync(path.join(outDir, page, 'index.html'), 'utf8'), { host, article: articles.has(page), siteCode: site.registration?.siteCode });
    if (found.missingMetadata.length > 0) metadata.push(`${page}：缺少 ${found.missingMetadata.join('、')}`);
    for (const address of found.thirdParty) thirdParty.push(`${page}：${address}`);
    for (const word of found.placeholders) placeholders.push(`${page}：页面上有“${word}”`);
  }
  rules[1]!.errors.push(...placeholders);
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  if (site.registration?.partyGovMark && !home.includes('data-party-gov-mark')) official.errors.push('site.yaml 设置了党政机关网站标识，但首页页脚没有：请重新生成网站（npm run build）');
  if (site.registration?.siteCode && !home.includes(site.registration.siteCode)) official.errors.push('site.yaml 设置了网站标识码，但首页页脚没有：请重新生成网站（npm run build）');
  rules.push(
    { title: '页面元数据（SiteName、ColumnName、ArticleTitle 等）', errors: metadata, warnings: [] },
    official,
    { title: '不向其他网站请求任何东西', errors: thirdParty, warnings: [] },
  );

  const server = await serveStatic(outDir);
  try {
    const links = await checkLinks({ path: `${server.origin}/`, recurse: true, concurrency: 8, linksToSkip: async (link) => !link.startsWith(server.origin) });
    // Each broken address once, with the first page that links to it (the 404 page it gets links to itself too).
    const brokenByUrl = new Map(links.links.filter((link) => link.state === LinkState.BROKEN).reverse().map((link) => [link.url, link]));
    const broken = [...brokenByUrl.values()].reverse().map((link) => `${link.parent?.replace(server.origin, '') ?? ''} → ${link.url.replace(server.origin, '')}（${link.status ?? '无法打开'}）`);
    rules.push({ title: '站内链接都能打开', errors: broken, warnings: [], note: `检查了 ${links.links.filter((link) => link.state !== LinkState.SKIPPED).length} 个链接` });
    const browser = chromiumPath();
    if (!browser) {
      rules.push({ title: '无障碍（axe，WCAG 2.1 AA）', errors: [], warnings: [], note: '跳过：这台电脑没有 Chromium' });
    } else {
      const sample = samplePages(outDir, articles);
      rules.push({ title: '无障碍（axe，WCAG 2.1 AA）', errors: await accessibilityProblems(server.origin, sample, browser), warnings: [], note: `检查了 ${sample.length} 个页面` });
    }
  } finally {
    await server.close();
  }
  return rules;
}

/** One page of each kind: every section's own page (both languages where built) and the first entry page of each collection. */
function samplePages(outDir: string, articles: ReadonlySet<string>): string[] {
  const built = (page: string) => existsSync(path.join(outDir, page, 'index.html'));
  const sections = SECTION_NAMES.flatMap((section) => [pathTo(section), pathTo(section, undefined, 'en')]).filter(built);
  const firstEntries = PAGED_COLLECTIONS.flatMap((collection) => [...articles].filter((page) => page.startsWith(pathTo(sectionOfCollection[collection]))).slice(0, 1));
  return [...new Set([...sections, ...firstEntries])];
}
