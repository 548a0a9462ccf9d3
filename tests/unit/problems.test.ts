import { describe, expect, it } from 'vitest';
import {
  bySeverity,
  ContentProblemError,
  dedupeProblems,
  fieldPath,
  formatBilingual,
  formatProblem,
  formatProblemLine,
  type ContentProblem,
} from '@/lib/content/problems';
import { findImpossibleDays } from '@/lib/content/frontmatter-dates';
import { duplicateIdProblem } from '@/lib/content/loaders';
import { findImageProblems } from '@/lib/content/images';

/** A problem as data: each part in both languages, printed only by the formatters. */
const yearInFuture: ContentProblem = {
  code: 'year-in-future',
  severity: 'error',
  file: 'src/content/merchants/x.md',
  line: 7,
  field: 'honours[0].year',
  problem: { zh: '年份不能晚于今年', en: 'year must not be in the future' },
  fix: { zh: '请改为 2026 或更早', en: 'use 2026 or earlier' },
};

describe('formatBilingual', () => {
  it('writes Chinese, then English in full-width brackets', () => {
    expect(formatBilingual({ zh: '缺少必填项', en: 'required' })).toBe('缺少必填项（required）');
  });
  it('keeps brackets that are part of the Chinese', () => {
    expect(formatBilingual({ zh: '请填写文字（名称）', en: 'add text (name)' })).toBe('请填写文字（名称）（add text (name)）');
  });
  it('leaves the brackets out where there is no English, and adds a detail after both', () => {
    expect(formatBilingual({ zh: '请精简', en: '' })).toBe('请精简');
    expect(formatBilingual({ zh: 'YAML 格式错误', en: 'YAML syntax error', detail: 'bad indentation' })).toBe('YAML 格式错误（YAML syntax error）：bad indentation');
  });
});

describe('formatProblem', () => {
  it('shows file and line, field, problem and fix on their own lines', () => {
    expect(formatProblem(yearInFuture).split('\n')).toEqual([
      '✖ src/content/merchants/x.md:7',
      '  字段 field: honours[0].year',
      '  问题 problem: 年份不能晚于今年（year must not be in the future）',
      '  修改 fix: 请改为 2026 或更早（use 2026 or earlier）',
    ]);
  });
  it('marks a warning as one, from its severity', () => {
    const warning: ContentProblem = { ...yearInFuture, severity: 'warning', line: undefined, file: 'a.md' };
    expect(formatProblem(warning).split('\n')[0]).toBe('⚠ 警告 warning: a.md');
  });
  it('joins every problem into one error message with a count', () => {
    const error = new ContentProblemError([yearInFuture, { ...yearInFuture, file: 'b.md', line: undefined }]);
    expect(error.message).toContain('内容有 2 处问题');
    expect(error.message).toContain('✖ src/content/merchants/x.md:7');
    expect(error.message).toContain('✖ b.md\n');
    expect(error.problems).toHaveLength(2);
  });
  it('writes paths as an editor reads them', () => {
    expect(fieldPath(['honours', 0, 'year'])).toBe('honours[0].year');
    expect(fieldPath(['merchants', 1])).toBe('merchants[1]');
  });
});

describe('formatProblemLine', () => {
  it('formats file:line field — problem — fix; a warning is marked from its severity', () => {
    expect(formatProblemLine(yearInFuture)).toBe(
      'src/content/merchants/x.md:7 honours[0].year — 年份不能晚于今年（year must not be in the future） — 请改为 2026 或更早（use 2026 or earlier）',
    );
    expect(formatProblemLine({ ...yearInFuture, severity: 'warning' })).toMatch(/^警告 warning: src\/content\/merchants\/x\.md:7 /);
    // A fix without English is printed without empty brackets.
    expect(formatProblemLine({ ...yearInFuture, fix: { zh: '改为 2024 或更早', en: '' } })).toBe(
      'src/content/merchants/x.md:7 honours[0].year — 年份不能晚于今年（year must not be in the future） — 改为 2024 或更早',
    );
  });
});

describe('dedupeProblems and bySeverity', () => {
  it('keeps one problem per code, file, line and field, whatever its text', () => {
    const sameKind = { ...yearInFuture, problem: { zh: '另一种说法', en: 'said otherwise' } };
    const otherKind: ContentProblem = { ...yearInFuture, code: 'unsafe-link' };
    const elsewhere = { ...yearInFuture, line: 8 };
    expect(dedupeProblems([yearInFuture, sameKind, otherKind, elsewhere])).toEqual([yearInFuture, otherKind, elsewhere]);
  });
  it('puts errors and warnings apart by severity, each in the order found', () => {
    const warning: ContentProblem = { ...yearInFuture, code: 'chinese-copy', severity: 'warning' };
    const second = { ...yearInFuture, line: 9 };
    expect(bySeverity([warning, yearInFuture, second])).toEqual({ errors: [yearInFuture, second], warnings: [warning] });
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
    expect(problem).toMatchObject({ code: 'duplicate-id', severity: 'error', file: 'src/content/merchants/cuige-zhubao.mdx', field: '(id)' });
    expect(formatBilingual(problem.problem)).toContain('src/content/merchants/cuige-zhubao.md');
    expect(formatBilingual(problem.problem)).toContain('cuige-zhubao');
  });
});

describe('findImageProblems', () => {
  const data = { photos: [{ src: './front.jpg', alt: '门面' }, { src: './inside.jpg', alt: '店内' }], cover: { src: '../shared/logo.png' } };
  it('reports each relative image whose file is missing, with its field', () => {
    const exists = (p: string) => p.endsWith('front.jpg');
    const problems = findImageProblems('src/content/merchants/x.md', '/site/src/content/merchants', data, exists, () => true, () => 1000);
    expect(problems.map((p) => p.field)).toEqual(['photos[1].src', 'cover.src']);
    expect(formatBilingual(problems[0]!.fix)).toContain('src/content/merchants/inside.jpg');
  });
  it('finds nothing when every file is there and is an image', () => {
    expect(findImageProblems('x.md', '/d', data, () => true, () => true, () => 1000)).toEqual([]);
  });
  it('reports a photo over the size limit, wherever it is kept', () => {
    const problems = findImageProblems('x.md', '/d', { cover: { src: '../elsewhere/huge.jpg' } }, () => true, () => true, () => 6 * 1024 * 1024);
    expect(problems.map((p) => `${p.field} ${formatBilingual(p.problem).slice(0, 6)}`)).toEqual(['cover.src 照片“../']);
    expect(formatBilingual(problems[0]!.problem)).toContain('6.0 MB');
  });
  it('reports a file that is not an image, a photo on another host and a path without ./', () => {
    const photos = { photos: [{ src: './fake.jpg' }, { src: 'https://cdn.example/a.jpg' }, { src: '//cdn.example/b.jpg' }, { src: 'front.jpg' }] };
    const problems = findImageProblems('src/content/merchants/x.md', '/d', photos, () => true, (p) => !p.endsWith('fake.jpg'), () => 1000);
    expect(problems.map((p) => p.field)).toEqual(['photos[0].src', 'photos[1].src', 'photos[2].src', 'photos[3].src']);
    expect(problems.map((p) => formatBilingual(p.problem)).join('\n')).toMatch(/不是图片文件[\s\S]*在别的网站上[\s\S]*在别的网站上[\s\S]*要以 \.\/ 开头/);
  });
});
