/**
 * The real content (src/content/), built as `npm run build` builds it, checked only by invariants
 * that hold for any content `npm run check:content` accepts (tests/support/invariants.ts): no entry,
 * id or sentence of it is named here, so an editor's change that passes the check keeps this green.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { builtSite, projectRoot, realContent, TEST_ORIGIN, type BuildResult } from '../support/build';
import { itHoldsTheInvariants } from '../support/invariants';
import { realSite } from '../support/sites';

describe('the real content', () => {
  it('passes check:content (errors stop the build; warnings are for the editor)', () => {
    expect(checkContent(realContent, { root: projectRoot }).errors).toEqual([]);
  });

  describe('built', () => {
    let result: BuildResult;
    beforeAll(() => {
      result = builtSite(realSite);
    });
    itHoldsTheInvariants(() => ({ outDir: result.outDir, origin: TEST_ORIGIN, contentDir: realContent }));
  });
});
