/** Text after “ #” in a plain YAML value is dropped by YAML: src/lib/content/yaml-comments.ts finds it. */
import { describe, expect, it } from 'vitest';
import { splitSource } from '@/lib/content/frontmatter';
import { formatBilingual } from '@/lib/content/problems';
import { findDroppedText } from '@/lib/content/yaml-comments';

const found = (yaml: string) => findDroppedText('x.md', splitSource('x.md', `---\n${yaml}\n---\n`)).map((p) => `${p.line} ${p.field}`);

describe('findDroppedText', () => {
  it('finds a comment after a plain value, in a map, a list, a flow map and a value over several lines', () => {
    expect(found('openingHours: 每天 9:00–18:00 #周一休息')).toEqual(['2 openingHours']);
    expect(found('honours:\n  - 文明诚信经营户 # 2018')).toEqual(['3 (YAML)']);
    expect(found('summary: { zh: 一段 #话 }')).toEqual(['2 summary']);
    expect(found('summary:\n  zh: 第一行\n    第二行 #注释')).toEqual(['4 (YAML)']);
  });
  it('leaves alone whole-line comments, comments after quoted values, a # inside a value, block scalars', () => {
    expect(found('# 可选：openingHours\nname: "a #b" # 说明\nurl: https://a.example/#frag\ntag: C#\nbody: |\n  text # not a comment')).toEqual([]);
  });
  it('names the text that would be lost and how to keep it', () => {
    const [problem] = findDroppedText('x.md', splitSource('x.md', '---\nopeningHours: 每天 #周一休息\n---\n'));
    expect(formatBilingual(problem!.problem)).toContain('“#周一休息”被当成注释丢掉了');
    expect(formatBilingual(problem!.fix)).toContain('"每天 #周一休息"');
  });
});
