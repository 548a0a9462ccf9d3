import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkRendered } from '@/lib/scaffold/check-entry';
import { Day, renderEntry, type FieldValue } from '@/lib/scaffold/template';
import { fieldTableMarkdown } from '@/lib/scaffold/field-table';
import { fieldValidator, helpFor, templateFields } from '@/lib/scaffold/fields';
import { fileIdFor } from '@/lib/scaffold/file-id';
import { nextGuideOrder, parseActivityWhen } from '@/lib/scaffold/answers';
import { SCAFFOLD_KIND_NAMES, schemaFor } from '@/lib/scaffold/schemas';
import { SCAFFOLD_KINDS, type ScaffoldKind } from '@/lib/sections';

/** The answers `npm run new` would collect, per kind. */
const ANSWERS: Record<ScaffoldKind, Record<string, FieldValue>> = {
  merchant: { name: '翠格珠宝', summary: { zh: '经营珠宝的党员商户，测试用的简介。' }, source: { source: 'test-source' } },
  story: {
    title: '测试故事标题',
    date: new Day('2026-05-01'),
    summary: { zh: '这是一个测试故事的摘要，至少要二十个字才行，所以多写一点。' },
    source: { source: 'test-source', section: '三（三）' },
  },
  activity: {
    title: '测试活动标题',
    recurrence: { frequency: 'monthly', dayOfMonth: 10 },
    series: '为民服务日',
    summary: { zh: '这是一个测试活动的摘要文字。' },
    source: { source: 'test-source' },
  },
  guide: { title: '测试指南标题', section: '网上经营', order: 3, summary: '这是一个测试指南的摘要文字。', updated: new Day('2026-05-01') },
  branch: { name: '测试党支部', kind: '党支部', summary: { zh: '这是一个测试党支部的简介文字。' }, source: { source: 'test-source' } },
};

function frontmatterOf(text: string): { data: Record<string, unknown>; lines: string[] } {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
  return { data: load(block) as Record<string, unknown>, lines: block.split('\n') };
}

