/**
 * A shop page tells a visitor how to get there (an address to show a taxi driver, map links that
 * work in China) and describes the shop as a schema.org Store. Built from the basics fixture,
 * whose test-shop has a building (test-market, with a point and an address) but no point of its own,
 * and whose test-shop-own-point has its own point.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import gcoord from 'gcoord';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../support/build';
import { basics } from '../support/sites';

const shopPage = (result: BuildResult, id = 'test-shop'): CheerioAPI => load(readFileSync(path.join(result.outDir, 'merchants', id, 'index.html'), 'utf8'));

let result: BuildResult;
beforeAll(() => {
  result = builtSite(basics);
});
const mapLink = ($: CheerioAPI, provider: string) => new URL($(`main a[data-map="${provider}"]`).attr('href')!);
const jsonLd = ($: CheerioAPI) => {
  const scripts = $('head script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.html()!) as Record<string, unknown>;
};

describe('a shop whose point is its building’s', () => {
  it('has a “how to get there” section with the four map links at the building’s point', () => {
    const $ = shopPage(result);
    const section = $('main section[aria-labelledby="directions"]');
    expect(section.find('h2#directions').text()).toBe('怎么去');
    expect(section.find('a[data-map]').map((_, a) => $(a).text().trim()).get()).toEqual(['高德地图', '百度地图', '腾讯地图', 'Apple 地图', '按店名在高德地图搜索']);

    const amap = mapLink($, 'amap');
    expect(amap.origin + amap.pathname).toBe('https://uri.amap.com/marker');
    expect(amap.searchParams.get('position')).toBe('121.4905,31.2275');
    expect(amap.searchParams.get('name')).toBe('测试商厦');

    const baidu = mapLink($, 'baidu');
    expect(baidu.origin + baidu.pathname).toBe('https://api.map.baidu.com/marker');
    expect(baidu.searchParams.get('location')).toBe('31.2275,121.4905');
    expect(baidu.searchParams.get('coord_type')).toBe('gcj02');
    expect(baidu.searchParams.get('content')).toBe('上海市测试路1号');

    const tencent = mapLink($, 'tencent');
    expect(tencent.origin + tencent.pathname).toBe('https://apis.map.qq.com/uri/v1/marker');
    expect(tencent.searchParams.get('marker')).toMatch(/^coord:31\.2275,121\.4905;/);

    const apple = mapLink($, 'apple');
    expect(apple.origin + apple.pathname).toBe('https://maps.apple.com/');
    expect(apple.searchParams.get('ll')).toBe('31.2275,121.4905');
  });

  it('says the links open the building, and offers a search by the shop’s name', () => {
    const $ = shopPage(result);
    expect($('main [data-point]').attr('data-point')).toBe('market');
    expect($('main [data-point]').text()).toContain('测试商厦');
    const search = mapLink($, 'amap-search');
    expect(search.origin + search.pathname).toBe('https://uri.amap.com/search');
    expect(search.searchParams.get('keyword')).toBe('测试商店');
    expect(search.searchParams.get('city')).toBe('上海');
  });

  it('shows a bilingual address block, each language marked', () => {
    const $ = shopPage(result);
    const zh = $('main [data-address="zh"]');
    expect(zh.attr('lang')).toBe('zh-CN');
    expect(zh.text()).toContain('测试商店');
    expect(zh.text()).toContain('测试商厦');
    expect(zh.text()).toContain('2F');
    expect(zh.text()).toContain('上海市测试路1号');
    const en = $('main [data-address="en"]');
    expect(en.attr('lang')).toBe('en');
    expect(en.text()).toContain('Test Shop');
    expect(en.text()).toContain('Test Mall');
    expect(en.text()).toContain('1 Test Road, Shanghai');
    const takeMeHere = $('main [data-take-me-here]');
    expect(takeMeHere.find('span[lang="zh-CN"]').text()).toBe('请带我去这里');
    expect(takeMeHere.find('span[lang="en"]').text()).toBe('Please take me here');
  });

  it('describes the shop as a Store, without geo: the point is the building’s, not the shop’s', () => {
    const $ = shopPage(result);
    const store = jsonLd($);
    expect(store['@context']).toBe('https://schema.org');
    expect(store['@type']).toBe('Store');
    expect(store.name).toBe('测试商店');
    expect(store.alternateName).toBe('Test Shop');
    expect(store.url).toBe($('link[rel="canonical"]').attr('href'));
    expect(store.url).toMatch(/^https?:\/\/[^/]+\/merchants\/test-shop\/$/);
    expect(store.address).toMatchObject({ '@type': 'PostalAddress', streetAddress: '上海市测试路1号', addressCountry: 'CN' });
    expect(store.award).toEqual(['和谐商户（2019）']);
    expect(store.hasMap).toBe(mapLink($, 'amap').href);
    expect(store).not.toHaveProperty('geo');
  });

  it('gives the same directions on the English page, in English, with the Chinese address for the driver', () => {
    const $ = load(readFileSync(path.join(result.outDir, 'en/merchants/test-shop/index.html'), 'utf8'));
    const section = $('main section[aria-labelledby="directions"]');
    expect(section.find('h2#directions').text()).toBe('How to get there');
    expect(section.find('a[data-map]').map((_, a) => $(a).text().trim()).get()).toEqual(['Amap', 'Baidu Maps', 'Tencent Maps', 'Apple Maps', 'Search Amap for the shop’s name']);
    expect(mapLink($, 'amap').href).toBe(mapLink(shopPage(result), 'amap').href);
    expect($('main [data-point]').text()).toContain('Test Mall');
    expect($('main [data-address="zh"]').attr('lang')).toBe('zh-CN');
    expect($('main [data-address="zh"]').text()).toContain('上海市测试路1号');
    const store = jsonLd($);
    expect(store.name).toBe('Test Shop');
    expect(store.alternateName).toBe('测试商店');
    expect(store.award).toEqual(['Harmonious merchant (2019)']);
    expect(store.hasMap).toBe(mapLink($, 'amap').href);
  });
});

describe('a shop with a point of its own (test-shop-own-point)', () => {
  const shop = { lat: 31.227, lng: 121.491 };

  it('opens the shop’s own point, and needs no search by name', () => {
    const $ = shopPage(result, 'test-shop-own-point');
    expect($('main [data-point]').attr('data-point')).toBe('shop');
    expect(mapLink($, 'amap').searchParams.get('position')).toBe('121.491,31.227');
    expect(mapLink($, 'amap').searchParams.get('name')).toBe('有坐标的测试商店');
    expect(mapLink($, 'baidu').searchParams.get('location')).toBe('31.227,121.491');
    expect($('main a[data-map="amap-search"]')).toHaveLength(0);
    expect($('main').text()).not.toContain('按店名在高德地图搜索');
  });

  it('gives the Store its geo in WGS-84', () => {
    const store = jsonLd(shopPage(result, 'test-shop-own-point'));
    const [lng, lat] = gcoord.transform([shop.lng, shop.lat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    expect(store.geo).toMatchObject({ '@type': 'GeoCoordinates' });
    const geo = store.geo as { latitude: number; longitude: number };
    expect(geo.latitude).toBeCloseTo(lat, 5);
    expect(geo.longitude).toBeCloseTo(lng, 5);
    expect(geo.latitude).not.toBeCloseTo(shop.lat, 3);
    expect(geo.longitude).not.toBeCloseTo(shop.lng, 3);
  });
});

describe('a shop photo', () => {
  it('is rendered with its alt text, size and responsive widths', () => {
    const $ = shopPage(result);
    const img = $('main figure img');
    expect(img.attr('alt')).toBe('测试商店的红色门面');
    expect(img.attr('width')).toBeTruthy();
    expect(img.attr('height')).toBeTruthy();
    expect(img.attr('srcset')).toMatch(/360w.*720w/);
  });
});

describe('the shop’s own website', () => {
  it('is a link among the shop’s facts, shown without its scheme', () => {
    const link = shopPage(result, 'test-shop-own-point')('main dl.meta-list a[href="https://shop.example/"]');
    expect(link.text()).toBe('shop.example');
    expect(link.attr('rel')).toContain('noopener');
    expect(shopPage(result)('main dl.meta-list a[href^="https://shop"]')).toHaveLength(0);
  });
});

