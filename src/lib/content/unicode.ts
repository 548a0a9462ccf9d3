/**
 * Characters an editor cannot see, and names that only look different: text copied from web
 * pages, WeChat or Word brings zero-width and direction-control characters along, and a shop
 * written once in traditional and once in simplified characters becomes two entries.
 * Pure functions, no Astro.
 */
import { decodeHTML } from 'entities';
import * as OpenCC from 'opencc-js/t2cn';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { BODY_FIELD } from './body-checks';
import { splitSource } from './frontmatter';
import { fieldPath, type ContentProblem } from './problems';

/** The field shown when a line is not inside a known frontmatter value. */
export const TEXT_FIELD = '(文本 text)';

/** Format characters, C0/C1 controls other than tab, LF and CR, and the Unicode line/paragraph separators. */
const HIDDEN = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u;

const NAMES: Record<number, [zh: string, en: string]> = {
  0x00ad: ['软连字符', 'soft hyphen'],
  0x061c: ['阿拉伯字母标记', 'Arabic letter mark'],
  0x180e: ['蒙古文元音分隔符', 'Mongolian vowel separator'],
  0x200b: ['零宽空格', 'zero-width space'],
  0x200c: ['零宽不连字', 'zero-width non-joiner'],
  0x200d: ['零宽连字', 'zero-width joiner'],
  0x200e: ['从左到右标记', 'left-to-right mark'],
  0x200f: ['从右到左标记', 'right-to-left mark'],
  0x2028: ['行分隔符', 'line separator'],
  0x2029: ['段落分隔符', 'paragraph separator'],
  0x202a: ['从左到右嵌入', 'left-to-right embedding'],
  0x202b: ['从右到左嵌入', 'right-to-left embedding'],
  0x202c: ['方向格式结束', 'pop directional formatting'],
  0x202d: ['从左到右覆盖', 'left-to-right override'],
  0x202e: ['从右到左覆盖', 'right-to-left override'],
  0x2060: ['词连接符', 'word joiner'],
  0x2061: ['不可见函数应用符', 'function application'],
  0x2062: ['不可见乘号', 'invisible times'],
  0x2063: ['不可见分隔符', 'invisible separator'],
  0x2064: ['不可见加号', 'invisible plus'],
  0x2066: ['从左到右隔离', 'left-to-right isolate'],
  0x2067: ['从右到左隔离', 'right-to-left isolate'],
  0x2068: ['首强方向隔离', 'first strong isolate'],
  0x2069: ['方向隔离结束', 'pop directional isolate'],
  0xfeff: ['零宽不换行空格', 'zero-width no-break space'],
};
const BOM_NAME: [string, string] = ['字节顺序标记 BOM', 'byte order mark'];

function nameOf(code: number, atFileStart: boolean): [string, string] {
  if (code === 0xfeff && atFileStart) return BOM_NAME;
  if (NAMES[code]) return NAMES[code];
  return code <= 0x9f ? ['控制字符', 'control character'] : ['格式控制字符', 'format character'];
}

