/**
 * Vitest's order (the files that took longest last time first; on a fresh clone, the largest first),
 * but the browser test files before all others: each is long and mostly waits on its own Chromium,
 * so started last they alone would keep the run going after every other file has ended.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isBrowserTest = (spec: TestSpecification) => spec.moduleId.endsWith('.browser.test.ts');

export default class BrowserFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isBrowserTest), ...sorted.filter((spec) => !isBrowserTest(spec))];
  }
}
