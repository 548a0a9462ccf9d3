/** What the 公众号 editor drops, found in parsed HTML (src/lib/wechat/forbidden-markup.ts). */
import { describe, expect, it } from 'vitest';
import { forbiddenMarkup } from '@/lib/wechat/forbidden-markup';

const problems = (html: string) => forbiddenMarkup(html).map((found) => `${found.element}: ${found.problem}`);

describe('forbiddenMarkup', () => {
  it('accepts inline styles on plain elements, and an image file with its alt text', () => {
    expect(problems('<section style="color: #a11d21; margin: 0 0 18px;"><h2 style="font-size: 22px;">标题</h2><img src="01-a.jpg" alt="说明"><td colspan="2">x</td></section>')).toEqual([]);
  });

  it.each([
    ['<style>p{}</style>', 'style: an element the editor removes'],
    ['<script>1</script>', 'script: an element the editor removes'],
    ['<a href="https://x.example">x</a>', 'a: the attribute href'],
    ['<p class="x">x</p>', 'p: the attribute class'],
    ['<p id="x">x</p>', 'p: the attribute id'],
    ['<p onclick="x()">x</p>', 'p: the attribute onclick'],
    ['<p data-wx="x">x</p>', 'p: the attribute data-wx'],
    ['<my-box>x</my-box>', 'my-box: a custom element'],
    ['<p style="color: var(--color-accent)">x</p>', 'p: a custom property'],
    ['<p style="position: absolute">x</p>', 'p: positioning'],
    ['<p style="font-size: 1.2rem">x</p>', 'p: a size relative to the page'],
    ['<p style="background: url(x.png)">x</p>', 'p: a background image'],
    ['<img src="https://cdn.example/a.jpg" alt="x">', 'img: an image from an address'],
    ['<img src="data:image/png;base64,AAAA" alt="x">', 'img: an image from an address'],
    ['<p>x<!-- note --></p>', '<!comment>: a comment'],
  ])('finds %s', (html, expected) => {
    expect(problems(html).some((problem) => problem.startsWith(expected))).toBe(true);
  });
});