const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** A joiner between two emoji (👨‍👩‍👧) draws one picture and hides nothing: allowed. */
function isEmojiJoiner(chars: string[], index: number): boolean {
  return chars[index] === '\u200d' && EMOJI_BEFORE_JOINER.test(chars[index - 1] ?? '') && EMOJI.test(chars[index + 1] ?? '');
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The frontmatter field at a 0-based offset of the YAML, as honours[0].note, if a value holds it. */
function fieldAt(node: unknown, offset: number, at: (string | number)[]): (string | number)[] | undefined {
  const covers = (item: unknown) => {
    const range = (item as Node | null)?.range;
    return range ? range[0] <= offset && offset < range[1] : false;
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      if (covers(pair.value)) return fieldAt(pair.value, offset, [...at, key]);
      if (covers(pair.key)) return [...at, key];
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = node.items.findIndex(covers);
    return index < 0 ? undefined : fieldAt(node.items[index], offset, [...at, index]);
  }
  return at;
}

/** Tells the field of a line: the body, a frontmatter value (parsed only when needed), or plain text. */
export function fieldLocator(file: string, text: string): (line: number, utf16Column: number) => string {
  const source = splitSource(file, text);
  let parsed: { contents: unknown; lineStarts: number[] } | null | undefined;
  return (line, utf16Column) => {
    const isYaml = !/\.mdx?$/.test(file);
    if (!isYaml && source.hasFrontmatter && line >= source.bodyStartLine) return BODY_FIELD;
    if (!isYaml && !source.hasFrontmatter) return BODY_FIELD;
    if (parsed === undefined) {
      try {
        const lineStarts = [0, ...[...source.yaml.matchAll(/\n/g)].map((match) => match.index + 1)];
        parsed = { contents: parseDocument(source.yaml).contents, lineStarts };
      } catch {
        parsed = null;
      }
    }
    const start = parsed?.lineStarts[line - source.yamlStartLine];
    if (!parsed || start === undefined) return TEXT_FIELD;
    const path = fieldAt(parsed.contents, start + utf16Column, []);
    return path && path.length > 0 ? fieldPath(path) : TEXT_FIELD;
  };
}

/**
 * Every invisible or direction-control character in a content file (frontmatter and body), one
 * problem per line, with 1-based line and column (in characters). A BOM at the start is reported
 * too: editors' tools add it, and it is never needed.
 */
export function findHiddenCharacters(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let locate: ReturnType<typeof fieldLocator> | undefined;
  text.split(/\r?\n/).forEach((lineText, index) => {
    if (!HIDDEN.test(lineText)) return;
    const chars = Array.from(lineText);
    const found = new Map<string, { code: string; name: [string, string]; columns: number[] }>();
    let firstOffset: number | undefined;
    let offset = 0;
    chars.forEach((char, column) => {
      if (HIDDEN.test(char) && !isEmojiJoiner(chars, column)) {
        const code = char.codePointAt(0)!;
        const atFileStart = index === 0 && column === 0;
        const key = `${hex(code)}${atFileStart && code === 0xfeff ? ' BOM' : ''}`;
        const entry = found.get(key) ?? { code: hex(code), name: nameOf(code, atFileStart), columns: [] };
        entry.columns.push(column + 1);
        found.set(key, entry);
        firstOffset ??= offset;
      }
      offset += char.length;
    });
    if (found.size === 0) return;
    const line = index + 1;
    const list = [...found.values()];
    const zh = list.map(({ code, name, columns }) => `${code} ${name[0]}，第 ${columns.join('、')} 列`).join('；');
    const en = list.map(({ code, name, columns }) => `${code} ${name[1]} at column ${columns.join(', ')}`).join('; ');
    const hasBom = found.has('U+FEFF BOM');
    locate ??= fieldLocator(file, text);
    problems.push({
      code: 'hidden-character',
      severity: 'error',
      file,
      line,
      field: locate(line, firstOffset!),
      problem: { zh: `有看不见的字符：${zh}`, en: `hidden characters: ${en}` },
      fix: {
        zh: '删去这个看不见的字符；常见于从网页、微信或 Word 复制的文字' + (hasBom ? '。文件开头的 BOM：用编辑器把文件另存为“UTF-8（无 BOM）”' : ''),
        en: `delete the invisible character; it often comes with text copied from web pages, WeChat or Word${hasBom ? '; save the file as UTF-8 without BOM' : ''}`,
      },
    });
  });
  return problems;
}

/**
 * The same characters written as HTML character references in a Markdown body (&#8203;, &#x202E;,
 * &ZeroWidthSpace;): the page shows them as the characters themselves. `startLine` is the body's first line.
 */
export function findHiddenCharacterReferences(file: string, body: string, startLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    const found = [...line.matchAll(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi)]
      .map((match) => ({ reference: match[0], char: decodeHTML(match[0]) }))
      .filter(({ reference, char }) => char !== reference && HIDDEN.test(char));
    if (found.length === 0) return;
    const list = found.map(({ reference, char }) => ({ reference, code: hex(char.codePointAt(0)!), name: nameOf(char.codePointAt(0)!, false) }));
    problems.push({
      code: 'hidden-character-reference',
      severity: 'error',
      file,
      line: startLine + index,
      field: BODY_FIELD,
      problem: {
        zh: `有写成字符引用的看不见的字符：${list.map((item) => `${item.reference} = ${item.code} ${item.name[0]}`).join('；')}`,
        en: `hidden characters written as references: ${list.map((item) => `${item.reference} = ${item.code} ${item.name[1]}`).join('; ')}`,
      },
      fix: { zh: `删去 ${list.map((item) => item.reference).join('、')}`, en: 'delete the reference' },
    });
  });
  return problems;
}

let toSimplified: ((text: string) => string) | undefined;

/**
 * A key to compare names by, not a text to show: NFKC (full-width letters, compatibility
 * ideographs), no whitespace or hidden characters, lower case, and traditional characters made
 * simplified by OpenCC's Hong Kong and Taiwan tables in turn (each knows characters the other does not).
 */
export function foldToSimplified(text: string): string {
  if (!toSimplified) {
    const hongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const taiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toSimplified = (value) => taiwan(hongKong(value));
  }
  const plain = text.normalize('NFKC').replace(/[\s\p{Z}\p{Cf}\p{Cc}]/gu, '');
  return toSimplified(plain).toLowerCase();
}

export interface NamedRecord {
  collection: string;
  id: string;
  filePath: string;
  name?: string;
}

/**
 * Two entries of one collection whose names are the same, as written or after foldToSimplified:
 * the second in file order is reported (against the first), as one shop with two entries.
 */
export function findFoldedNameClashes(records: readonly NamedRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sorted = [...records].sort((a, b) => a.collection.localeCompare(b.collection) || (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const seen = new Map<string, NamedRecord>();
  for (const record of sorted) {
    if (!record.name) continue;
    const folded = foldToSimplified(record.name);
    if (!folded) continue;
    const key = `${record.collection}\u0000${folded}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, record);
      continue;
    }
    const same = first.name === record.name;
    problems.push({
      code: 'same-name',
      severity: 'error',
      file: record.filePath,
      field: 'name',
      problem: same
        ? { zh: `名称与 ${first.filePath} 的“${first.name}”相同`, en: `same name as "${first.name}" in ${first.filePath}` }
        : { zh: `名称与 ${first.filePath} 的“${first.name}”只是繁简或写法不同`, en: `same name as "${first.name}" in ${first.filePath}, written in traditional characters or another form` },
      fix: { zh: '一家店只建一个条目：删去重复的条目，或给它起自己的名称', en: 'one entry per shop: delete the duplicate or give it its own name' },
    });
  }
  return problems;
}
