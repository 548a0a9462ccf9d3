/**
 * What a content body may contain besides Markdown: the one list the content checks
 * (./markup.ts) read. HTML is limited to what the site's own Markdown rendering produces, so
 * pasted markup from the 公众号 editor or Word cannot bring scripts, styles, frames or other hosts.
 */

/**
 * HTML elements Markdown itself renders (raw HTML in a body may use these, and only these), and
 * <span lang>, which Markdown cannot write: a Chinese phrase in an English page is marked so screen
 * readers pronounce it in Chinese (WCAG 3.1.2).
 */
export const HTML_ELEMENTS: readonly string[] = [
  'a', 'blockquote', 'br', 'code', 'del', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'li', 'ol', 'p', 'pre',
  'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
];

/** The attributes each of those may carry (none for the others). */
export const HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ol: ['start'],
  span: ['lang'],
  td: ['align'],
  th: ['align'],
};

/** Link schemes a body may use; a link without a scheme (a site path, #fragment) is always fine. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * The site's MDX components (src/components/mdx/index.ts) with their attributes: each attribute's
 * allowed values, or null for any text. Guides use them without an import.
 */
export const MDX_COMPONENTS = {
  Callout: { type: ['note', 'tip', 'warning'], title: null },
  Steps: {},
  Checklist: { id: null },
} as const satisfies Record<string, Record<string, readonly string[] | null>>;
