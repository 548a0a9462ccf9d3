/** The form editor is a local tool: nothing of it (page, script, configuration) is in the built site. */
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
  it('has no editor page, script or configuration', () => {
    const files = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /(^|\/)(admin|editor|config\.json)(\/|$)/.test(file.split(path.sep).join('/')))).toEqual([]);
    const texts = files.filter((file) => /\.(html|js|json|css|txt|xml)$/.test(file)).map((file) => readFileSync(path.join(result.outDir, file), 'utf8'));
    expect(texts.filter((text) => /decap|netlify-cms|api\/v1/i.test(text))).toEqual([]);
  });
});
