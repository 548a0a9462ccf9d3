/** The content the WeChat export tests use: a copy of the basics fixture with tests/fixtures/wechat/'s entries. */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { contentCopy, fixtureDir, projectRoot } from '../support/build';

export const WECHAT_ENTRIES = ['stories/wechat-story', 'guides/wechat-guide', 'activities/wechat-activity'] as const;

export function wechatContent(): string {
  const dir = contentCopy(fixtureDir('basics'));
  for (const folder of ['stories', 'guides', 'activities']) {
    cpSync(path.join(projectRoot, 'tests/fixtures/wechat', folder), path.join(dir, folder), { recursive: true });
  }
  return dir;
}
