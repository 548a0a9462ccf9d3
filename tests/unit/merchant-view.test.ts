import { describe, expect, it } from 'vitest';
import type { Activity, Branch, Market, Merchant, Site, Story } from '@/lib/content/site';
import { merchantView } from '@/lib/views/merchant';

const siteUrl = 'https://example.org';
const areaPoint = { lat: 31.227, lng: 121.492 };
const marketPoint = { lat: 31.228, lng: 121.493 };
const shopPoint = { lat: 31.2272, lng: 121.4921 };

const merchant = (data: Record<string, unknown> = {}) =>
  ({
    collection: 'merchants',
    id: 'shop',
    data: {
      name: '翠阁珠宝',
      nameEn: 'Cuige Jewellery',
      category: '珠宝',
      categoryEn: 'Jewellery',
      honours: [{ kind: '和谐商户', year: 2019 }, { kind: '共产党员示范岗' }],
      summary: { zh: '一家珠宝店。', en: 'A jewellery shop.' },
      place: { market: { collection: 'markets', id: 'hall' } },
      ...data,
    },
  }) as unknown as Merchant;

const market = { collection: 'markets', id: 'hall', data: { name: '华宝楼', location: marketPoint, address: { zh: '上海市测试路1号', en: '1 Test Road' } } } as unknown as Market;
const branch = { collection: 'branches', id: 'cell', data: { name: '第一党支部' } } as unknown as Branch;
const story = (titleEn?: string) => ({ collection: 'stories', id: 'tale', data: { title: '一个故事', titleEn } }) as unknown as Story;
const activity = (titleEn?: string) => ({ collection: 'activities', id: 'day', data: { title: '服务日', titleEn } }) as unknown as Activity;

function siteWith({ titleEn, hasMarket = true }: { titleEn?: string; hasMarket?: boolean } = {}) {
  return {
    site: { area: { name: { zh: '豫园' }, location: areaPoint, address: { zh: '上海市豫园' } } },
    merchant: {
      market: () => (hasMarket ? market : undefined),
      branch: () => branch,
      stories: () => [story(titleEn)],
      activities: () => [activity(titleEn)],
      rank: () => 3,
    },
  } as unknown as Pick<Site, 'site' | 'merchant'>;
}

describe('merchantView in Chinese', () => {
  const view = merchantView(siteWith(), merchant(), 'zh-CN', siteUrl);

  it('names the shop in Chinese and trails to the directory', () => {
    expect(view.title).toBe('翠阁珠宝');
    expect(view.description).toBe('一家珠宝店。');
    expect(view.trail).toEqual([
      { label: '首页', href: '/' },
      { label: '示范商户', href: '/merchants/' },
    ]);
    expect([view.branch, view.market, view.rank]).toEqual([branch, market, 3]);
  });

  it('sends visitors to its building when it has no point of its own, and gives the Store no geo then', () => {
    expect(view.directions.precision).toBe('market');
    expect(view.directions.address.zh).toBe('上海市测试路1号');
    expect(view.store).toMatchObject({
      '@type': 'Store',
      name: '翠阁珠宝',
      alternateName: 'Cuige Jewellery',
      description: '一家珠宝店。',
      url: 'https://example.org/merchants/shop/',
      keywords: '珠宝',
      award: ['和谐商户（2019）', '共产党员示范岗'],
      hasMap: view.directions.links.amap,
    });
    expect(view.store).not.toHaveProperty('geo');
    const own = merchantView(siteWith(), merchant({ location: shopPoint }), 'zh-CN', siteUrl);
    expect(own.directions.precision).toBe('shop');
    expect(own.store).toHaveProperty('geo');
    expect(merchantView(siteWith({ hasMarket: false }), merchant(), 'zh-CN', siteUrl).directions.precision).toBe('area');
  });

  it('links its stories and activities in Chinese', () => {
    expect(view.stories).toEqual([{ href: '/stories/tale/', label: '一个故事' }]);
    expect(view.activities).toEqual([{ href: '/activities/day/', label: '服务日' }]);
  });

  it('gives search its Chinese metadata, unset values left out, and the name’s pinyin', () => {
    expect(view.meta).toEqual({ nameEn: 'Cuige Jewellery', category: '珠宝', honours: '和谐商户、共产党员示范岗', summary: '一家珠宝店。' });
    expect(merchantView(siteWith(), merchant({ nameEn: undefined }), 'zh-CN', siteUrl).meta).not.toHaveProperty('nameEn');
    expect(view.nameTerms.key).toBe('pinyin');
    expect(view.nameTerms.words.join(' ')).toContain('cuige');
  });
});

describe('merchantView in English', () => {
  const view = merchantView(siteWith({ titleEn: 'A story' }), merchant(), 'en', siteUrl);

  it('leads with the English name and summary, the Chinese name as the other name', () => {
    expect(view.title).toBe('Cuige Jewellery');
    expect(view.description).toBe('A jewellery shop.');
    expect(view.trail[1]).toEqual({ label: 'Model shops', href: '/en/merchants/' });
    expect(view.store).toMatchObject({
      name: 'Cuige Jewellery',
      alternateName: '翠阁珠宝',
      description: 'A jewellery shop.',
      url: 'https://example.org/en/merchants/shop/',
      keywords: 'Jewellery',
      award: ['Harmonious merchant (2019)', 'Party-member model post'],
    });
  });

  it('falls back to the Chinese name and the directory’s description', () => {
    const bare = merchantView(siteWith(), merchant({ nameEn: undefined, summary: { zh: '一家珠宝店。' } }), 'en', siteUrl);
    expect(bare.title).toBe('翠阁珠宝');
    expect(bare.description).toBe('Model shops of the Yuyuan small-commodities market.');
    expect(bare.store).not.toHaveProperty('alternateName');
    expect(bare.store.description).toBe('一家珠宝店。');
  });

  it('links stories to their Chinese pages, said so, and activities to their English ones', () => {
    expect(view.stories).toEqual([{ href: '/stories/tale/', label: '一个故事', lang: 'zh-CN', hreflang: 'zh-CN', note: 'A story · page in Chinese' }]);
    expect(view.activities).toEqual([{ href: '/en/activities/day/', label: 'A story', lang: undefined }]);
    const untitled = merchantView(siteWith(), merchant(), 'en', siteUrl);
    expect(untitled.stories[0]!.note).toBe('page in Chinese');
    expect(untitled.activities).toEqual([{ href: '/en/activities/day/', label: '服务日', lang: 'zh-CN' }]);
  });

  it('gives search its English metadata and the Chinese name’s words', () => {
    expect(view.meta).toEqual({ nameZh: '翠阁珠宝', category: 'Jewellery', honours: 'Harmonious merchant、Party-member model post', summary: 'A jewellery shop.' });
    expect(view.nameTerms.key).toBe('nameWords');
  });
});
