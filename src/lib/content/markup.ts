/**
 * The markup of a body an editor wrote, checked against what the site's own rendering makes from
 * Markdown (src/lib/content/markup-allowlist.ts): content is data, so nothing in it may run code at
 * build time or in the browser, load anything from another host, or smuggle in other HTML.
 * MDX is parsed (never compiled or run) with micromark's MDX extension: import/export, {expressions}
 * and components other than the site's own are errors. Every problem names its line and what to write instead.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { BODY_FIELD } from './body-checks';
import { HTML_ATTRIBUTES, HTML_ELEMENTS, LINK_SCHEMES, MDX_COMPONENTS } from './markup-allowlist';
import type { Bilingual, CheckCode, ContentProblem } from './problems';

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number } };
}

const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS).join('、');

/** A URL as a browser reads it: entities decoded, whitespace and control characters removed, lower case. */
export function normalisedUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeHTML(raw).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
}

/** The scheme of a URL (without the colon), or undefined for a relative one (path, #fragment, ?query). */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normalisedUrl(url))?.[1];
}

interface Refusal {
  code: CheckCode;
  problem: Bilingual;
  fix: Bilingual;
}

const LINK_FIX: Bilingual = { zh: '改为以 https:// 开头的网址、站内路径（/merchants/…/）、mailto: 或 tel:，或删去这个链接', en: 'use an https://, site, mailto: or tel: link, or remove it' };
const IMAGE_FIX: Bilingual = { zh: '把图片下载下来，放在这个条目的文件夹里，写成 ![说明](./照片.jpg)', en: 'save the image in the entry’s folder and link it as ./photo.jpg' };

/** Why a link target is refused, or undefined when it is fine. */
function linkProblem(url: string): Refusal | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return undefined;
  return { code: 'unsafe-link', problem: { zh: `不允许的链接“${url.slice(0, 60)}”：${scheme}: 链接可能运行代码`, en: `links with ${scheme}: are not allowed` }, fix: LINK_FIX };
}

/** Why an image source is refused: only the site's own files, never another host or an inline payload. */
function imageProblem(src: string): Refusal | undefined {
  const scheme = schemeOf(src);
  if (scheme === undefined && !normalisedUrl(src).startsWith('//')) return undefined;
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    const refused = linkProblem(src);
    return refused && { ...refused, fix: IMAGE_FIX };
  }
  return {
    code: 'remote-image',
    problem: { zh: `图片“${src.slice(0, 60)}”来自网站以外：网站不向其他网站请求任何东西`, en: 'images must be files of the site, not from another host' },
    fix: IMAGE_FIX,
  };
}

/** The parser's syntax extensions, made once: building them anew for each file was a fifth of the time of a check. */
const MARKDOWN = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const MDX = { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };

/** Bodies already checked, by kind and text, with their problems' lines within the body: the same body (an import's new entries share their note) is parsed once. */
const checkedBodies = new Map<string, ContentProblem[]>();
const CHECKED_KEPT = 2000;

export function findUnsafeMarkup(file: string, body: string, startLine: number, { mdx }: { mdx: boolean }): ContentProblem[] {
  const key = `${mdx ? 'mdx' : 'md'}\u0000${body}`;
  let found = checkedBodies.get(key);
  if (!found) {
    if (checkedBodies.size >= CHECKED_KEPT) checkedBodies.clear();
    checkedBodies.set(key, (found = markupProblems(body, mdx)));
  }
  return found.map((problem) => ({ ...problem, file, line: startLine + problem.line! - 1 }));
}

