/**
 * The learning centre's order: sections in the order the site lists them, guides by `order` within
 * a section. Pure; the sidebar, the index page and previous/next links use it.
 */
import { adjacent } from './content/relations';

export interface Ordered {
  id: string;
  data: { section: string; order: number; title: string };
}

/** Guides grouped by section, sections in `sectionOrder`, guides by their order then title. */
export function guidesBySection<T extends Ordered>(guides: readonly T[], sectionOrder: readonly string[]): { section: string; guides: T[] }[] {
  return sectionOrder
    .map((section) => ({
      section,
      guides: guides
        .filter((guide) => guide.data.section === section)
        .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN')),
    }))
    .filter((group) => group.guides.length > 0);
}

/** The guides before and after `id` in reading order (across sections). */
export function neighbours<T extends Ordered>(groups: { guides: T[] }[], id: string): { prev?: T; next?: T } {
  return adjacent(groups.flatMap((group) => group.guides), id);
}

/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents, with the lower headings under it. */
export interface TocItem {
  slug: string;
  text: string;
  depth: number;
  children: TocItem[];
}

/**
 * "On this page": the headings between minDepth and maxDepth as a nested list, each heading under
 * the nearest shallower one before it (h3 under their h2). A heading deeper than the one before it
 * by more than one level still nests one level down.
 */
export function tableOfContents(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < minDepth || depth > maxDepth) continue;
    const item: TocItem = { slug, text, depth, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(item);
    stack.push(item);
  }
  return root;
}
