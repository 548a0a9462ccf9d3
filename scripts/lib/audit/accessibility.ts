/**
 * The audit's accessibility rule: axe-core (WCAG 2.1 A and AA rules) in headless Chromium on one page
 * of each kind of the built site, served locally; skipped, and said so, where there is no Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const chromiumPath = (): string | undefined => [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((file): file is string => Boolean(file && existsSync(file)));

interface AxeResults {
  violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
}

/** "path: rule (impact): help, n elements" for each violation on each page. */
export async function accessibilityProblems(origin: string, paths: readonly string[], executablePath: string): Promise<string[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // Evaluated through the DevTools protocol, which no page's CSP blocks.
      await page.evaluate(axeSource);
      const results = await page.evaluate(
        (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        AXE_TAGS,
      );
      for (const violation of results.violations) problems.push(`${path}：${violation.id}（${violation.impact}）${violation.help}，${violation.nodes.length} 处，如 ${violation.nodes[0]?.target.join(' ') ?? ''}`);
    }
  } finally {
    await browser.close();
  }
  return problems;
}