describe('templateFields', () => {
  it.each(SCAFFOLD_KIND_NAMES)('%s: lists every field of the schema, in schema order', (kind) => {
    expect(templateFields(kind).map((field) => field.name)).toEqual(Object.keys(schemaFor(kind).shape));
  });

  it('knows which fields are required, from the schema', () => {
    const merchant = Object.fromEntries(templateFields('merchant').map((field) => [field.name, field.required]));
    expect(merchant).toMatchObject({ name: true, summary: true, source: true, nameEn: false, honours: false, partyMember: false });
    expect(templateFields('guide').find((field) => field.name === 'section')?.options).toContain('网上经营');
  });

  it.each(SCAFFOLD_KIND_NAMES)('%s: every field has a one-line Chinese explanation (add .meta({ description }) to a new field in src/lib/schema/)', (kind) => {
    for (const field of templateFields(kind)) {
      const help = helpFor(kind, field.name);
      expect(help, `${kind}.${field.name}`).toMatch(/\p{Script=Han}/u);
      expect(help, `${kind}.${field.name}`).not.toContain('\n');
      for (const key of field.keys ?? []) expect(helpFor(kind, `${field.name}.${key.name}`), `${kind}.${field.name}.${key.name}`).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('renderEntry', () => {
  it.each(SCAFFOLD_KIND_NAMES)('%s: writes every schema field once, given ones as YAML, the rest as comments', (kind) => {
    const text = renderEntry(kind, ANSWERS[kind]);
    const { data, lines } = frontmatterOf(text);
    for (const field of templateFields(kind)) {
      const written = lines.filter((line) => line.startsWith(`${field.name}:`));
      const commented = lines.filter((line) => line.startsWith(`# ${field.name}:`));
      expect(written.length + commented.length, field.name).toBe(1);
      expect(written.length === 1, field.name).toBe(ANSWERS[kind][field.name] !== undefined);
      if (commented[0]) expect(commented[0]).toContain(`# ${helpFor(kind, field.name)}`);
    }
    expect(Object.keys(data).sort()).toEqual(Object.keys(ANSWERS[kind]).sort());
  });

  it.each(SCAFFOLD_KIND_NAMES)('%s: the result passes the schema at once', (kind) => {
    expect(checkRendered(kind, `new${SCAFFOLD_KINDS[kind].extension}`, renderEntry(kind, ANSWERS[kind]))).toEqual([]);
  });

  it('writes days unquoted, so YAML reads them as dates like in the existing entries', () => {
    expect(renderEntry('story', ANSWERS.story)).toContain('\ndate: 2026-05-01\n');
  });

  it('quotes text that YAML would otherwise misread', () => {
    const text = renderEntry('merchant', { ...ANSWERS.merchant, name: 'A: B #1' });
    expect(frontmatterOf(text).data.name).toBe('A: B #1');
  });

  it('leaves the body as a comment that the page does not show (MDX comment in .mdx)', () => {
    expect(renderEntry('story', ANSWERS.story)).toMatch(/---\n\n\{\/\* .* \*\/\}\n$/);
    expect(renderEntry('merchant', ANSWERS.merchant)).toMatch(/---\n\n<!-- .* -->\n$/);
  });

  it('refuses what the schema refuses: the check is the schema, not a second list', () => {
    const twoDates = renderEntry('activity', ANSWERS.activity).replace('\n---\n\n', '\ndate: 2026-05-01\n---\n\n');
    const problems = checkRendered('activity', 'new.md', twoDates);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'new.md', severity: 'error' });
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});

describe('the template as YAML (the yaml Document API)', () => {
  it('writes optional fields as commented-out lines with their explanation, and required lists with their choices', () => {
    const { lines } = frontmatterOf(renderEntry('guide', { title: '测试指南标题' }));
    expect(lines).toContain(`# section: 网上经营  # 必填 required：学习中心的栏目；可选：网上经营、商品与营销、诚信经营、安全经营、党建与服务`);
    expect(lines).toContain(`# laws:  # ${helpFor('guide', 'laws')}`);
    expect(lines.at(-1)).toBe(`# activities:  # ${helpFor('guide', 'activities')}`);
  });

  it('writes a required object key by key, its optional keys as indented comments', () => {
    const { lines } = frontmatterOf(renderEntry('merchant', ANSWERS.merchant));
    const summary = lines.indexOf('summary:');
    expect(lines.slice(summary, summary + 3)).toEqual(['summary:', '  zh: 经营珠宝的党员商户，测试用的简介。', `  # en:  # ${helpFor('merchant', 'summary.en')}`]);
    expect(lines.slice(-3)).toEqual(['source:', '  source: test-source', `  # section:  # ${helpFor('merchant', 'source.section')}`]);
  });

  it('writes other objects on one line, and quotes text that would read as a date, a number or true', () => {
    const text = renderEntry('activity', { ...ANSWERS.activity, title: '2026-05-01', place: 'true', participants: '123' });
    const { data, lines } = frontmatterOf(text);
    expect(lines).toContain('recurrence: { frequency: monthly, dayOfMonth: 10 }');
    expect(data).toMatchObject({ title: '2026-05-01', place: 'true', participants: '123' });
  });
});

describe('fieldValidator', () => {
  it('checks one field, or one key of it, with the schema’s own messages', () => {
    expect(fieldValidator('merchant', 'summary.zh')!('短')).toContain('至少 10 个字');
    expect(fieldValidator('merchant', 'summary.zh')!('这是足够长的一段简介文字。')).toBeUndefined();
    expect(fieldValidator('story', 'date')!('2026-02-30')).toContain('不存在');
    expect(fieldValidator('guide', 'nothing')).toBeUndefined();
  });
});

describe('the kinds', () => {
  it('are the section table’s (src/lib/sections.ts), each with its own schema', () => {
    expect([...SCAFFOLD_KIND_NAMES].sort()).toEqual(['activity', 'branch', 'guide', 'merchant', 'story']);
    for (const kind of SCAFFOLD_KIND_NAMES) expect(SCAFFOLD_KINDS[kind].kind).toBe(kind);
  });
});

describe('fileIdFor', () => {
  it('gives toneless lower-case pinyin, syllables in pairs joined by hyphens', () => {
    expect(fileIdFor('翠格珠宝', [])).toBe('cuige-zhubao');
    expect(fileIdFor('上海琥珀屋', [])).toBe('shanghai-hupo-wu');
    expect(fileIdFor('绿色商品', [])).toBe('lvse-shangpin');
  });

  it('keeps Latin letters and digits, and is ASCII only', () => {
    expect(fileIdFor('互联网+培训2019', [])).toBe('hulian-wang-peixun-2019');
    expect(fileIdFor('“ABC”小店', [])).toBe('abc-xiaodian');
    expect(fileIdFor('开网店：从准备到售后的七个步骤、注意事项和常见的问题', [])).toMatch(/^[a-z0-9-]{2,48}$/);
  });

  it('de-duplicates with -2, -3', () => {
    expect(fileIdFor('翠格珠宝', ['cuige-zhubao'])).toBe('cuige-zhubao-2');
    expect(fileIdFor('翠格珠宝', ['cuige-zhubao', 'cuige-zhubao-2'])).toBe('cuige-zhubao-3');
  });

  it('falls back to "entry" for a name with nothing to spell', () => {
    expect(fileIdFor('！？', [])).toBe('entry');
  });
});

describe('nextGuideOrder', () => {
  it('is one after the highest order in the section', () => {
    const guides = [{ section: '网上经营', order: 1 }, { section: '网上经营', order: 4 }, { section: '安全经营', order: 9 }];
    expect(nextGuideOrder(guides, '网上经营')).toBe(5);
    expect(nextGuideOrder(guides, '诚信经营')).toBe(1);
  });
});

describe('parseActivityWhen', () => {
  it('reads a day, a monthly day, other rules, and empty as the source date', () => {
    expect(parseActivityWhen('2026-05-10', '2018-10-31')).toEqual({ field: 'date', value: new Day('2026-05-10') });
    expect(parseActivityWhen('每月10日', undefined)).toEqual({ field: 'recurrence', value: { frequency: 'monthly', dayOfMonth: 10 } });
    expect(parseActivityWhen('monthly:10', undefined)).toEqual({ field: 'recurrence', value: { frequency: 'monthly', dayOfMonth: 10 } });
    expect(parseActivityWhen('每季度', undefined)).toEqual({ field: 'recurrence', value: { frequency: 'quarterly' } });
    expect(parseActivityWhen('', '2018-10-31')).toEqual({ field: 'reported', value: new Day('2018-10-31') });
    expect(parseActivityWhen('下周', '2018-10-31')).toHaveProperty('error');
  });
});

describe('CONTRIBUTING.md', () => {
  it('carries the field table generated from the same explanations (npm run new -- --field-table)', () => {
    const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    const table = /<!-- fields:start -->\n([\s\S]*?)\n<!-- fields:end -->/.exec(guide)?.[1];
    expect(table?.trim()).toBe(fieldTableMarkdown());
  });
});
