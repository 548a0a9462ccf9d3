import { describe, expect, it } from 'vitest';
import { tableOfContents, type Heading } from '@/lib/guides';

const h = (depth: number, text: string): Heading => ({ depth, slug: text.toLowerCase().replace(/\s+/g, '-'), text });

describe('tableOfContents', () => {
  it('nests each h3 under the h2 before it', () => {
    const toc = tableOfContents([h(2, 'A'), h(3, 'A one'), h(3, 'A two'), h(2, 'B'), h(2, 'C'), h(3, 'C one')]);
    expect(toc.map((item) => [item.text, item.children.map((child) => child.text)])).toEqual([
      ['A', ['A one', 'A two']],
      ['B', []],
      ['C', ['C one']],
    ]);
    expect(toc[0]!.children[0]).toEqual({ depth: 3, slug: 'a-one', text: 'A one', children: [] });
  });

  it('leaves out headings outside the depth limits (the h1, h4 and deeper)', () => {
    const toc = tableOfContents([h(1, 'Title'), h(2, 'A'), h(4, 'Deep'), h(3, 'A one'), h(5, 'Deeper')], { minDepth: 2, maxDepth: 3 });
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a-one', text: 'A one', children: [] }] }]);
  });

  it('honours other limits: only h2 makes a flat list', () => {
    const toc = tableOfContents([h(2, 'A'), h(3, 'A one'), h(2, 'B')], { minDepth: 2, maxDepth: 2 });
    expect(toc.map((item) => item.text)).toEqual(['A', 'B']);
    expect(toc.every((item) => item.children.length === 0)).toBe(true);
  });

  it('keeps the h3 of a guide with no h2 at the top level, and is empty for a guide without headings', () => {
    expect(tableOfContents([h(3, 'X'), h(3, 'Y')]).map((item) => item.text)).toEqual(['X', 'Y']);
    expect(tableOfContents([])).toEqual([]);
    expect(tableOfContents([h(1, 'Only the title')])).toEqual([]);
  });

  it('starts a new branch when a shallower heading follows a deeper one', () => {
    const toc = tableOfContents([h(3, 'Lead-in'), h(2, 'A'), h(3, 'A one')]);
    expect(toc.map((item) => [item.text, item.children.length])).toEqual([
      ['Lead-in', 0],
      ['A', 1],
    ]);
  });
});
