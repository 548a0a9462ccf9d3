/**
 * Pinyin of a name, for search: a visitor who can say a shop's name but not type its characters
 * (a foreign tourist, a phone without Chinese input) types "hupo" or "cuige" and finds 上海琥珀屋 or
 * 翠格珠宝. Build time only (pinyin-pro reads the name in context, so 经营 is jing ying).
 */
import { pinyin } from 'pinyin-pro';

/** The longest window joined; a longer stretch of the name is found by the whole name's prefix. */
const MAX_JOINED = 3;

/**
 * The search words of a name's pinyin, toneless and lower case: each syllable, then the syllables
 * of every two- and three-character window joined, then the whole name joined:
 * 上海琥珀屋 → shang hai hu po wu shanghai haihu hupo powu shanghaihu haihupo hupowu shanghaihupowu.
 * Characters that are not Han (Latin letters, digits) are searchable as they are and split the name
 * into runs, each handled alone. Each word once, in that order.
 */
export function namePinyinTerms(name: string): string[] {
  const runs: string[][] = [[]];
  for (const char of pinyin(name, { type: 'all', toneType: 'none' })) {
    if (char.isZh && char.pinyin) runs.at(-1)!.push(char.pinyin.toLowerCase());
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  const terms = new Set<string>();
  for (const run of runs) for (const syllable of run) terms.add(syllable);
  for (let size = 2; size <= MAX_JOINED; size += 1) {
    for (const run of runs) for (let start = 0; start + size <= run.length; start += 1) terms.add(run.slice(start, start + size).join(''));
  }
  for (const run of runs) if (run.length > 0) terms.add(run.join(''));
  return [...terms];
}
