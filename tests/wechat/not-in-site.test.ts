/** The 公众号 export is a tool of the local preview: no export page, photo, button or script of it is in the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

let result: BuildResult;
beforeAll(() => {
  result = builtSite(basics);
});

describe('the built site', () => {
  it('has no 公众号 export page, button or script', () => {
    const files = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
    expect(files.filter((file) => /(^|\/)_wechat(\/|$)|wechat-export|entry-bar|copy-article/.test(file))).toEqual([]);
    const texts = files.filter((file) => /\.(html|js|json|css|txt|xml)$/.test(file)).map((file) => [file, readFileSync(path.join(result.outDir, file), 'utf8')] as const);
    expect(texts.filter(([, text]) => /复制到公众号|\/_wechat\/|data-wechat-copy|wechat-export-data/.test(text)).map(([file]) => file)).toEqual([]);
  });
});
