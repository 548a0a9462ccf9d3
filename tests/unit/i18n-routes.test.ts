import { describe, expect, it } from 'vitest';
import { alternates, basePath, hasPageIn, langOfPath, pathInLang, pick, switchTarget } from '@/lib/i18n';

describe('language of a path and its twin', () => {
  it('knows English by the /en/ prefix', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en/merchants/x/')).toBe('en');
    expect(langOfPath('/entrance/')).toBe('zh-CN');
    expect(langOfPath('/')).toBe('zh-CN');
  });
  it('maps a page to its twin both ways', () => {
    expect(pathInLang('/merchants/cuige-zhubao/', 'en')).toBe('/en/merchants/cuige-zhubao/');
    expect(pathInLang('/en/merchants/cuige-zhubao/', 'zh-CN')).toBe('/merchants/cuige-zhubao/');
    expect(pathInLang('/', 'en')).toBe('/en/');
    expect(pathInLang('/en/', 'zh-CN')).toBe('/');
    expect(basePath('/en/activities/series/jiangzuo/')).toBe('/activities/series/jiangzuo/');
  });
  it('knows which pages have an English twin', () => {
    expect(hasPageIn('/merchants/page/2/', 'en')).toBe(true);
    expect(hasPageIn('/activities/weimin-fuwu-ri/', 'en')).toBe(true);
    expect(hasPageIn('/stories/baojing-xiajiang/', 'en')).toBe(false);
    expect(hasPageIn('/merchants/cuige-zhubao/placard/', 'en')).toBe(false);
    expect(hasPageIn('/en/visit/', 'zh-CN')).toBe(true);
  });
  it('pairs the privacy and accessibility statements in both languages', () => {
    expect(switchTarget('/privacy/', 'en')).toEqual({ href: '/en/privacy/', isTwin: true });
    expect(switchTarget('/en/accessibility/', 'zh-CN')).toEqual({ href: '/accessibility/', isTwin: true });
    expect(alternates('/accessibility/').map(({ path }) => path)).toEqual(['/accessibility/', '/en/accessibility/', '/accessibility/']);
  });
});

describe('switchTarget', () => {
  it('keeps the visitor on the same shop', () => {
    expect(switchTarget('/merchants/cuige-zhubao/', 'en')).toEqual({ href: '/en/merchants/cuige-zhubao/', isTwin: true });
    expect(switchTarget('/en/merchants/cuige-zhubao/', 'zh-CN')).toEqual({ href: '/merchants/cuige-zhubao/', isTwin: true });
  });
  it('goes to the English home page from a page with no English twin', () => {
    expect(switchTarget('/stories/baojing-xiajiang/', 'en')).toEqual({ href: '/en/', isTwin: false });
  });
});

describe('alternates', () => {
  it('pairs both languages and adds x-default', () => {
    expect(alternates('/en/activities/')).toEqual([
      { hreflang: 'zh-CN', path: '/activities/' },
      { hreflang: 'en', path: '/en/activities/' },
      { hreflang: 'x-default', path: '/activities/' },
    ]);
  });
  it('gives none for a page in one language only', () => {
    expect(alternates('/learn/wangdian-kaidian/')).toEqual([]);
  });
});

describe('pick', () => {
  it('takes English when there is English, and says when it fell back to Chinese', () => {
    expect(pick({ zh: '雨具', en: 'Rain gear' }, 'en')).toEqual({ text: 'Rain gear', lang: 'en', translated: true });
    expect(pick({ zh: '雨具' }, 'en')).toEqual({ text: '雨具', lang: 'zh-CN', translated: false });
    expect(pick({ zh: '雨具', en: 'Rain gear' }, 'zh-CN')).toEqual({ text: '雨具', lang: 'zh-CN', translated: true });
  });
});
