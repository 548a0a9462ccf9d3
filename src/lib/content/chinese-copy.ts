/**
 * Chinese copy checks with zhlint (https://github.com/zhlint-project/zhlint): half-width punctuation
 * in Chinese text, spaces between Chinese and Latin letters or digits, quotation marks. Warnings only:
 * the site is still built, the editor is told what to change.
 *
 * The project's rule for Chinese next to Latin letters or digits is NO space: 2009年3月, 18个网格,
 * 悦园商厦B1层 (zhlint's spaceBetweenMixedwidthContent: false, so only an extra space is reported).
 * Full-width brackets （） stay full-width in Chinese (halfwidthPunctuation: ''), and the Chinese
 * quotation marks “” ‘’ count as full-width, with no space around them (adjustedFullwidthPunctuation: '').
 */
import { run, type Validation } from 'zhlint';
import { leavesOf } from './data-leaves';
import { fieldPath, type Bilingual, type ContentProblem } from './problems';
import { HAN } from '../text/han';

export const ZHLINT_RULES = {
  preset: 'default',
  spaceBetweenMixedwidthContent: false,
  halfwidthPunctuation: '',
  adjustedFullwidthPunctuation: '',
} as const;

const silent = { log() {}, warn() {}, error() {}, info() {} } as unknown as Console;

type Pair = [zh: string, en: string];
const REMOVE_SPACE: Pair = ['删去空格', 'remove the space'];

/** zhlint's message → the problem and the fix, each [中文, English]. */
const MESSAGES: Record<string, [problem: Pair, fix: Pair]> = {
  此处标点符号需要使用全角: [['中文里用了半角标点', 'half-width punctuation in Chinese text'], ['改为全角标点：，。：；？！“”', 'use full-width punctuation']],
  此处标点符号需要使用半角: [['此处应使用半角标点', 'this punctuation should be half-width'], ['改为半角标点', 'use half-width punctuation']],
  此处标点符号需要统一到简体: [['引号或标点不是简体中文的写法', 'wrong quotation marks or punctuation'], ['改为“”和‘’', 'use “” and ‘’']],
  此处字符需要统一: [['引号或标点的写法不统一', 'wrong quotation marks or punctuation'], ['改为“”和‘’等简体中文标点', 'use the simplified-Chinese forms']],
  // zhlint has one message for both spacing rules; with this project's rule it always means "remove the space".
  此处中英文内容之间需要一个空格: [
    ['中文与英文或数字之间多了空格', 'extra space between Chinese and Latin letters or digits'],
    ['删去空格：本站中文与英文、数字之间不加空格，如“2009年3月”', 'remove the space: this site writes no space there'],
  ],
  此处全角内容之间不需要空格: [['中文之间多了空格', 'extra space between Chinese characters'], REMOVE_SPACE],
  此处标点符号前不需要空格: [['标点前多了空格', 'extra space before punctuation'], REMOVE_SPACE],
  此处标点符号后不需要空格: [['全角标点后多了空格', 'extra space after full-width punctuation'], REMOVE_SPACE],
  此处标点符号后需要一个空格: [['半角标点后缺少空格', 'missing space after half-width punctuation'], ['在标点后加一个空格，或改用全角标点', 'add a space or use full-width punctuation']],
  此处引号的内部不需要空格: [['引号内侧多了空格', 'extra space inside quotation marks'], REMOVE_SPACE],
  此处引号的外部不需要空格: [['引号外侧多了空格', 'extra space outside quotation marks'], REMOVE_SPACE],
  此处引号的外部需要一个空格: [['引号外侧缺少空格', 'missing space outside quotation marks'], ['用中文引号“”，或在引号外加空格', 'use “” or add a space']],
  此处括号的内部不需要空格: [['括号内侧多了空格', 'extra space inside brackets'], REMOVE_SPACE],
  此处括号的外部不需要空格: [['括号外侧多了空格', 'extra space outside brackets'], REMOVE_SPACE],
  此处括号的外部需要一个空格: [['括号外侧缺少空格', 'missing space outside brackets'], ['在括号外加一个空格，或改用全角括号（）', 'add a space or use （）']],
  此处需要去除外部空格: [['开头或结尾多了空格', 'extra space at the start or end'], REMOVE_SPACE],
  此处半角内容之间需要一个空格: [['英文或数字之间缺少空格', 'missing space between Latin words'], ['加一个空格', 'add a space']],
};

