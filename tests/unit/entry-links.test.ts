import { describe, expect, it } from 'vitest';
import { formatBilingual } from '@/lib/content/problems';
import { entryIdsBySection, findBrokenEntryLinks } from '@/lib/content/body-checks';

const ids = entryIdsBySection([
  { collection: 'merchants', id: 'cuige-zhubao' },
  { collection: 'stories', id: 'zhuanxing-dianfan' },
  { collection: 'guides', id: 'wangdian-kaidian' },
  { collection: 'pages', id: 'visit' },
]);
const problemsOf = (body: string) => findBrokenEntryLinks('x.md', body, 10, ids);

describe('links in a body to entries', () => {
  it('maps collections to their sections (guides are under /learn/)', () => {
    expect(Object.keys(ids).sort()).toEqual(['learn', 'merchants', 'stories']);
  });
  it('accepts links to entries that exist, in Markdown and HTML, with fragments, and to section pages', () => {
    const body = [
      '见[翠格](/merchants/cuige-zhubao/)和[课程](/learn/wangdian-kaidian/#kaidian)。',
      '<a href="/en/merchants/cuige-zhubao/">Cuige</a> [placard](/merchants/cuige-zhubao/placard/)',
      '[系列](/activities/series/jiangzuo/) [第二页](/merchants/page/2/) [全部](/stories/) [外链](https://example.com/merchants/x/)',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
  });
  it('names a link to a deleted or renamed entry, with its line and a close match', () => {
    const problems = problemsOf('第一行\n见[翠格](/merchants/cuige/)。');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.md', line: 11, field: '(正文 body)' });
    expect(formatBilingual(problems[0]!.problem)).toContain('/merchants/cuige/');
    expect(formatBilingual(problems[0]!.fix)).toContain('/merchants/cuige-zhubao/');
  });
  it('names a link to an English page of a Chinese-only section', () => {
    const [problem] = problemsOf('[story](/en/stories/zhuanxing-dianfan/)');
    expect(formatBilingual(problem!.problem)).toContain('English');
    expect(formatBilingual(problem!.fix)).toContain('/stories/zhuanxing-dianfan/');
  });
  it('ignores links inside fenced code', () => {
    expect(problemsOf('```\n[x](/merchants/gone/)\n```')).toEqual([]);
  });
});
