/**
 * The content checks a public-website inspection asks for (src/lib/content): sections kept current,
 * no empty navigation section, official names written exactly, no placeholder text.
 */
import { describe, expect, it } from 'vitest';
import { findEmptySections } from '@/lib/content/empty-sections';
import { findStaleSections } from '@/lib/content/freshness';
import { findMisspelledNames } from '@/lib/content/official-names';
import { findPlaceholders } from '@/lib/content/placeholders';
import type { EntryRecord } from '@/lib/content/integrity';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const now = day('2026-12-01');
const record = (collection: string, id: string, data: Record<string, unknown>): EntryRecord => ({ collection, id, filePath: `content/${collection}/${id}.md`, data });

describe('findStaleSections', () => {
  const records = [
    record('stories', 'old', { date: day('2026-01-01') }),
    record('stories', 'newer', { date: day('2026-11-01') }),
    record('activities', 'reported', { reported: day('2026-11-20') }),
    record('activities', 'dated', { date: day('2026-10-01') }),
    record('guides', 'guide', { updated: day('2020-01-01') }),
  ];

  it('warns of each dated section whose newest item is past its limit, saying which, when and how many days', () => {
    const problems = findStaleSections(records, {}, now);
    expect(problems.map((problem) => [problem.file, problem.field, problem.severity])).toEqual([['content/guides/guide.md', 'updated', 'warning']]);
    expect(problems[0]!.problem.zh).toBe('栏目“商户课堂”最新的一条是 2020-01-01，已经 2526 天没有更新（要求 365 天内）');
    expect(problems[0]!.problem.en).toContain('the newest item of section "learn" is from 2020-01-01, 2526 days ago (limit 365 days)');
    expect(problems[0]!.fix.zh).toContain('freshness.learn');
  });

  it('takes the limits site.yaml sets, and the home page’s over the sections it lists (stories, activities)', () => {
    const problems = findStaleSections(records, { activities: 5, stories: 10, learn: 5000, home: 7 }, now);
    expect(problems.map((problem) => problem.problem.zh)).toEqual([
      '栏目“转型故事”最新的一条是 2026-11-01，已经 30 天没有更新（要求 10 天内）',
      '栏目“活动”最新的一条是 2026-11-20，已经 11 天没有更新（要求 5 天内）',
      '首页上最新的一条内容是 2026-11-20，已经 11 天没有更新（要求 7 天内）',
    ]);
  });

  it('says nothing of a section without dated items, nor of a fresh site', () => {
    expect(findStaleSections([record('stories', 'today', { date: now })], {}, now)).toEqual([]);
    expect(findStaleSections([], {}, now)).toEqual([]);
  });
});

describe('findEmptySections', () => {
  const some = ['branches', 'merchants', 'stories', 'activities', 'guides'].map((collection) => record(collection, 'one', {}));

  it('is an error for a navigation section without entries, with both ways out', () => {
    const problems = findEmptySections(some.filter((item) => item.collection !== 'guides'), [], 'content');
    expect(problems.map((problem) => [problem.file, problem.severity])).toEqual([['content/guides/', 'error']]);
    expect(problems[0]!.problem.zh).toBe('栏目“商户课堂”一条内容也没有，导航里却有它');
    expect(problems[0]!.fix.zh).toContain('hiddenSections: [learn]');
  });

  it('lets the editors hide an empty section for now', () => {
    expect(findEmptySections(some.filter((item) => item.collection !== 'guides'), ['learn'], 'content')).toEqual([]);
    expect(findEmptySections(some, [], 'content')).toEqual([]);
  });
});

describe('findMisspelledNames', () => {
  const names = [{ name: '冯锦莱' }, { name: '城南美豫', wrong: ['城南美育'] }, { name: '悦园商厦' }, { name: '豫园商厦' }, { name: '豫园' }];
  const found = (text: string) => findMisspelledNames('a.md', text, names).map((problem) => [problem.line, problem.problem.zh.split('：')[0]]);

  it('finds a name one character off, and a listed wrong form, with the right one as the fix', () => {
    expect(found('---\ntitle: 测试\n---\n\n书记冯锦来说。\n关注城南美育公众号。')).toEqual([
      [5, '“冯锦来”应为“冯锦莱”'],
      [6, '“城南美育”应为“城南美豫”'],
    ]);
    expect(findMisspelledNames('a.md', '冯锦来', names)[0]!.fix.zh).toContain('改为“冯锦莱”');
  });

  it('leaves the names as written, another listed name, short names, and differences that are not one Chinese character', () => {
    expect(found('冯锦莱和悦园商厦、豫园商厦；豫圆不查（两个字的名字不比）；冯锦 莱；冯锦L')).toEqual([]);
    // Three characters: only a slip that sounds the same; four or more: any one character.
    expect(found('冯锦菜')).toEqual([]);
    expect(found('城南美丽')).toEqual([[1, '“城南美丽”应为“城南美豫”']]);
    expect(found('冯锦莱冯锦莱')).toEqual([]);
  });

  it('skips the fields the caller names (the list of names itself in site.yaml)', () => {
    const text = 'officialNames:\n  - { name: 城南美豫, wrong: [城南美育] }\n';
    expect(findMisspelledNames('site.yaml', text, names)).toHaveLength(1);
    expect(findMisspelledNames('site.yaml', text, names, (field) => field.startsWith('officialNames'))).toEqual([]);
  });
});

describe('findPlaceholders', () => {
  it.each(['本栏目正在建设，敬请期待', '暂无内容', '内容更新中……', 'TODO: write this', 'Lorem ipsum dolor'])('finds “%s”', (text) => {
    const problems = findPlaceholders('a.md', `---\ntitle: x\n---\n\n${text}\n`);
    expect(problems.map((problem) => [problem.line, problem.severity, problem.code])).toEqual([[5, 'error', 'placeholder-text']]);
  });

  it('leaves ordinary text alone', () => {
    expect(findPlaceholders('a.md', '暂时没有收费。todos and mastodons are not placeholders.')).toEqual([]);
  });
});
