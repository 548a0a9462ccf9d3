/** What `npm run wechat` is asked for, and the names its photos get (src/lib/wechat). */
import { describe, expect, it } from 'vitest';
import { exportTarget } from '@/lib/wechat/export-target';
import { exportedImageName, imageSourcePath } from '@/lib/wechat/image-files';
import { readDesignTokens, token } from '@/lib/wechat/design-tokens';
import { bodyTextPx } from '@/lib/wechat/stylesheet';

describe('exportTarget', () => {
  it.each([
    ['stories/some-story', { collection: 'stories', id: 'some-story' }],
    ['learn/some-guide/', { collection: 'guides', id: 'some-guide' }],
    ['guides/some-guide', { collection: 'guides', id: 'some-guide' }],
    ['src/content/activities/a-day.md', { collection: 'activities', id: 'a-day' }],
    ['src\\content\\stories\\x.mdx', { collection: 'stories', id: 'x' }],
  ])('%s', (argument, expected) => {
    expect(exportTarget(argument)).toEqual(expected);
  });

  it.each(['merchants/some-shop', 'some-story', 'stories/', ''])('refuses %j with a message in both languages', (argument) => {
    const target = exportTarget(argument);
    expect('problem' in target && target.problem.zh).toMatch(/stories、activities、guides/);
    expect('problem' in target && target.problem.en).toMatch(/stories, activities, guides/);
  });
});

describe('photo files', () => {
  it('finds the file behind a dev address, of the data or of the text', () => {
    expect(imageSourcePath('/@fs/work/site/a%20b.jpg?origWidth=1')).toBe('/work/site/a b.jpg');
    expect(imageSourcePath('/_image?href=%2F%40fs%2Fwork%2Fx.png%3Fa%3D1&w=2')).toBe('/work/x.png');
    expect(imageSourcePath('/_image/?href=%2F%40fs%2Fwork%2Fx.png')).toBe('/work/x.png');
    expect(imageSourcePath('https://elsewhere.example/x.png')).toBeUndefined();
  });

  it('numbers them and keeps a safe form of their name', () => {
    expect(exportedImageName(0, '/a/门面 照片.jpg')).toBe('01-门面-照片.jpg');
    expect(exportedImageName(11, 'C:\\x\\y.png')).toBe('12-y.png');
  });
});

describe('design tokens', () => {
  const tokens = readDesignTokens('@theme static { --color-accent: #a11d21; /* note */ --text-root: 125%; --font-sans: a,\n  b; }');

  it('reads the @theme block', () => {
    expect(tokens).toEqual({ 'color-accent': '#a11d21', 'text-root': '125%', 'font-sans': 'a, b' });
    expect(bodyTextPx(tokens)).toBe(20);
  });

  it('says which token is missing, and when there is no @theme block', () => {
    expect(() => token(tokens, 'color-ink')).toThrow(/--color-ink/);
    expect(() => readDesignTokens('p { color: red }')).toThrow(/@theme/);
  });
});
