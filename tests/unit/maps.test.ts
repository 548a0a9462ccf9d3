import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { amapKeywordSearch, APP_NAME, directionsFor, formatCoordinate, gcj02ToWgs84, mapLinks, shopDirections } from '@/lib/maps';

/** GCJ-02 point of Yu Garden, as in src/content/site.yaml. */
const yuyuan = { lat: 31.2272, lng: 121.4921 };
const links = mapLinks({ point: yuyuan, name: '豫园', address: '上海市黄浦区豫园地区', appName: APP_NAME });
const query = (url: string) => new URL(url).searchParams;

describe('mapLinks', () => {
  it('writes each provider’s URL format exactly', () => {
    const zh = (text: string) => encodeURIComponent(text);
    expect(links).toEqual({
      amap: `https://uri.amap.com/marker?position=121.4921,31.2272&name=${zh('豫园')}&src=${APP_NAME}&coordinate=gaode&callnative=1`,
      baidu: `https://api.map.baidu.com/marker?location=31.2272,121.4921&title=${zh('豫园')}&content=${zh('上海市黄浦区豫园地区')}&output=html&coord_type=gcj02&src=${APP_NAME}`,
      tencent: `https://apis.map.qq.com/uri/v1/marker?marker=coord:31.2272,121.4921;title:${zh('豫园')};addr:${zh('上海市黄浦区豫园地区')}&referer=${APP_NAME}`,
      apple: `https://maps.apple.com/?ll=31.2272,121.4921&q=${zh('豫园')}`,
    });
  });

  it('gives Amap the point longitude first, in its own datum', () => {
    expect(links.amap.startsWith('https://uri.amap.com/marker?')).toBe(true);
    expect(query(links.amap).get('position')).toBe('121.4921,31.2272');
    expect(query(links.amap).get('coordinate')).toBe('gaode');
    expect(query(links.amap).get('callnative')).toBe('1');
    expect(query(links.amap).get('src')).toBe(APP_NAME);
  });

  it('gives Baidu the point LATITUDE first, says it is GCJ-02 and names the source', () => {
    expect(links.baidu.startsWith('https://api.map.baidu.com/marker?')).toBe(true);
    expect(links.baidu).toContain('location=31.2272,121.4921&');
    expect(query(links.baidu).get('location')).toBe('31.2272,121.4921');
    expect(query(links.baidu).get('coord_type')).toBe('gcj02');
    expect(query(links.baidu).get('output')).toBe('html');
    expect(query(links.baidu).get('src')).toBe(APP_NAME);
    expect(query(links.baidu).get('title')).toBe('豫园');
    expect(query(links.baidu).get('content')).toBe('上海市黄浦区豫园地区');
  });

  it('gives Tencent the point latitude first inside its marker parameter', () => {
    expect(links.tencent.startsWith('https://apis.map.qq.com/uri/v1/marker?')).toBe(true);
    expect(query(links.tencent).get('marker')).toBe('coord:31.2272,121.4921;title:豫园;addr:上海市黄浦区豫园地区');
    expect(query(links.tencent).get('referer')).toBe(APP_NAME);
  });

  it('gives Apple Maps the point latitude first', () => {
    expect(links.apple.startsWith('https://maps.apple.com/?')).toBe(true);
    expect(query(links.apple).get('ll')).toBe('31.2272,121.4921');
    expect(query(links.apple).get('q')).toBe('豫园');
  });

  it('uses the name where there is no address', () => {
    const noAddress = mapLinks({ point: yuyuan, name: '测试商店', appName: APP_NAME });
    expect(query(noAddress.baidu).get('content')).toBe('测试商店');
    expect(query(noAddress.tencent).get('marker')).toBe('coord:31.2272,121.4921;title:测试商店;addr:测试商店');
  });

  it('percent-encodes Chinese names and characters that would split the query', () => {
    const tricky = mapLinks({ point: yuyuan, name: '翠阁珠宝 & 玉器=#1', address: '上海市 A&B 路', appName: APP_NAME });
    for (const url of Object.values(tricky)) {
      expect(url, url).not.toMatch(/[\u4e00-\u9fff #]/);
      expect(url, url).toContain(encodeURIComponent('翠阁珠宝 & 玉器=#1'));
    }
    // The & in the name did not start a parameter of its own.
    expect([...query(tricky.amap).keys()]).toEqual(['position', 'name', 'src', 'coordinate', 'callnative']);
    expect([...query(tricky.baidu).keys()]).toEqual(['location', 'title', 'content', 'output', 'coord_type', 'src']);
    expect([...query(tricky.tencent).keys()]).toEqual(['marker', 'referer']);
    expect([...query(tricky.apple).keys()]).toEqual(['ll', 'q']);
    expect(query(tricky.amap).get('name')).toBe('翠阁珠宝 & 玉器=#1');
    expect(query(tricky.amap).get('src')).toBe(APP_NAME);
    expect(query(tricky.baidu).get('title')).toBe('翠阁珠宝 & 玉器=#1');
    expect(query(tricky.baidu).get('content')).toBe('上海市 A&B 路');
    expect(query(tricky.baidu).get('coord_type')).toBe('gcj02');
    expect(query(tricky.apple).get('q')).toBe('翠阁珠宝 & 玉器=#1');
    expect(query(tricky.tencent).get('referer')).toBe(APP_NAME);
  });

  it('keeps Tencent’s marker fields apart when a name holds ; or :', () => {
    const marker = query(mapLinks({ point: yuyuan, name: 'A;B:C', appName: APP_NAME }).tencent).get('marker');
    expect(marker).toBe('coord:31.2272,121.4921;title:A；B：C;addr:A；B：C');
  });

  it('writes coordinates with at most 6 decimals', () => {
    const precise = mapLinks({ point: { lat: 31.22720049999, lng: 121.492100000001 }, name: 'x', appName: APP_NAME });
    expect(query(precise.amap).get('position')).toBe('121.4921,31.2272');
    const six = mapLinks({ point: { lat: 31.1234564, lng: 121.9876546 }, name: 'x', appName: APP_NAME });
    expect(query(six.baidu).get('location')).toBe('31.123456,121.987655');
    expect(formatCoordinate(121.49)).toBe('121.49');
    expect(formatCoordinate(31)).toBe('31');
  });
});

describe('amapKeywordSearch', () => {
  it('searches Amap by name in Shanghai', () => {
    const url = amapKeywordSearch({ keyword: '吴善靖经营的琥珀店 & 饰品', city: '上海', appName: APP_NAME });
    expect(url.startsWith('https://uri.amap.com/search?')).toBe(true);
    expect(query(url).get('keyword')).toBe('吴善靖经营的琥珀店 & 饰品');
    expect(query(url).get('city')).toBe('上海');
    expect(query(url).get('src')).toBe(APP_NAME);
    expect(query(url).get('callnative')).toBe('1');
    expect(url).not.toMatch(/[\u4e00-\u9fff ]/);
  });
  it('defaults to Shanghai', () => {
    expect(query(amapKeywordSearch({ keyword: '店', appName: APP_NAME })).get('city')).toBe('上海');
  });
});

describe('directionsFor', () => {
  const shop = { lat: 31.227, lng: 121.491 };
  const market = { lat: 31.2275, lng: 121.4905 };
  it('prefers the shop’s own point', () => {
    expect(directionsFor({ shop, market, area: yuyuan })).toEqual({ point: shop, precision: 'shop' });
    expect(directionsFor({ shop, area: yuyuan })).toEqual({ point: shop, precision: 'shop' });
  });
  it('falls back to the building, then to the area', () => {
    expect(directionsFor({ market, area: yuyuan })).toEqual({ point: market, precision: 'market' });
    expect(directionsFor({ area: yuyuan })).toEqual({ point: yuyuan, precision: 'area' });
    expect(directionsFor({ shop: undefined, market: undefined, area: yuyuan }).precision).toBe('area');
  });
});

describe('gcj02ToWgs84', () => {
  it('moves a Shanghai point by the GCJ-02 offset (about 0.002° north, 0.0045° west)', () => {
    const wgs = gcj02ToWgs84(yuyuan);
    const [lng, lat] = gcoord.transform([yuyuan.lng, yuyuan.lat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
    expect(Math.abs(wgs.lat - lat)).toBeLessThan(0.0005);
    expect(Math.abs(wgs.lng - lng)).toBeLessThan(0.0005);
    expect(wgs.lat).toBeCloseTo(31.2292, 3);
    expect(wgs.lng).toBeCloseTo(121.4876, 3);
    expect(wgs).not.toEqual(yuyuan);
    const shift = Math.hypot(wgs.lat - yuyuan.lat, wgs.lng - yuyuan.lng);
    expect(shift).toBeGreaterThan(0.002);
    expect(shift).toBeLessThan(0.006);
  });
});

describe('shopDirections', () => {
  const area = { name: '豫园', location: yuyuan, address: { zh: '上海市黄浦区豫园地区', en: 'Yuyuan area, Shanghai' } };
  const market = { name: '测试商厦', location: { lat: 31.2275, lng: 121.4905 }, address: { zh: '上海市测试路1号' } };

  it('sends a shop with its own point there, named after the shop, with no search by name', () => {
    const d = shopDirections({ shopName: '测试商店', shop: { lat: 31.227, lng: 121.491 }, market, area });
    expect(d.precision).toBe('shop');
    expect(query(d.links.amap).get('position')).toBe('121.491,31.227');
    expect(query(d.links.amap).get('name')).toBe('测试商店');
    expect(d.address).toEqual(market.address);
    expect(d.searchByName).toBeUndefined();
  });

  it('sends a shop without a point to its building, named after the building, and searches by the shop’s name', () => {
    const d = shopDirections({ shopName: '测试商店', market, area });
    expect(d.precision).toBe('market');
    expect(query(d.links.baidu).get('location')).toBe('31.2275,121.4905');
    expect(query(d.links.baidu).get('title')).toBe('测试商厦');
    expect(query(d.searchByName!).get('keyword')).toBe('测试商店');
  });

  it('falls back to the area’s point and address when the building has neither', () => {
    const d = shopDirections({ shopName: '测试商店', market: { name: '悦园商厦' }, area });
    expect(d.precision).toBe('area');
    expect(d.point).toEqual(yuyuan);
    expect(d.pointName).toBe('豫园');
    expect(d.address).toEqual(area.address);
    expect(query(d.searchByName!).get('city')).toBe('上海');
  });
});
