/**
 * The learning centre's order: sections in the order the site lists them, guides by `order` within
 * a section. Pure; the sidebar, the index page and previous/next links use it.
 */
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
  const flat = groups.flatMap((group) => group.guides);
  const index = flat.findIndex((guide) => guide.id === id);
  if (index < 0) return {};
  return { prev: flat[index - 1], next: flat[index + 1] };
}
