import { describe, expect, it } from 'vitest';
import { ContentProblemError, fieldPath, formatProblem } from '../../src/lib/content/problems';
import { findImpossibleDays } from '../../src/lib/content/frontmatter-dates';
import { duplicateIdProblem } from '../../src/lib/content/loaders';
import { findImageProblems } from '../../src/lib/content/images';

describe('formatProblem', () => {
  it('shows file and line, field, problem and fix on their own lines', () => {
    const text = formatProblem({ file: 'src/content/merchants/x.md', line: 7, field: 'honours[0].year', problem: '年份不能晚于今年', fix: '改为 2026 或更早' });
    expect(text.split('\n')).toEqual([
      '✖ src/content/merchants/x.md:7',
      '  字段 field: honours[0].year',
      '  问题 problem: 年份不能晚于今年',
      '  修改 fix: 改为 2026 或更早',
    ]);
  });
  it('marks a warning as one', () => {
    expect(formatProblem({ file: 'a.md', field: 'x', problem: 'p', fix: 'f' }, 'warning').split('\n')[0]).toBe('⚠ 警告 warning: a.md');
  });
  it('joins every problem into one error message with a count', () => {
    const error = new ContentProblemError([
      { file: 'a.md', field: 'x', problem: 'p', fix: 'f' },
      { file: 'b.md', field: 'y', problem: 'p', fix: 'f' },
    ]);
    expect(error.message).toContain('内容有 2 处问题');
    expect(error.message).toContain('✖ a.md');
    expect(error.message).toContain('✖ b.md');
  });
  it('writes paths as an editor reads them', () => {
    expect(fieldPath(['honours', 0, 'year'])).toBe('honours[0].year');
    expect(fieldPath(['merchants', 1])).toBe('merchants[1]');
  });
});

describe('findImpossibleDays', () => {
  it('finds a day YAML would silently roll over, with its line', () => {
    const text = ['---', 'title: 测试', 'date: 2018-02-30', 'updated: "2019-04-31"', 'ok: 2024-02-29', '---', '', 'date: 2018-02-31 in the body is ignored'].join('\n');
    expect(findImpossibleDays('src/content/stories/x.mdx', text).map((p) => `${p.line} ${p.field}`)).toEqual(['3 date', '4 updated']);
  });
  it('reads all of a YAML data file', () => {
    expect(findImpossibleDays('src/content/site.yaml', 'published: 2018-11-31\n')).toHaveLength(1);
  });
});

describe('duplicateIdProblem', () => {
  it('names both files and the id', () => {
    const problem = duplicateIdProblem('merchants', 'cuige-zhubao', 'src/content/merchants/cuige-zhubao.md', 'src/content/merchants/cuige-zhubao.mdx');
    expect(problem.file).toBe('src/content/merchants/cuige-zhubao.mdx');
    expect(problem.problem).toContain('src/content/merchants/cuige-zhubao.md');
    expect(problem.problem).toContain('cuige-zhubao');
  });
});

describe('findImageProblems', () => {
  const data = { photos: [{ src: './front.jpg', alt: '门面' }, { src: './inside.jpg', alt: '店内' }], cover: { src: '../shared/logo.png' } };
  it('reports each relative image whose file is missing, with its field', () => {
    const exists = (p: string) => p.endsWith('front.jpg');
    const problems = findImageProblems('src/content/merchants/x.md', '/site/src/content/merchants', data, exists, () => true, () => 1000);
    expect(problems.map((p) => p.field)).toEqual(['photos[1].src', 'cover.src']);
    expect(problems[0]!.fix).toContain('src/content/merchants/inside.jpg');
  });
  it('finds nothing when every file is there and is an image', () => {
    expect(findImageProblems('x.md', '/d', data, () => true, () => true, () => 1000)).toEqual([]);
  });
  it('reports a photo over the size limit, wherever it is kept', () => {
    const problems = findImageProblems('x.md', '/d', { cover: { src: '../elsewhere/huge.jpg' } }, () => true, () => true, () => 6 * 1024 * 1024);
    expect(problems.map((p) => `${p.field} ${p.problem.slice(0, 6)}`)).toEqual(['cover.src 照片“../']);
    expect(problems[0]!.problem).toContain('6.0 MB');
  });
  it('reports a file that is not an image, a photo on another host and a path without ./', () => {
    const photos = { photos: [{ src: './fake.jpg' }, { src: 'https://cdn.example/a.jpg' }, { src: '//cdn.example/b.jpg' }, { src: 'front.jpg' }] };
    const problems = findImageProblems('src/content/merchants/x.md', '/d', photos, () => true, (p) => !p.endsWith('fake.jpg'), () => 1000);
    expect(problems.map((p) => p.field)).toEqual(['photos[0].src', 'photos[1].src', 'photos[2].src', 'photos[3].src']);
    expect(problems.map((p) => p.problem).join('\n')).toMatch(/不是图片文件[\s\S]*在别的网站上[\s\S]*在别的网站上[\s\S]*要以 \.\/ 开头/);
  });
});
