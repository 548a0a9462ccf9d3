/**
 * The rules of a public-website inspection as `npm run check:content` (and so the build) applies them
 * to a copy of the basics fixture: an empty section in the navigation stops it unless hidden, an
 * official name misspelt stops it at its line, placeholder text stops it, and a stale section is a
 * warning naming the section and its age. Edits are made to site.yaml as an editor would.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { formatBilingual } from '@/lib/content/problems';
import { fixtureCopy, projectRoot, type Edits } from '../support/build';

const now = new Date('2026-12-01T00:00:00Z');
const story = 'stories/test-story.mdx';
const withSite = (extra: string): Edits => ({ 'site.yaml': (text) => text.replace(/\nfreshness:.*\n/, '\n') + extra });

function check(edits: Edits, remove: string[] = []) {
  const dir = fixtureCopy(edits);
  for (const file of remove) rmSync(path.join(dir, file), { recursive: true, force: true });
  const result = checkContent(dir, { now, root: projectRoot });
  const shown = (problem: (typeof result.errors)[number]) => `${path.relative(dir, problem.file)}:${problem.line ?? ''} ${problem.field} — ${formatBilingual(problem.problem)}`;
  return { errors: result.errors.map(shown), warnings: result.warnings.map(shown) };
}

describe('check:content and the inspection rules', () => {
  it('stops on a section in the navigation without entries, and lets the editors hide it instead', () => {
    const empty = check({}, ['guides/test-guide.mdx']);
    expect(empty.errors).toEqual(['guides: (栏目 section) — 栏目“商户课堂”一条内容也没有，导航里却有它（section "learn" is in the navigation but has no entries）']);
    expect(check({ ...withSite('hiddenSections: [learn]\nfreshness: { home: 3650, stories: 3650, activities: 3650 }\n') }, ['guides/test-guide.mdx']).errors).toEqual([]);
  });

  it('refuses a section name that is not in the navigation', () => {
    expect(check(withSite('hiddenSections: [visit]\n')).errors.join('\n')).toContain('hiddenSections[0]');
  });

  it('stops on an official name one character off, at its line and field, naming the right form', () => {
    const { errors } = check({
      ...withSite('freshness: { home: 3650, stories: 3650, activities: 3650, learn: 3650 }\nofficialNames:\n  - { name: 测试主办单位 }\n  - { name: 测试号, wrong: [侧试号] }\n'),
      [story]: (text) => `${text}\n由测试主办单饭主办，关注侧试号。\n`,
    });
    expect(errors).toEqual([
      `${story}:14 (正文 body) — “测试主办单饭”应为“测试主办单位”：这是必须写对的名称（site.yaml 的 officialNames）（"测试主办单饭" should be "测试主办单位", a name that must be written exactly）`,
      `${story}:14 (正文 body) — “侧试号”应为“测试号”：这是必须写对的名称（site.yaml 的 officialNames）（"侧试号" should be "测试号", a name that must be written exactly）`,
    ]);
  });

  it('stops on placeholder text in any field', () => {
    const { errors } = check({ [story]: (text) => text.replace('summary: { zh: 用于构建测试的一篇故事', 'summary: { zh: 内容建设中，敬请期待，这是用于构建测试的一篇故事') });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^stories\/test-story\.mdx:4 summary\.zh — 有占位的文字“建设中”/);
  });

  it('warns, without stopping, of a section and a home page past their limits', () => {
    const { errors, warnings } = check(withSite('freshness: { home: 30, stories: 100, activities: 3650, learn: 3650 }\n'));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `${story}:3 date — 栏目“转型故事”最新的一条是 2020-01-01，已经 2526 天没有更新（要求 100 天内）（the newest item of section "stories" is from 2020-01-01, 2526 days ago (limit 100 days)）`,
      `${story}:3 date — 首页上最新的一条内容是 2020-01-01，已经 2526 天没有更新（要求 30 天内）（the newest item on the home page is from 2020-01-01, 2526 days ago (limit 30 days)）`,
    ]);
  });
});
