/**
 * Hidden characters in a content file and names that only differ in traditional/simplified
 * characters or look-alike forms (src/lib/content/unicode.ts).
 */
import { describe, expect, it } from 'vitest';
import { BODY_FIELD } from '@/lib/content/body-checks';
import { formatBilingual } from '@/lib/content/problems';
import { findFoldedNameClashes, findHiddenCharacterReferences, findHiddenCharacters, foldToSimplified, TEXT_FIELD } from '@/lib/content/unicode';

const FILE = 'src/content/merchants/x.md';
const md = (frontmatter: string[], body: string[] = ['', '正文。']) => ['---', ...frontmatter, '---', ...body].join('\n');

describe('findHiddenCharacters', () => {
  it('finds a zero-width space inside a name, with line, column and field', () => {
    const problems = findHiddenCharacters(FILE, md(['name: 翠格\u200B珠宝', 'source: { source: a }']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2, field: 'name' });
    expect(formatBilingual(problems[0]!.problem)).toContain('U+200B 零宽空格，第 9 列');
    expect(formatBilingual(problems[0]!.problem)).toContain('zero-width space at column 9');
    expect(formatBilingual(problems[0]!.fix)).toContain('删去这个看不见的字符；常见于从网页、微信或 Word 复制的文字');
    expect(formatBilingual(problems[0]!.fix)).toMatch(/（delete the invisible character.*）$/);
  });
  it('finds a right-to-left override in an English name', () => {
    const [problem] = findHiddenCharacters(FILE, md(['name: 翠格珠宝', 'nameEn: Cuige \u202Eyrelewej']));
    expect(problem).toMatchObject({ line: 3, field: 'nameEn' });
    expect(formatBilingual(problem!.problem)).toContain('U+202E 从右到左覆盖');
    expect(formatBilingual(problem!.problem)).toContain('right-to-left override');
  });
  it('names nested fields by path, and body lines by BODY_FIELD', () => {
    const text = md(['honours:', '  - kind: 党员示范岗', '    note: 示范\u00ADhyphen'], ['', '第一段\u2060。']);
    const problems = findHiddenCharacters(FILE, text);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'honours[0].note'],
      [7, BODY_FIELD],
    ]);
  });
  it('names fields of a YAML file, and falls back to (文本 text) outside values', () => {
    expect(findHiddenCharacters('src/content/site.yaml', 'name:\n  zh: 豫园\u200C党建\n')[0]!.field).toBe('name.zh');
    expect(findHiddenCharacters(FILE, md(['# 注释\u200B', 'name: 甲乙']))[0]!.field).toBe(TEXT_FIELD);
    expect(TEXT_FIELD).toBe('(文本 text)');
  });
  it('reports a BOM at the start of the file, saying to save without BOM', () => {
    const [problem] = findHiddenCharacters(FILE, `\uFEFF${md(['name: 甲乙'])}`);
    expect(problem).toMatchObject({ line: 1 });
    expect(formatBilingual(problem!.problem)).toContain('U+FEFF 字节顺序标记 BOM，第 1 列');
    expect(formatBilingual(problem!.fix)).toContain('UTF-8（无 BOM）');
    expect(formatBilingual(problem!.fix)).toContain('UTF-8 without BOM');
  });
  it('calls U+FEFF elsewhere a zero-width no-break space', () => {
    const [problem] = findHiddenCharacters(FILE, md(['name: 甲\uFEFF乙']));
    expect(formatBilingual(problem!.problem)).toContain('零宽不换行空格');
    expect(formatBilingual(problem!.fix)).not.toContain('BOM');
  });
  it('gives one problem per line, listing every character and column', () => {
    const problems = findHiddenCharacters(FILE, md([], ['a\u200Bb\u200Bc\u202Ed']));
    expect(problems).toHaveLength(1);
    expect(formatBilingual(problems[0]!.problem)).toContain('U+200B 零宽空格，第 2、4 列；U+202E 从右到左覆盖，第 6 列');
    expect(formatBilingual(problems[0]!.problem)).toContain('U+200B zero-width space at column 2, 4; U+202E right-to-left override at column 6');
  });
  it('counts columns in characters, so an emoji before counts once', () => {
    expect(formatBilingual(findHiddenCharacters(FILE, md([], ['😀\u200B']))[0]!.problem)).toContain('第 2 列');
  });
  it.each([
    ['U+200E', '\u200E'],
    ['U+200F', '\u200F'],
    ['U+202A', '\u202A'],
    ['U+2066', '\u2066'],
    ['U+2069', '\u2069'],
    ['U+2064', '\u2064'],
    ['U+061C', '\u061C'],
    ['U+180E', '\u180E'],
    ['U+0000', '\u0000'],
    ['U+001B', '\u001B'],
    ['U+007F', '\u007F'],
    ['U+0085', '\u0085'],
    ['U+2028', '\u2028'],
    ['U+E0001', '\u{E0001}'],
  ])('finds %s', (code, char) => {
    expect(formatBilingual(findHiddenCharacters(FILE, `文字${char}文字`)[0]!.problem)).toContain(code);
  });
  it('accepts tabs, CRLF line ends, Chinese and English punctuation, full-width spaces and emoji', () => {
    const body = ['\tindented\twith tabs', '“引号”、《书名》——省略……！？「」', '"quotes", (parens); a–b — c…', '全角\u3000空格', '🧧🏮🀄️👍🏽', '家庭 👨\u200D👩\u200D👧 和 🏳️\u200D🌈'];
    expect(findHiddenCharacters(FILE, md(['name: 甲乙'], body).replace(/\n/g, '\r\n'))).toEqual([]);
  });
  it('allows a zero-width joiner only between two emoji', () => {
    expect(findHiddenCharacters(FILE, '中\u200D文')).toHaveLength(1);
    expect(findHiddenCharacters(FILE, '👨\u200D文')).toHaveLength(1);
    expect(findHiddenCharacters(FILE, '👨\u200D👩')).toEqual([]);
  });
  it('does not stop on YAML it cannot parse', () => {
    expect(findHiddenCharacters(FILE, md(['name: [未闭合\u200B', '  : :']))[0]!.line).toBe(2);
  });
});

