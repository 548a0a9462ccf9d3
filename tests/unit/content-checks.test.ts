/**
 * The small checks of a content file that the build and `npm run check:content` share
 * (src/lib/content/entry-checks.ts), each on its own.
 */
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, findHardLineBreaks, findUnsafeLinksInData } from '@/lib/content/body-checks';
import { findChineseCopyWarnings, findChineseCopyWarningsInData, lintChinese } from '@/lib/content/chinese-copy';
import { lineOfPath, parseFieldPath, parseYamlWithPositions, splitSource } from '@/lib/content/frontmatter';
import { findStaleVerification } from '@/lib/content/verified';
import { formatBilingual } from '@/lib/content/problems';
import { schemaOf, schemaProblems } from '@/lib/content/check';
import { entryId } from '@/lib/content/entry-id';
import { checkEntryFile } from '@/lib/content/entry-checks';
import { leavesOf } from '@/lib/content/data-leaves';

describe('findUnsafeLinksInData', () => {
  it('finds javascript: and data: links in frontmatter strings, with the field', () => {
    const problems = findUnsafeLinksInData('x.md', { website: 'javascript:alert(1)', summary: { zh: '见[此处](data:text/html,hi)。' }, ok: 'https://a.cn' });
    expect(problems.map((p) => p.field)).toEqual(['website', 'summary.zh']);
    expect(formatBilingual(problems[0]!.problem)).toContain('不允许 javascript: 链接');
  });
});

describe('findHardLineBreaks', () => {
  it('reports a Chinese paragraph broken over two lines, at the first line', () => {
    const problems = findHardLineBreaks('x.md', '\n第一句话，\n接着写的第二句。\n', 8);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual([`9 ${BODY_FIELD}`]);
    expect(formatBilingual(problems[0]!.fix)).toContain('把第 9 行和第 10 行连成一行');
  });
  it('leaves lists, headings, tables, tags, code, English and separate paragraphs alone', () => {
    const body = [
      '- 第一项',
      '- 第二项',
      '## 标题',
      '正文。',
      '',
      '另一段。',
      '| 表头 |',
      '| 内容 |',
      '<Callout type="tip">提示。</Callout>',
      '下一句。',
      '```',
      '代码，',
      '代码',
      '```',
      'An English line,',
      '接着写。',
      '',
      '有意换行：  ',
      '第二行。',
    ].join('\n');
    expect(findHardLineBreaks('x.md', body, 1)).toEqual([]);
  });
});

describe('findStaleVerification', () => {
  const now = new Date('2025-06-15T00:00:00Z');
  it('warns when verified is more than 12 months old, as text or as a Date', () => {
    expect(findStaleVerification('x.md', { verified: '2024-06-14' }, now).map((p) => p.field)).toEqual(['verified']);
    expect(formatBilingual(findStaleVerification('x.md', { verified: new Date('2023-01-01') }, now)[0]!.problem)).toContain('核实日期 2023-01-01 已超过 12 个月');
  });
  it('is quiet for a recent day or none', () => {
    expect(findStaleVerification('x.md', { verified: '2024-06-15' }, now)).toEqual([]);
    expect(findStaleVerification('x.md', {}, now)).toEqual([]);
  });
});

describe('Chinese copy (zhlint)', () => {
  it('accepts the project rule: no space between Chinese and Latin letters or digits', () => {
    expect(lintChinese('2009年3月成立，共18个网格，悦园商厦B1层，“党员示范岗”（牌子）。', { markdown: false })).toEqual([]);
  });
  it('warns about an extra space, half-width punctuation and wrong quotation marks', () => {
    expect(formatBilingual(lintChinese('共有 18 个网格。', { markdown: false })[0]!.problem)).toContain('中文与英文或数字之间多了空格');
    expect(formatBilingual(lintChinese('测试正文,第二句。', { markdown: false })[0]!.problem)).toContain('中文里用了半角标点');
    expect(formatBilingual(lintChinese('他说「好」。', { markdown: false })[0]!.problem)).toContain('wrong quotation marks');
  });
  it('gives the line in the body and the field in frontmatter; English is left alone', () => {
    expect(findChineseCopyWarnings('x.md', '\n## 标题\n\n共有 18 个网格。', 10, BODY_FIELD).map((p) => p.line)).toEqual([13, 13]);
    expect(findChineseCopyWarnings('pages/en/visit.md', '共有 18 个网格.', 1, BODY_FIELD)).toEqual([]);
    const data = { summary: { zh: '共有 18 个网格。', en: 'There are 18 grids, "good".' }, nameEn: '雷靖 Rain gear' };
    expect(findChineseCopyWarningsInData('x.md', data).map((p) => p.field)).toEqual(['summary.zh', 'summary.zh']);
  });
});

