/**
 * Names that must be written exactly (site.yaml `officialNames`: people, bodies, the account, places):
 * a known wrong form, or text one Chinese character away from a name, is an error whose fix is the
 * right form (政府网站检查：领导人和机构名称的严重错误是单项否决). For a name of four or more
 * characters any one character counts; for one of three (most personal names), only a character
 * that sounds the same (冯锦来 for 冯锦莱), the usual slip of a pinyin keyboard: otherwise every
 * 测试党 would be taken for 测试号. Names of two characters are checked by their wrong forms alone.
 */
import { pinyin } from 'pinyin-pro';
import { fieldLocator } from './unicode';
import type { ContentProblem } from './problems';

export interface OfficialName {
  name: string;
  wrong?: readonly string[];
}

const HAN = /^\p{Script=Han}$/u;

const readings = (char: string) => pinyin(char, { toneType: 'none', multiple: true, type: 'array' });
/** True when two characters share a reading, tones aside. */
const soundAlike = (a: string, b: string) => readings(a).some((reading) => readings(b).includes(reading));

interface Misspelling {
  written: string;
  right: string;
  column: number;
}

/** A window of the line that differs from `name` in exactly one Han character, at the same length. */
function nearMisses(line: string, name: string, names: ReadonlySet<string>): Misspelling[] {
  const chars = Array.from(name);
  if (chars.length < 3) return [];
  const found: Misspelling[] = [];
  // A one-character difference leaves the first or the second character in place: look only there.
  const starts = new Set<number>();
  for (const [offset, anchor] of [[0, chars[0]!], [1, chars[1]!]] as const) {
    for (let at = line.indexOf(anchor); at >= 0; at = line.indexOf(anchor, at + 1)) if (at - offset >= 0) starts.add(at - offset);
  }
  for (const start of [...starts].sort((a, b) => a - b)) {
    const window = Array.from(line.slice(start, start + name.length * 2)).slice(0, chars.length);
    if (window.length < chars.length) continue;
    const written = window.join('');
    if (names.has(written)) continue;
    const differences = window.flatMap((char, index) => (char === chars[index] ? [] : [index]));
    if (differences.length !== 1) continue;
    const [slip, meant] = [window[differences[0]!]!, chars[differences[0]!]!];
    if (!HAN.test(slip) || (chars.length === 3 && !soundAlike(slip, meant))) continue;
    found.push({ written, right: name, column: start });
  }
  return found;
}

export function findMisspelledNames(file: string, text: string, officialNames: readonly OfficialName[], skipField: (field: string) => boolean = () => false): ContentProblem[] {
  if (officialNames.length === 0) return [];
  const entries = officialNames.map((entry) => ({ name: entry.name, wrong: entry.wrong ?? [] }));
  const names = new Set(entries.map((entry) => entry.name));
  const problems: ContentProblem[] = [];
  let locate: ReturnType<typeof fieldLocator> | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const misspellings: Misspelling[] = [];
    for (const { name, wrong } of entries) {
      for (const form of wrong) for (let at = line.indexOf(form); at >= 0; at = line.indexOf(form, at + 1)) misspellings.push({ written: form, right: name, column: at });
      misspellings.push(...nearMisses(line, name, names));
    }
    // A listed wrong form one character off the name is found twice: report it once.
    const seen = new Set<string>();
    for (const { written, right, column } of misspellings) {
      if (seen.has(`${column}:${written}`)) continue;
      seen.add(`${column}:${written}`);
      locate ??= fieldLocator(file, text);
      const field = locate(index + 1, column);
      if (skipField(field)) continue;
      problems.push({
        code: 'misspelt-name',
        severity: 'error',
        file,
        line: index + 1,
        field,
        problem: { zh: `“${written}”应为“${right}”：这是必须写对的名称（site.yaml 的 officialNames）`, en: `"${written}" should be "${right}", a name that must be written exactly` },
        fix: {
          zh: `改为“${right}”；如果“${written}”是另一个真实的名称，把它也加进 site.yaml 的 officialNames`,
          en: `write "${right}"; if "${written}" is another real name, add it to officialNames in site.yaml`,
        },
      });
    }
  });
  return problems;
}
