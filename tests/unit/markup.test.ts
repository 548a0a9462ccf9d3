/**
 * The markup of a body (src/lib/content/markup.ts): MDX that would run code, HTML outside what
 * Markdown renders, links that would run code and images from another host, each with its line.
 */
import { describe, expect, it } from 'vitest';
import { formatBilingual } from '@/lib/content/problems';
import { findUnsafeMarkup, normalisedUrl } from '@/lib/content/markup';

const lines = (body: string, mdx = false) => findUnsafeMarkup('x.mdx', body, 10, { mdx }).map((problem) => `${problem.line} ${formatBilingual(problem.problem)}`);

describe('MDX: no code from content', () => {
  it('refuses import/export and {expressions}, at their line', () => {
    const found = lines("import fs from 'node:fs'\n\n正文\n\n{fs.readFileSync('/etc/passwd', 'utf8')}\n\n结尾 {globalThis.process.exit(0)} 。", true);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^10 .*import/);
    expect(found[1]).toMatch(/^14 .*readFileSync/);
    expect(found[2]).toMatch(/^16 .*process\.exit/);
  });
  it('refuses code between two comments: {/* a */ code /* b */}', () => {
    expect(lines('{/* a */ globalThis.process.exit(0) /* b */}', true)).toHaveLength(1);
  });
  it('allows the site’s components with literal attributes, and {/* comments */}', () => {
    const body = '<Callout type="tip" title="小提示">\n\n要点\n\n</Callout>\n\n<Steps>\n\n1. 第一步\n\n</Steps>\n\n<Checklist id="a">\n\n- 一项\n\n</Checklist>\n\n{/* 编辑的备注 */}';
    expect(lines(body, true)).toEqual([]);
  });
  it('refuses other components, expression and spread attributes, unknown attributes and values', () => {
    const found = lines('<Evil />\n\n<Callout type={"tip"}>a</Callout>\n\n<Callout {...props}>b</Callout>\n\n<Callout kind="x">c</Callout>\n\n<Callout type="danger">d</Callout>\n\n<a href={"java" + "script:alert(1)"}>e</a>', true);
    expect(found.map((line) => line.split(' ')[0])).toEqual(['10', '12', '14', '16', '18', '20']);
    expect(found[0]).toContain('<Evil>');
    expect(found[4]).toContain('danger');
  });
  it('reports MDX it cannot read with its line, instead of a stack trace', () => {
    const found = lines('正文\n\n<Callout type="tip">\n\n没有结束标签', true);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('MDX 写法有误');
  });
});

describe('HTML in a body is an allowlist', () => {
  it('refuses scripts, event handlers, frames, style, meta and forms, each at its line', () => {
    const body = ['<script>alert(1)</script>', '', '<img src="./a.jpg" alt="图" onerror="alert(1)">', '', '<iframe src="https://video.example/1"></iframe>', '', '<p style="background:url(https://x.example/a.png)">字</p>', '', '<meta http-equiv="refresh" content="0;url=https://x.example">', '', '<form action="https://x.example"><input name="q"></form>'].join('\n');
    const found = lines(body);
    expect(found.map((line) => line.split(' ')[0])).toEqual(['10', '12', '14', '16', '18', '20', '20']);
    expect(found.join('\n')).toMatch(/<script>[\s\S]*onerror[\s\S]*<iframe>[\s\S]*style[\s\S]*<meta>[\s\S]*<form>[\s\S]*<input>/);
  });
  it('allows what Markdown itself renders', () => {
    expect(lines('第一行<br>第二行\n\n<sup>1</sup> <a href="https://example.org" title="t">链接</a>\n\n<table><tr><td align="left">格</td></tr></table>')).toEqual([]);
  });
  it('applies the same rules to lowercase tags in MDX', () => {
    expect(lines('<iframe src="https://x.example" />\n\n<p style="color:red">字</p>', true)).toHaveLength(2);
  });
});

describe('links and images', () => {
  it('refuses schemes other than http(s), mailto and tel, however they are written', () => {
    const body = ['[a](javascript:alert(1))', '[b](JaVaScRiPt:alert(1))', '<a href="&#106;avascript:alert(1)">c</a>', '<a href="java&#x09;script:alert(1)">d</a>', '<a href=" vbscript:x">e</a>', '', '[f]: data:text/html,hi', '', '[好](https://a.example) [站内](/visit/) [邮件](mailto:a@b.example) [电话](tel:021) [锚](#x)'].join('\n');
    expect(lines(body).map((line) => line.split(' ')[0])).toEqual(['10', '11', '12', '13', '14', '16']);
  });
  it('refuses images from another host, in Markdown, by reference and in HTML', () => {
    const body = ['![图](https://cdn.example/a.png)', '', '![图][r]', '', '<img src="//cdn.example/b.png" alt="图">', '', '![本站](./a.jpg) ![站内](/favicon.svg)', '', '[r]: https://cdn.example/c.png'].join('\n');
    expect(lines(body).map((line) => line.split(' ')[0])).toEqual(['10', '12', '14']);
  });
  it('reads a URL as a browser does', () => {
    expect(normalisedUrl(' Java\tScript&colon;x')).toBe('javascript:x');
  });
});