/** The problems of one body, each at its line within the body (1 = its first line), for no file yet. */
function markupProblems(body: string, mdx: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (line: number, { code, problem, fix }: Refusal) => problems.push({ code, severity: 'error', file: '', line, field: BODY_FIELD, problem, fix });
  /** [中文, English] pairs as a refusal. */
  const refusal = (code: CheckCode, [zh, en]: [string, string], [fixZh, fixEn]: [string, string]): Refusal => ({ code, problem: { zh, en }, fix: { zh: fixZh, en: fixEn } });

  let tree: Node;
  try {
    tree = fromMarkdown(body, mdx ? MDX : MARKDOWN) as Node;
  } catch (error) {
    const { line = 1, reason = (error as Error).message } = error as { line?: number; reason?: string };
    report(line, {
      code: 'mdx-unreadable',
      problem: { zh: 'MDX 写法有误，网站无法读取', en: 'the MDX cannot be read', detail: reason },
      fix: { zh: '检查这一行的 < > { }：组件要成对（<Callout>…</Callout>），正文里的花括号写成 \\{ \\}，小于号写成 &lt;', en: 'check tags and braces on this line' },
    });
    return problems;
  }

  /** Checks one HTML element (from raw HTML or an MDX lowercase tag) and its attributes. */
  const checkElement = (line: number, tag: string, attributes: [string, string | undefined][]) => {
    const name = tag.toLowerCase();
    if (!HTML_ELEMENTS.includes(name)) {
      const fix: [string, string] =
        name === 'script' || name === 'iframe' || name === 'object' || name === 'embed'
          ? ['删去这个标签：内容里不能有脚本或嵌入其他网站的内容；要介绍外部内容，写一个链接 [说明](https://…)', 'remove it; link to the page instead']
          : name === 'meta' || name === 'link' || name === 'base'
            ? ['删去这个标签：页面头部由网站统一生成', 'remove it: the site writes the page head']
            : ['删去这个标签，改用 Markdown：**加粗**、[链接](https://…)、![图片说明](./照片.jpg)、列表和表格', 'use Markdown instead'];
      report(line, refusal('html-element-not-allowed', [`不允许的 HTML 标签 <${name}>`, `the HTML element <${name}> is not allowed in content`], fix));
      return;
    }
    for (const [attribute, value = ''] of attributes) {
      const key = attribute.toLowerCase();
      if (!(HTML_ATTRIBUTES[name] ?? []).includes(key)) {
        const fix: [string, string] = key.startsWith('on')
          ? [`删去 ${key} 属性：事件属性会运行代码`, 'remove it: event handlers run code']
          : key === 'style'
            ? ['删去 style 属性：样式由网站统一决定', 'remove it: the site sets the look']
            : [`删去 ${key} 属性`, 'remove the attribute'];
        report(line, refusal('html-attribute-not-allowed', [`<${name}> 不允许有 ${key} 属性`, `attribute ${key} is not allowed on <${name}>`], fix));
        continue;
      }
      const refused = key === 'src' ? imageProblem(value) : key === 'href' ? linkProblem(value) : undefined;
      if (refused) report(line, refused);
    }
  };

  /** Raw HTML in a Markdown body: every opening tag, at its own line. */
  const checkHtml = (html: string, firstLine: number) => {
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const line = firstLine + (html.slice(0, parser.startIndex).match(/\n/g)?.length ?? 0);
          checkElement(line, name, Object.entries(attributes));
        },
      },
      { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
    parser.write(html);
    parser.end();
  };

  // Reference-style images ![alt][ref] take their source from a definition [ref]: url.
  const definitions = new Map<string, string>();
  const collect = (node: Node & { identifier?: string }) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);

  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          line,
          refusal(
            'mdx-import-export',
            ['正文里不能有 import 或 export：内容不能运行代码或引入模块', 'content cannot import modules or run code'],
            [`删去这一行；${COMPONENT_NAMES} 不用导入就能用`, 'remove the line; the site’s components need no import'],
          ),
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} runs nothing.
        if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value ?? '')) return;
        report(
          line,
          refusal(
            'mdx-expression',
            [`花括号 {…} 里的内容是代码，会在生成网站时运行：“{${(node.value ?? '').trim().slice(0, 40)}}”`, 'an {expression} runs code at build time'],
            ['删去花括号和里面的内容；要显示花括号本身，写成 \\{ 和 \\}', 'remove it; write \\{ and \\} for literal braces'],
          ),
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!name) {
          report(line, refusal('mdx-fragment', ['不允许空的 <>…</> 标签', 'fragments are not allowed'], ['删去 <> 和 </>', 'remove them']));
        } else if (/^[a-z]/.test(name)) {
          const attributes: [string, string | undefined][] = [];
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value === 'object') {
              report(line, refusal('mdx-attribute-code', [`<${name}> 的属性不能是代码 {…}`, 'attribute values must be plain text'], ['把属性值写成带引号的文字，如 title="说明"', 'write a quoted value']));
            } else attributes.push([attribute.name!, attribute.value == null ? undefined : String(attribute.value)]);
          }
          checkElement(line, name, attributes);
        } else if (!(name in MDX_COMPONENTS)) {
          report(
            line,
            refusal('unknown-component', [`不认识的组件 <${name}>`, `unknown component <${name}>`], [`只能用网站自己的组件：${COMPONENT_NAMES}；其余用 Markdown 写`, `use ${COMPONENT_NAMES} or Markdown`]),
          );
        } else {
          const allowed = MDX_COMPONENTS[name as keyof typeof MDX_COMPONENTS];
          for (const attribute of node.attributes ?? []) {
            if (attribute.type !== 'mdxJsxAttribute') {
              report(line, refusal('mdx-attribute-code', [`<${name}> 里不能写 {...} 代码`, 'spread attributes run code'], ['删去花括号，逐个写属性，如 type="tip"', 'write each attribute as text']));
              continue;
            }
            const spec = (allowed as Record<string, readonly string[] | null>)[attribute.name!];
            if (spec === undefined) {
              const names = Object.keys(allowed);
              report(
                line,
                refusal(
                  'unknown-component-attribute',
                  [`<${name}> 没有 ${attribute.name} 属性`, `<${name}> has no attribute ${attribute.name}`],
                  names.length > 0 ? [`可用的属性：${names.join('、')}`, `available: ${names.join(', ')}`] : [`删去这个属性：<${name}> 不需要属性`, 'remove it'],
                ),
              );
            } else if (typeof attribute.value !== 'string') {
              report(
                line,
                refusal('mdx-attribute-code', [`<${name}> 的 ${attribute.name} 必须是带引号的文字，不能是代码 {…}`, `${attribute.name} must be a quoted text`], [`写成 ${attribute.name}="…"`, `write ${attribute.name}="…"`]),
              );
            } else if (spec && !spec.includes(attribute.value)) {
              report(
                line,
                refusal(
                  'component-attribute-value',
                  [`<${name}> 的 ${attribute.name}="${attribute.value}" 不可用`, `not one of ${spec.join(', ')}`],
                  // The values are the same in both languages.
                  [`改为 ${spec.map((value) => `${attribute.name}="${value}"`).join('、')}`, ''],
                ),
              );
            }
          }
        }
        break;
      }
      case 'html':
        checkHtml(node.value ?? '', line);
        return;
      case 'link':
      case 'definition': {
        const refused = linkProblem(node.url ?? '');
        if (refused) report(line, refused);
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? (node.url ?? '') : (definitions.get((node as { identifier?: string }).identifier ?? '') ?? '');
        const refused = imageProblem(url);
        if (refused) report(line, refused);
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
