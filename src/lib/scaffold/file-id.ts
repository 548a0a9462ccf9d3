/** The file name of a new entry: a readable ASCII id from its Chinese name. */
import { pinyin } from 'pinyin-pro';

/** Longest file id, cut at a word boundary. */
const MAX_ID_LENGTH = 48;

/**
 * A readable ASCII id from a Chinese name: toneless pinyin, lower case, syllables joined in pairs
 * (the commonest length of a Chinese word; pinyin-pro gives no word boundaries) and separated by
 * hyphens, Latin letters and digits kept, anything else a break: 翠格珠宝 → cuige-zhubao,
 * 上海琥珀屋 → shanghai-hupo-wu. Made unique among `existingIds` with -2, -3 ….
 */
export function fileIdFor(name: string, existingIds: Iterable<string>): string {
  const words: string[] = [];
  let syllables: string[] = [];
  const flush = () => {
    for (let index = 0; index < syllables.length; index += 2) words.push(syllables.slice(index, index + 2).join(''));
    syllables = [];
  };
  let latin = '';
  for (const char of pinyin(name, { type: 'all', toneType: 'none', v: true })) {
    if (char.isZh && char.pinyin) {
      if (latin) (words.push(latin), (latin = ''));
      syllables.push(char.pinyin.toLowerCase().replace(/[^a-z]/g, ''));
    } else if (/^[a-z0-9]$/i.test(char.origin)) {
      flush();
      latin += char.origin.toLowerCase();
    } else {
      flush();
      if (latin) (words.push(latin), (latin = ''));
    }
  }
  flush();
  if (latin) words.push(latin);
  let base = '';
  for (const word of words.filter(Boolean)) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_ID_LENGTH && base) break;
    base = next.slice(0, MAX_ID_LENGTH);
  }
  if (base.length < 2) base = 'entry';
  // A Set is used as given: an import names thousands of entries against the same set.
  const taken = existingIds instanceof Set ? existingIds : new Set(existingIds);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
