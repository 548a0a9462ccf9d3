/**
 * The Chinese words of a name, for the English search index: Pagefind splits English pages at
 * spaces, so the Chinese name on an English shop page (上海琥珀屋) is one long word there, found by
 * its start (上海) but not by 琥珀. Giving the index the name's words lets a visitor type any part
 * of the name from the shop sign. Build time only.
 */
import { HAN, HAN_CHARACTER } from '@/lib/text/han';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a Chinese name: its dictionary words (Intl.Segmenter), then every two-character
 * window of each run of Han characters: 上海琥珀屋 → 上海 琥珀 屋 海琥 珀屋. Each word once, in that
 * order; the whole name is not repeated (the page shows it).
 */
export function nameWordTerms(name: string): string[] {
  const terms = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(name)) {
    if (isWordLike && HAN.test(segment) && segment !== name) terms.add(segment);
  }
  for (const run of name.match(new RegExp(`${HAN_CHARACTER}+`, 'gu')) ?? []) {
    const chars = [...run];
    for (let start = 0; start + 2 <= chars.length; start += 1) {
      const window = chars.slice(start, start + 2).join('');
      if (window !== name) terms.add(window);
    }
  }
  return [...terms];
}
