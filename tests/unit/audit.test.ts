/** What `npm run audit` finds in a built page (src/lib/audit/page-findings.ts) and how it reports (src/lib/audit/report.ts). */
import { describe, expect, it } from 'vitest';
import { pageFindings } from '@/lib/audit/page-findings';
import { auditReport } from '@/lib/audit/report';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const metadata = ['SiteName', 'SiteDomain', 'ColumnName', 'ColumnDescription', 'ColumnKeywords', 'ColumnType'].map((name) => `<meta name="${name}" content="x">`).join('');

describe('pageFindings', () => {
  it('finds nothing on a complete page that loads only its own files and links out freely', () => {
    const html = page(`${metadata}<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://site.example/x/">`, '<img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="https://other.example/">外链</a><p>暂时没有收费</p>');
    expect(pageFindings(html, { host: 'site.example', article: false })).toEqual({ missingMetadata: [], placeholders: [], thirdParty: [] });
  });

  it('names the required tags a page lacks: article tags on entry pages, SiteIDCode when the site has one', () => {
    expect(pageFindings(page(metadata, ''), { host: 'site.example', article: true, siteCode: '3101010001' }).missingMetadata).toEqual(['SiteIDCode', 'ArticleTitle', 'PubDate', 'ContentSource']);
  });

  it('finds what a page would load from another host, and placeholder words it shows', () => {
    const html = page(
      `${metadata}<script src="https://cdn.example/x.js"></script><style>body{background:url(//img.example/bg.png)}</style>`,
      '<img srcset="https://img.example/a.png 2x"><p>本栏目建设中</p><script>"建设中 in a script is not shown"</script>',
    );
    expect(pageFindings(html, { host: 'site.example', article: false })).toEqual({
      missingMetadata: [],
      placeholders: ['建设中'],
      thirdParty: ['https://cdn.example/x.js', 'https://img.example/a.png', '//img.example/bg.png'],
    });
  });
});

describe('auditReport', () => {
  it('gives each rule its count and first problems, and fails only on problems, not reminders', () => {
    const items = Array.from({ length: 7 }, (_, index) => `问题${index + 1}`);
    const { text, failed } = auditReport(
      [
        { title: '规则甲', errors: items, warnings: [] },
        { title: '规则乙', errors: [], warnings: ['提醒'] },
        { title: '规则丙', errors: [], warnings: [], note: '未设置' },
      ],
      '报告',
    );
    expect(failed).toBe(true);
    expect(text.split('\n')).toEqual([
      '报告',
      '',
      '✖ 规则甲：7 个问题',
      '    - 问题1',
      '    - 问题2',
      '    - 问题3',
      '    - 问题4',
      '    - 问题5',
      '    - ……另有 2 条',
      '⚠ 规则乙：1 个提醒',
      '    - 提醒',
      '✔ 规则丙：没有问题（未设置）',
      '',
      '结论：有 7 个问题必须改正，1 个提醒（7 problem(s) to fix, 1 warning(s)）',
    ]);
    expect(auditReport([{ title: '规则乙', errors: [], warnings: ['提醒'] }], '报告').failed).toBe(false);
  });
});
