import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { awardText, jsonLdScript, storeJsonLd, type StoreInput } from '../../src/lib/structured-data';

const point = { lat: 31.2272, lng: 121.4921 };
const input: StoreInput = {
  url: 'https://yuyuan-market.example/merchants/test-shop/',
  name: '测试商店',
  nameEn: 'Test Shop',
  description: '用于测试的商户。',
  category: '珠宝',
  address: { zh: '上海市测试路1号', en: '1 Test Road, Shanghai' },
  point,
  pointIsShopOwn: true,
  awards: [awardText({ kind: '和谐商户', year: 2019 }), awardText({ kind: '共产党员示范岗' })],
  hasMap: 'https://uri.amap.com/marker?position=121.4921,31.2272',
};

describe('storeJsonLd', () => {
  it('describes a shop as a schema.org Store with a Shanghai postal address', () => {
    const store = storeJsonLd(input);
    expect(store).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Store',
      name: '测试商店',
      alternateName: 'Test Shop',
      description: '用于测试的商户。',
      url: 'https://yuyuan-market.example/merchants/test-shop/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '上海市测试路1号',
        addressLocality: '上海市',
        addressRegion: '上海市',
        addressCountry: 'CN',
      },
      hasMap: 'https://uri.amap.com/marker?position=121.4921,31.2272',
      award: ['和谐商户（2019）', '共产党员示范岗'],
    });
  });

  it('gives the shop’s own point as geo in WGS-84, 6 decimals at most', () => {
    const geo = storeJsonLd(input).geo as { '@type': string; latitude: number; longitude: number };
    const [lng, lat] = gcoord.transform([point.lng, point.lat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    expect(geo['@type']).toBe('GeoCoordinates');
    expect(Math.abs(geo.latitude - lat)).toBeLessThan(0.000001);
    expect(Math.abs(geo.longitude - lng)).toBeLessThan(0.000001);
    expect(geo.latitude).not.toBe(point.lat);
    expect(geo.longitude).not.toBe(point.lng);
    for (const value of [geo.latitude, geo.longitude]) expect(String(value)).toMatch(/^\d+(\.\d{1,6})?$/);
  });

  it('gives no geo when the point is the building’s or the area’s, not the shop’s', () => {
    const store = storeJsonLd({ ...input, pointIsShopOwn: false });
    expect(store).not.toHaveProperty('geo');
    expect(store.hasMap).toBe(input.hasMap);
  });

  it('leaves out what is not recorded', () => {
    const store = storeJsonLd({ ...input, nameEn: undefined, category: undefined, awards: [] });
    expect(store).not.toHaveProperty('alternateName');
    expect(store).not.toHaveProperty('keywords');
    expect(store).not.toHaveProperty('award');
  });
});

describe('awardText', () => {
  it('adds the year when it is known', () => {
    expect(awardText({ kind: '和谐商户', year: 2019 })).toBe('和谐商户（2019）');
    expect(awardText({ kind: '和谐商户' })).toBe('和谐商户');
  });
});

describe('jsonLdScript', () => {
  it('escapes < so a name can never close the script tag, and stays the same JSON', () => {
    const store = storeJsonLd({ ...input, name: '坏店</script><script>alert(1)</script>', description: '<!-- 注释' });
    const text = jsonLdScript(store);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/<\/script/i);
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(store);
  });
  it('escapes the line and paragraph separators too', () => {
    const text = jsonLdScript({ name: 'a\u2028b\u2029c' });
    expect(text).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(text)).toEqual({ name: 'a\u2028b\u2029c' });
  });
});
