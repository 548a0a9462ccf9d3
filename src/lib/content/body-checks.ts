/**
 * Checks of the text an editor writes (pure functions, no Astro): frontmatter values that are links
 * that would run code (javascript:, data:), hard line breaks inside a Chinese paragraph, and links to
 * entries that do not exist. The markup of a body (HTML, MDX, link schemes): ./markup.ts.
 * Used by the build (src/lib/content/loaders.ts) and by `npm run check:content`.
 */
import { leavesOf } from './data-leaves';
import { fieldPath, type ContentProblem } from './problems';
import { hasPageIn } from '../i18n';
import { sectionOfCollection } from '../sections';
import { HAN_CHARACTER } from '@/lib/text/han';

/** The field name shown for a problem in the Markdown body. */
export const BODY_FIELD = '(正文 body)';

const UNSAFE_SCHEME = String.raw`(?:javascript|data|vbscript)\s*:`;
/** [text](javascript:…), ![alt](data:…), [ref]: javascript:…, <javascript:…>, href="javascript:…", src=data:… */
const UNSAFE_LINK = new RegExp(
  [
    String.raw`\]\(\s*<?\s*${UNSAFE_SCHEME}`,
    String.raw`^\s{0,3}\[[^\]]+\]:\s*<?\s*${UNSAFE_SCHEME}`,
    String.raw`<${UNSAFE_SCHEME}`,
    String.raw`\b(?:href|src|action|formaction|xlink:href)\s*=\s*\{?\s*["'\x60]?\s*${UNSAFE_SCHEME}`,
  ].join('|'),
  'gim',
);

function unsafeLinkProblem(file: string, line: number | undefined, field: string, found: string): ContentProblem {
  const scheme = /javascript|data|vbscript/i.exec(found)?.[0].toLowerCase() ?? 'javascript';
  return {
    code: 'unsafe-link',
    severity: 'error',
    file,
    line,
    field,
    problem: { zh: `不安全的链接“${found.trim()}”：不允许 ${scheme}: 链接`, en: `unsafe link: ${scheme}: links are not allowed` },
    fix: { zh: '改为以 https:// 或 / 开头的网址，或删去这个链接', en: 'use an https:// or site link, or remove it' },
  };
}

/** Lines of `text` outside fenced code blocks, with their index. */
function linesOutsideCode(text: string): { line: string; index: number }[] {
  const result: { line: string; index: number }[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opening && opening[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening[1]!;
      return;
    }
    result.push({ line, index });
  });
  return result;
}

/** Every frontmatter string that is, or contains, a javascript:/data: link; lines are added by the caller. */
export function findUnsafeLinksInData(file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { value, at } of leavesOf(data)) {
    if (typeof value !== 'string') continue;
    const whole = new RegExp(`^\\s*${UNSAFE_SCHEME}`, 'i').exec(value);
    const inside = whole ?? new RegExp(UNSAFE_LINK.source, 'im').exec(value);
    if (inside) problems.push(unsafeLinkProblem(file, undefined, fieldPath(at), whole ? value.slice(0, 40) : inside[0]));
  }
  return problems;
}

/** Chinese (full-width) punctuation that can end a line of a Chinese sentence. */
const ZH_PUNCTUATION = '，。、；：？！…—～·“”‘’（）《》〈〉【】「」『』';
const ENDS_CHINESE = new RegExp(`(?:${HAN_CHARACTER}|[${ZH_PUNCTUATION}])$`, 'u');
const STARTS_HAN = new RegExp(`^${HAN_CHARACTER}`, 'u');

/** A line that is not part of a plain paragraph: heading, list item, table row, quote, tag, import, rule. */
function isBlockSyntax(line: string): boolean {
  return /^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>|<|\{|import\s|export\s|(?:[-*_]\s*){3,}$)/.test(line);
}

/**
 * A Chinese paragraph written over several lines: Markdown joins such lines with a space, which
 * shows as a gap in the middle of a Chinese sentence. Reported at the first of the two lines.
 */
