/**
 * The site invariants (tests/support/invariants.ts) can fail: each check run on a tiny broken site.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildsRoot, TEST_ORIGIN as ORIGIN } from '../support/build';
import { brokenReferences, headProblems, imageProblems, validationErrors } from '../support/invariants';

describe('the static checks', () => {
  it('can fail', async () => {
    mkdirSync(buildsRoot, { recursive: true });
    const outDir = mkdtempSync(path.join(buildsRoot, 'static-checks-'));
    const page = (title: string, body: string, canonical: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta name="description" content="A page"><link rel="canonical" href="${ORIGIN}${canonical}"></head>` +
      `<body><main>${body}</main></body></html>`;
    mkdirSync(path.join(outDir, 'a'));
    writeFileSync(
      path.join(outDir, 'index.html'),
      page(
        'Home',
        '<h1 id="top-heading">Home</h1><a href="/a/#here">ok</a> <a href="/a/#gone">gone</a> <a href="#nowhere">self</a> ' +
          '<a href="/missing/">missing</a> <a href="a/">relative ok</a> <a href="https://elsewhere.example/x">external</a> ' +
          '<img src="/a/pic.png" alt="A picture" width="10" height="10"> <img src="/pic.png" alt="" width="10">',
        '/',
      ),
    );
    writeFileSync(path.join(outDir, 'a/index.html'), page('', '<h2 id="here">Here</h2><div style="color: red">x</div>', '/b/'));
    writeFileSync(path.join(outDir, 'a/pic.png'), '');
    const tiny = { outDir, origin: ORIGIN };
    expect(brokenReferences(tiny)).toEqual([
      '/ → /a/#gone <a href> (no id "gone" on /a/)',
      '/ → #nowhere <a href> (no id "nowhere" on /)',
      '/ → /missing/ <a href> (no built file /missing/)',
      '/ → /pic.png <img src> (no built file /pic.png)',
      `/a/ → ${ORIGIN}/b/ <link href> (no built file /b/)`,
    ]);
    expect(headProblems(tiny)).toEqual(['/a/: 0 h1 elements', '/a/: no title (or more than one)', `/a/: canonical ${ORIGIN}/b/ is not ${ORIGIN}/a/`]);
    expect(imageProblems(tiny)).toEqual(['/: <img src="/pic.png"> has an empty alt but no role="presentation"', '/: <img src="/pic.png"> has no height (a positive whole number)']);
    const errors = await validationErrors(tiny);
    expect(errors.some((error) => /^a\/index\.html:\d+:\d+ no-inline-style: /.test(error)), errors.join('\n')).toBe(true);
  });
});
