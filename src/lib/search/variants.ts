/**
 * The traditional → simplified map that search uses to read a query typed in traditional
 * characters (a visitor from Hong Kong or Taiwan, a phone set to traditional input): built from the
 * characters the site's own text uses, one character at a time, so it stays small (a few KB).
 * Pure: the converter is passed in (opencc-js at build time: src/pages/search-variants.json.ts).
 */
import { HAN } from '@/lib/text/han';

/** Gives the traditional forms of one simplified character (one per regional standard). */
export type ToTraditional = (char: string) => string | readonly string[];

/**
 * Every Han character in `texts` whose traditional form differs, as { traditional: simplified }.
 * A traditional form that the site's text itself uses is left out: it is a character of its own
 * there (乾 in 乾隆, while 干 → 乾) and must stay searchable as itself. When two characters share one
 * traditional form, the one the site uses more often wins (then the lower code point), so the map
 * does not depend on the order of the texts. Keys come out sorted.
 */
export function traditionalVariants(texts: Iterable<string>, toTraditional: ToTraditional): Record<string, string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const char of text) if (HAN.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const chars = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.codePointAt(0)! - b.codePointAt(0)!);
  const map = new Map<string, string>();
  for (const char of chars) {
    const forms = toTraditional(char);
    for (const form of typeof forms === 'string' ? [forms] : forms) {
      // Character level only: a converter that answers with a phrase or nothing is ignored.
      if ([...form].length !== 1 || form === char || counts.has(form) || map.has(form)) continue;
      map.set(form, char);
    }
  }
  return Object.fromEntries([...map].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!));
}

/**
 * Every string in a piece of content data, however deep (titles, names, summaries, lists of facts),
 * for collecting the characters a site uses. Dates, numbers and other objects are skipped.
 */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const item of Object.values(value)) stringsIn(item, out);
  }
  return out;
}