export interface CopyFinding {
  /** Where in the text, 0-based. */
  index: number;
  /** What is wrong, with the words it is in as `detail`. */
  problem: Bilingual;
  fix: Bilingual;
}

/** Texts already linted: the same words (an import's new entries share their body note) are linted once. */
const linted = new Map<string, CopyFinding[]>();
const LINTED_KEPT = 5000;

/** zhlint on one text; `markdown` parses Markdown syntax first (for a body, not for a frontmatter string). */
export function lintChinese(text: string, { markdown }: { markdown: boolean }): CopyFinding[] {
  if (!HAN.test(text)) return [];
  const key = `${markdown ? 'md' : 'text'}\u0000${text}`;
  let findings = linted.get(key);
  if (!findings) {
    if (linted.size >= LINTED_KEPT) linted.clear();
    linted.set(key, (findings = lintWithZhlint(text, markdown)));
  }
  return findings;
}

function lintWithZhlint(text: string, markdown: boolean): CopyFinding[] {
  const { validations } = run(text, { rules: { ...ZHLINT_RULES }, hyperParse: markdown ? ['ignore', 'markdown'] : ['ignore'], logger: silent });
  return validations.map((validation: Validation) => {
    const [[zh, en], [fixZh, fixEn]] = MESSAGES[validation.message] ?? [
      [validation.message, `zhlint: ${validation.message}`],
      ['按 zhlint 的提示修改', 'see the zhlint message'],
    ];
    const excerpt = excerptAt(text, validation.index, validation.length);
    return { index: validation.index, problem: { zh, en, detail: `“${excerpt}”` }, fix: { zh: fixZh, en: fixEn } };
  });
}

/** A few characters around a position, on one line, so the editor can find the spot. */
function excerptAt(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
  const lineEndAt = text.indexOf('\n', index + length);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const from = Math.max(lineStart, index - 6);
  const to = Math.min(lineEnd, index + Math.max(length, 1) + 6);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}

/** en, nameEn, titleEn, categoryEn: the English twin of a field. */
export function isEnglishField(key: string): boolean {
  return key === 'en' || /^[a-z]+En$/.test(key);
}

/** A page in an en/ folder is the English twin of a Chinese page. */
export function isEnglishFile(file: string): boolean {
  return /(^|\/)en\//.test(file);
}

/** Chinese copy warnings in a Markdown body; `startLine` is the body's first line in the file. */
export function findChineseCopyWarnings(file: string, body: string, startLine: number, field: string): ContentProblem[] {
  if (isEnglishFile(file)) return [];
  return lintChinese(body, { markdown: true }).map(({ index, problem, fix }) => ({
    code: 'chinese-copy',
    severity: 'warning',
    file,
    line: startLine + (body.slice(0, index).match(/\n/g)?.length ?? 0),
    field,
    problem,
    fix,
  }));
}

/** Chinese copy warnings in every frontmatter string with Chinese in it; lines are added by the caller. */
export function findChineseCopyWarningsInData(file: string, data: unknown): ContentProblem[] {
  // English fields (en, nameEn, titleEn …) are not Chinese copy, even when they quote a Chinese name.
  return [...leavesOf(data, (key) => isEnglishField(key))]
    .filter((leaf): leaf is { value: string; at: (string | number)[] } => typeof leaf.value === 'string')
    .flatMap(({ value, at }) =>
      lintChinese(value, { markdown: false }).map(({ problem, fix }): ContentProblem => ({ code: 'chinese-copy', severity: 'warning', file, field: fieldPath(at), problem, fix })),
    );
}
