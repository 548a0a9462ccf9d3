/**
 * What the 公众号 editor drops or refuses when an article is pasted in, found in an export's HTML
 * (parsed, not searched as text). The export stops on any of it (./article.ts), and the tests use
 * the same list. The editor keeps inline styles only: it removes <style>, <link>, classes, ids,
 * scripts and event attributes; custom elements and SVG lose their content; links may not point
 * outside WeChat (the one 阅读原文 link is set beside the article); and styles that need a
 * stylesheet, a root size or a positioned ancestor are lost or move things.
 */
import { load } from 'cheerio';

/** Elements the editor removes, or that would bring code, frames or forms into an article. */
const FORBIDDEN_ELEMENTS = new Set([
  'a', 'audio', 'base', 'button', 'canvas', 'embed', 'form', 'iframe', 'input', 'link', 'meta', 'noscript',
  'object', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video',
]);

/** The attributes an exported element may carry; every other (class, id, data-*, on*, aria-*) is dropped. */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['style'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

/** Style values the editor drops or cannot honour. */
const FORBIDDEN_STYLES: { pattern: RegExp; why: string }[] = [
  { pattern: /var\(/i, why: 'a custom property (var()), which has no value outside the site' },
  { pattern: /(^|;)\s*position\s*:/i, why: 'positioning, which the editor removes' },
  { pattern: /\d(rem|vw|vh)\b/i, why: 'a size relative to the page (rem, vw, vh)' },
  { pattern: /url\(/i, why: 'a background image, which the editor does not upload' },
  { pattern: /expression\(|javascript:/i, why: 'code in a style' },
];

export interface MarkupProblem {
  element: string;
  problem: string;
}

export function isAllowedAttribute(element: string, attribute: string): boolean {
  return (ALLOWED_ATTRIBUTES['*']!.includes(attribute) || ALLOWED_ATTRIBUTES[element]?.includes(attribute)) ?? false;
}

/** Every piece of markup in `html` that the 公众号 editor would drop, refuse or show wrongly. */
export function forbiddenMarkup(html: string): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const $ = load(html, null, false);
  $('*')
    .contents()
    .add($.root().contents())
    .each((_, node) => {
      if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') problems.push({ element: `<!${node.type}>`, problem: 'a comment or directive' });
    });
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    const name = element.name.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) problems.push({ element: name, problem: 'an element the editor removes' });
    if (name.includes('-')) problems.push({ element: name, problem: 'a custom element' });
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (!isAllowedAttribute(name, attribute)) problems.push({ element: name, problem: `the attribute ${attribute}` });
      if (attribute === 'style') {
        for (const { pattern, why } of FORBIDDEN_STYLES) if (pattern.test(value)) problems.push({ element: name, problem: `${why}: ${value}` });
      }
      if (name === 'img' && attribute === 'src' && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) {
        problems.push({ element: name, problem: `an image from an address (${value.slice(0, 40)}), not a file to upload` });
      }
    }
  });
  return problems;
}