export function findHardLineBreaks(file: string, body: string, startLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const kept = linesOutsideCode(body);
  for (let i = 0; i + 1 < kept.length; i++) {
    const current = kept[i]!;
    const next = kept[i + 1]!;
    if (next.index !== current.index + 1) continue; // a code block between them
    const text = current.line.trimEnd();
    if (text.trim() === '' || isBlockSyntax(text) || isBlockSyntax(next.line)) continue;
    // Two trailing spaces or a backslash is a deliberate Markdown line break.
    if (/(?: {2,}|\\)$/.test(current.line)) continue;
    if (!ENDS_CHINESE.test(text) || !STARTS_HAN.test(next.line)) continue;
    const line = startLine + current.index;
    problems.push({
      code: 'hard-line-break',
      severity: 'error',
      file,
      line,
      field: BODY_FIELD,
      problem: { zh: '中文段落中间换行了，网页上会在句子里多出一个空格', en: 'hard line break inside a Chinese paragraph' },
      fix: { zh: `把第 ${line} 行和第 ${line + 1} 行连成一行：一段话写在一行里`, en: 'join the two lines: one paragraph per line' },
    });
  }
  return problems;
}

/** A link to an entry's page: /merchants/<id>/ or /en/merchants/<id>/ (with anything after the id). */
const ENTRY_LINK = /(?:\]\(\s*<?|\bhref\s*=\s*["']?)(\/(en\/)?(branches|merchants|stories|activities|learn)\/([^/\s#?)"'>]+)\/?[^\s)"'>]*)/g;
/** Paths under a section that are its own pages, not entries. */
const NOT_ENTRIES = new Set(['series', 'page']);

/**
 * Every link in a Markdown body to an entry's page that will not be built: the entry does not exist
 * (deleted or renamed), or its English twin does not (src/lib/i18n.ts, hasPageIn).
 * `ids` gives the ids of each section's entries (learn: the guides).
 */
export function findBrokenEntryLinks(file: string, body: string, startLine: number, ids: Readonly<Record<string, ReadonlySet<string>>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { line, index } of linesOutsideCode(body)) {
    for (const match of line.matchAll(ENTRY_LINK)) {
      const [, link, english, section, rawId] = match as unknown as [string, string, string | undefined, string, string];
      const id = decodeURIComponent(rawId);
      if (NOT_ENTRIES.has(id)) continue;
      const exists = ids[section]?.has(id) ?? false;
      if (exists && (!english || hasPageIn(`/${section}/${id}/`, 'en'))) continue;
      const similar = [...(ids[section] ?? [])].filter((other) => other.includes(id) || id.includes(other)).slice(0, 3);
      problems.push(
        exists
          ? {
              code: 'missing-english-page',
              severity: 'error',
              file,
              line: startLine + index,
              field: BODY_FIELD,
              problem: { zh: `链接“${link}”指向的英文页面不存在`, en: `${section} has no English pages: ${link}` },
              fix: { zh: `改为中文页面 /${section}/${id}/`, en: `link the Chinese page /${section}/${id}/` },
            }
          : {
              code: 'broken-entry-link',
              severity: 'error',
              file,
              line: startLine + index,
              field: BODY_FIELD,
              problem: { zh: `链接“${link}”指向的条目不存在`, en: `the linked entry does not exist: ${link}` },
              fix: {
                zh: `改为现有条目的链接${similar.length > 0 ? `，是不是：${similar.map((other) => `/${section}/${other}/`).join('、')}` : ''}，或删去这个链接`,
                en: 'link an existing entry, or remove the link',
              },
            },
      );
    }
  }
  return problems;
}

/** The ids of each section's entries (learn: the guides), for findBrokenEntryLinks. */
export function entryIdsBySection(records: readonly { collection: string; id: string }[]): Record<string, Set<string>> {
  const ids: Record<string, Set<string>> = {};
  for (const record of records) {
    const section = sectionOfCollection[record.collection as keyof typeof sectionOfCollection];
    if (section) (ids[section] ??= new Set()).add(record.id);
  }
  return ids;
}
