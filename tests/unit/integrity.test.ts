import { describe, expect, it } from 'vitest';
import { formatBilingual } from '@/lib/content/problems';
import { findDanglingReferences, findIntegrityProblems, findOrderCollisions, findParentCycles, findUnknownSources, type EntryRecord } from '@/lib/content/integrity';

const source = { source: 'yuyuan-case-2018' };
const entries: EntryRecord[] = [
  { collection: 'branches', id: 'shichang-dangzongzhi', filePath: 'src/content/branches/shichang-dangzongzhi.md', data: { name: '党总支', source } },
  { collection: 'branches', id: 'yueyuan-shangsha-dangzhibu', filePath: 'src/content/branches/yueyuan-shangsha-dangzhibu.md', data: { parent: { id: 'shichang-dangzongzhi', collection: 'branches' }, source } },
  { collection: 'merchants', id: 'cuige-zhubao', filePath: 'src/content/merchants/cuige-zhubao.md', data: { branch: { id: 'yueyuan-shangsha-dangzhib', collection: 'branches' }, source } },
  {
    collection: 'stories',
    id: 'zhuanxing-dianfan',
    filePath: 'src/content/stories/zhuanxing-dianfan.mdx',
    data: { merchants: [{ id: 'cuige-zhubao', collection: 'merchants' }, { id: 'leijing-yuju', collection: 'merchants' }], source: { source: 'yuyuan-case-2019', section: '三' } },
  },
];

describe('findDanglingReferences', () => {
  const problems = findDanglingReferences(entries);
  it('finds each missing entry with its file and field', () => {
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      'src/content/merchants/cuige-zhubao.md branch',
      'src/content/stories/zhuanxing-dianfan.mdx merchants[1]',
    ]);
  });
  it('names the missing id, a close match and the ids that exist', () => {
    expect(formatBilingual(problems[0]!.problem)).toContain('“yueyuan-shangsha-dangzhib”在 branches 中不存在');
    expect(formatBilingual(problems[0]!.fix)).toContain('是不是：yueyuan-shangsha-dangzhibu');
    expect(formatBilingual(problems[0]!.fix)).toContain('shichang-dangzongzhi、yueyuan-shangsha-dangzhibu');
  });
  it('finds nothing when every reference resolves', () => {
    expect(findDanglingReferences(entries.slice(0, 2))).toEqual([]);
  });
  it('lists the existing ids even when none is close', () => {
    const lonely: EntryRecord[] = [
      { collection: 'merchants', id: 'a', data: { branch: { id: 'x', collection: 'branches' } } },
      { collection: 'branches', id: 'b', data: {} },
    ];
    expect(formatBilingual(findDanglingReferences(lonely)[0]!.fix)).toContain('b');
  });
});

describe('findUnknownSources', () => {
  it('finds a citation of a source site data does not list', () => {
    const [problem, ...rest] = findUnknownSources(entries, ['yuyuan-case-2018']);
    expect(rest).toEqual([]);
    expect(problem!.field).toBe('source.source');
    expect(formatBilingual(problem!.fix)).toContain('yuyuan-case-2018');
  });
});

describe('findIntegrityProblems', () => {
  it('reports every problem, not just the first', () => {
    expect(findIntegrityProblems(entries, ['yuyuan-case-2018'])).toHaveLength(3);
  });
  it('names each kind of problem by its code; every one is an error', () => {
    const problems = findIntegrityProblems([...entries, { collection: 'merchants', id: 'cuige-2', filePath: 'm/cuige-2.md', data: { name: '党总支' } }, { ...entries[0]!, collection: 'merchants', id: 'x', filePath: 'm/x.md' }], ['yuyuan-case-2018']);
    expect(problems.map(({ code, severity }) => `${code} ${severity}`)).toEqual(['unknown-reference error', 'unknown-reference error', 'unknown-source error', 'same-name error']);
    // The list of existing ids follows both languages, the same for both.
    expect(problems[0]!.fix).toEqual({ zh: '是不是：yueyuan-shangsha-dangzhibu？现有编号', en: 'existing ids', detail: 'shichang-dangzongzhi、yueyuan-shangsha-dangzhibu' });
  });
});

describe('findParentCycles', () => {
  const branch = (id: string, parent?: string): EntryRecord => ({
    collection: 'branches',
    id,
    filePath: `src/content/branches/${id}.md`,
    data: parent ? { parent: { id: parent, collection: 'branches' } } : {},
  });
  it('finds an organisation that is its own ancestor', () => {
    const problems = findParentCycles([branch('a', 'b'), branch('b', 'a'), branch('c', 'a')]);
    expect(problems.map((p) => p.file)).toEqual(['src/content/branches/a.md', 'src/content/branches/b.md']);
    expect(formatBilingual(problems[0]!.problem)).toContain('a → b → a');
  });
  it('accepts a tree', () => {
    expect(findParentCycles([branch('root'), branch('a', 'root'), branch('b', 'a')])).toEqual([]);
  });
  it('follows parents in any collection, each within its own', () => {
    const topic = (id: string, parent: string): EntryRecord => ({ collection: 'topics', id, data: { parent: { id: parent, collection: 'topics' } } });
    expect(findParentCycles([topic('x', 'y'), topic('y', 'x')]).map((p) => p.code)).toEqual(['parent-cycle', 'parent-cycle']);
    // The same ids in two collections are two different entries: no loop.
    expect(findParentCycles([branch('x', 'y'), topic('y', 'x')])).toEqual([]);
  });
});

describe('findOrderCollisions', () => {
  const guide = (id: string, section: string, order: number): EntryRecord => ({
    collection: 'guides',
    id,
    filePath: `src/content/guides/${id}.mdx`,
    data: { title: id, section, order },
  });
  it('reports the second guide with the same order in a section, naming the first and a free number', () => {
    const problems = findOrderCollisions([guide('b', '安全经营', 1), guide('a', '安全经营', 1), guide('c', '安全经营', 2), guide('d', '网上经营', 1)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('src/content/guides/b.mdx');
    expect(problems[0]!.field).toBe('order');
    expect(formatBilingual(problems[0]!.problem)).toContain('src/content/guides/a.mdx');
    expect(formatBilingual(problems[0]!.problem)).toContain('安全经营');
    expect(formatBilingual(problems[0]!.fix)).toContain('order: 3');
  });
  it('offers each further collision a different free number', () => {
    const problems = findOrderCollisions([guide('a', '诚信经营', 1), guide('b', '诚信经营', 1), guide('c', '诚信经营', 1)]);
    expect(problems.map((p) => [p.file, formatBilingual(p.fix).match(/order: (\d+)/)![1]])).toEqual([
      ['src/content/guides/b.mdx', '2'],
      ['src/content/guides/c.mdx', '3'],
    ]);
  });
  it('accepts the same order in different sections, and in another collection', () => {
    expect(findOrderCollisions([guide('a', '安全经营', 1), guide('b', '网上经营', 1), { collection: 'stories', id: 's', data: { section: '安全经营', order: 1 } }])).toEqual([]);
  });
  it('checks any collection whose entries have a section and an order', () => {
    const lesson = (id: string): EntryRecord => ({ collection: 'lessons', id, filePath: `src/content/lessons/${id}.md`, data: { section: '一', order: 1 } });
    expect(findOrderCollisions([lesson('a'), lesson('b')]).map((p) => p.file)).toEqual(['src/content/lessons/b.md']);
  });
  it('is part of findIntegrityProblems', () => {
    expect(findIntegrityProblems([guide('a', '安全经营', 1), guide('b', '安全经营', 1)], []).map((p) => p.field)).toEqual(['order']);
  });
});