describe('foldToSimplified', () => {
  it('makes traditional characters simplified (Hong Kong and Taiwan forms)', () => {
    expect(foldToSimplified('翠格珠寶')).toBe('翠格珠宝');
    expect(foldToSimplified('衞生')).toBe(foldToSimplified('卫生'));
    expect(foldToSimplified('臺灣鐘錶')).toBe('台湾钟表');
  });
  it('drops whitespace and hidden characters, NFKC-normalises and lower-cases', () => {
    expect(foldToSimplified(' 翠格\u200B 珠宝\u3000')).toBe('翠格珠宝');
    expect(foldToSimplified('ＡＢＣ珠宝')).toBe('abc珠宝');
    expect(foldToSimplified('\uF900')).toBe(foldToSimplified('\u8C48')); // compatibility ideograph 豈
  });
  it('keeps different names different', () => {
    expect(foldToSimplified('上海琥珀屋')).not.toBe(foldToSimplified('上海琥珀店'));
  });
});

describe('findFoldedNameClashes', () => {
  const record = (filePath: string, name?: string, collection = 'merchants') => ({ collection, id: filePath.replace(/.*\/|\.md$/g, ''), filePath, name });

  it('reports a name that differs only in traditional characters, on the second file in file order', () => {
    const problems = findFoldedNameClashes([record('m/zhubao-fan.md', '翠格珠寶'), record('m/cuige-zhubao.md', '翠格珠宝')]);
    expect(problems.map((p) => ({ ...p, problem: formatBilingual(p.problem), fix: formatBilingual(p.fix) }))).toEqual([
      {
        code: 'same-name',
        severity: 'error',
        file: 'm/zhubao-fan.md',
        field: 'name',
        problem: expect.stringContaining('名称与 m/cuige-zhubao.md 的“翠格珠宝”只是繁简或写法不同（same name as'),
        fix: '一家店只建一个条目：删去重复的条目，或给它起自己的名称（one entry per shop: delete the duplicate or give it its own name）',
      },
    ]);
    expect(formatBilingual(problems[0]!.problem)).toMatch(/traditional characters.*）$/);
  });
  it('reports the exact same name too, and a name with a hidden character in it', () => {
    const same = findFoldedNameClashes([record('m/a.md', '上海琥珀屋'), record('m/b.md', '上海琥珀屋')]);
    expect(same.map((p) => p.file)).toEqual(['m/b.md']);
    expect(formatBilingual(same[0]!.problem)).toContain('名称与 m/a.md 的“上海琥珀屋”相同');
    const hidden = findFoldedNameClashes([record('m/a.md', '上海琥珀屋'), record('m/b.md', '上海\u200B琥珀屋')]);
    expect(formatBilingual(hidden[0]!.problem)).toContain('只是繁简或写法不同');
  });
  it('reports every later duplicate against the first', () => {
    const problems = findFoldedNameClashes([record('m/c.md', '翠格珠寶'), record('m/a.md', '翠格珠宝'), record('m/b.md', '翠格 珠宝')]);
    expect(problems.map((p) => [p.file, /与 (\S+) 的/.exec(formatBilingual(p.problem))![1]])).toEqual([
      ['m/b.md', 'm/a.md'],
      ['m/c.md', 'm/a.md'],
    ]);
  });
  it('does not compare across collections, nor entries without a name, nor different names', () => {
    expect(findFoldedNameClashes([record('m/a.md', '上海琥珀屋'), record('b/a.md', '上海琥珀屋', 'branches')])).toEqual([]);
    expect(findFoldedNameClashes([record('m/a.md'), record('m/b.md')])).toEqual([]);
    expect(findFoldedNameClashes([record('m/a.md', '上海琥珀屋'), record('m/b.md', '吴善敬琥珀店'), record('m/c.md', '翠格珠宝')])).toEqual([]);
  });
});

describe('findHiddenCharacterReferences', () => {
  it('finds hidden characters written as HTML references in a body, at their line', () => {
    const problems = findHiddenCharacterReferences('x.md', '正文\n名&#8203;字 和 &#x202E;倒 和 &ZeroWidthSpace;\n&amp; &lt;b&gt; &#20013; 正常', 10);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual([`11 ${BODY_FIELD}`]);
    expect(formatBilingual(problems[0]!.problem)).toContain('&#8203; = U+200B');
    expect(formatBilingual(problems[0]!.problem)).toContain('&#x202E; = U+202E');
    expect(formatBilingual(problems[0]!.problem)).toContain('&ZeroWidthSpace; = U+200B');
  });
});