describe('frontmatter positions', () => {
  const text = ['---', 'name: 测试商店', 'honours:', '  - kind: 和谐商户', '    year: 2999', 'summary: { zh: 简介 }', '---', '', '正文。'].join('\n');
  const source = splitSource('merchants/x.md', text);
  const parsed = parseYamlWithPositions(source);
  it('splits frontmatter and body with their lines', () => {
    expect(source.yamlStartLine).toBe(2);
    expect(source.bodyStartLine).toBe(8);
    expect(source.body.split('\n')[1]).toBe('正文。');
  });
  it('maps a field path to its line, a missing field to its parent or the first line', () => {
    expect(lineOfPath(parsed, ['honours', 0, 'year'], 1)).toBe(5);
    expect(lineOfPath(parsed, ['summary', 'zh'], 1)).toBe(6);
    expect(lineOfPath(parsed, ['honours', 0, 'source'], 1)).toBe(4);
    expect(lineOfPath(parsed, ['source'], 1)).toBe(1);
    expect(parseFieldPath('honours[0].year')).toEqual(['honours', 0, 'year']);
  });
});

describe('one-line messages', () => {
  it('takes a schema issue’s problem and fix from the message table, with no text parsed back', () => {
    const thisYear = new Date().getFullYear();
    const text = ['---', 'name: 测试商店', 'catgory: 雨具', 'honours:', '  - kind: 和谐商户', '    year: 2999', 'source: { source: yuyuan-case-2018 }', '---', ''].join('\n');
    const source = splitSource('x.md', text);
    const parsed = parseYamlWithPositions(source);
    const data = parsed.doc.toJS();
    const result = schemaOf('merchants').safeParse(data);
    const problems = schemaProblems('x.md', result.error!.issues, parsed, source.frontmatterLine, data);
    expect(problems.map(({ code, line, field }) => `${line} ${field} ${code}`)).toEqual(['6 honours[0].year year-in-future', '1 summary required', '3 catgory unknown-field']);
    const [year, missing, unknown] = problems;
    expect(unknown!.problem).toEqual({ zh: '未知字段“catgory”，是不是“category”？', en: 'unknown field "catgory"; did you mean "category"?' });
    expect(unknown!.fix).toEqual({ zh: '改正字段名，或删去这一行', en: 'fix the field name or delete the line' });
    expect(year).toMatchObject({ severity: 'error', problem: { zh: '年份不能晚于今年', en: 'year must not be in the future' }, fix: { zh: `请改为 ${thisYear} 或更早`, en: `use ${thisYear} or earlier` } });
    expect(formatBilingual(missing!.problem)).toBe('缺少必填项（required）');
    expect(formatBilingual(missing!.fix)).toBe('请填写简介（zh: 中文，en: 英文可选）（add summary { zh, en? }）');
  });
  it('gives zod’s own English messages a Chinese one by their kind', () => {
    const text = ['---', 'foundingMembers: 2.5', '---', ''].join('\n');
    const source = splitSource('x.md', text);
    const parsed = parseYamlWithPositions(source);
    const issues = [{ code: 'invalid_type', path: ['foundingMembers'], message: 'Invalid input: expected int, received number' }];
    expect(schemaProblems('x.md', issues, parsed, 1, parsed.doc.toJS())).toEqual([
      {
        code: 'schema-invalid',
        severity: 'error',
        file: 'x.md',
        line: 2,
        field: 'foundingMembers',
        problem: { zh: '类型不对', en: 'Invalid input: expected int, received number' },
        fix: { zh: '按上面的说明改正', en: 'correct the value as described' },
      },
    ]);
  });
  it('gives files the ids Astro gives them', () => {
    expect(entryId('cuige-zhubao.md')).toBe('cuige-zhubao');
    expect(entryId('en/visit.md')).toBe('en/visit');
  });
});

describe('leavesOf', () => {
  it('gives every leaf value with its path, leaving out skipped keys', () => {
    const day = new Date('2024-05-01');
    const data = { name: 'a', honours: [{ year: 2019 }], contact: { phone: 'x' }, verified: day };
    expect([...leavesOf(data, (key, at) => at.length === 0 && key === 'contact')]).toEqual([
      { value: 'a', at: ['name'] },
      { value: 2019, at: ['honours', 0, 'year'] },
      { value: day, at: ['verified'] },
    ]);
  });
});

describe('checkEntryFile', () => {
  it('puts each problem with the errors or the warnings by its own severity, with its code and line', () => {
    const text = ['---', 'name: 测试商店', 'date: 2020-02-30', 'verified: 2020-01-01', '---', '', '测试正文,第二句。', ''].join('\n');
    const { errors, warnings } = checkEntryFile({ file: 'x.md', text, data: { name: '测试商店', verified: '2020-01-01' }, entryDir: '/d', exists: () => true, now: new Date('2025-06-15T00:00:00Z') });
    expect(errors.map(({ code, severity, line }) => `${line} ${code} ${severity}`)).toEqual(['3 impossible-day error']);
    expect(warnings.map(({ code, severity, line }) => `${line} ${code} ${severity}`)).toEqual(['4 stale-verification warning', '7 chinese-copy warning']);
  });
});
