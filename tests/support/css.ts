/** Reading a built page's CSS, for tests of print styles. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';

/** The page's CSS: its inline <style> elements and the stylesheets it links from the build. */
export function pageCss($page: CheerioAPI, outDir: string): string {
  const inline = $page('style').map((_, element) => $page(element).text()).get();
  const linked = $page('link[rel="stylesheet"]').map((_, element) => readFileSync(path.join(outDir, $page(element).attr('href')!), 'utf8')).get();
  return [...inline, ...linked].join('\n');
}

/** The @media print blocks of a stylesheet (braces balanced, as minified CSS nests them). */
export function printBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const match of text.matchAll(/@media\s+print\s*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0 && end < text.length; end++) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
    }
    blocks.push(text.slice(match.index, end));
  }
  return blocks;
}
