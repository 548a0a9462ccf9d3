import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { awardText, jsonLdScript, storeJsonLd, type StoreInput, eventJsonLd, articleJsonLd, organizationJsonLd } from '@/lib/structured-data';

const point = { lat: 31.2272, lng: 121.4921 };
const input: StoreInput = {
  url: 'https://yuyuan-market.example/merchants/test-shop/',
  name: '测试商店',
  alternateName: 'Test Shop',
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
    const store = storeJsonLd({ ...input, alternateName: undefined, category: undefined, awards: [] });
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

describe('eventJsonLd', () => {
  const base = { url: 'https://yuyuan-market.example/activities/x/', name: '党员为民服务日', description: '每月10日在豫园为市民服务。' };
  it('describes the monthly service day as a schedule in Shanghai time', () => {
    const event = eventJsonLd({ ...base, place: '豫园', recurrence: { frequency: 'monthly', dayOfMonth: 10 }, next: new Date(Date.UTC(2026, 11, 10)) })!;
    expect(event['@type']).toBe('Event');
    expect(event.startDate).toBe('2026-12-10T00:00:00+08:00');
    expect(event.eventSchedule).toEqual({ '@type': 'Schedule', repeatFrequency: 'P1M', byMonthDay: 10, startDate: '2026-12-10', scheduleTimezone: 'Asia/Shanghai' });
    expect((event.location as { name: string }).name).toBe('豫园');
  });
  it('gives a dated activity its day at +08:00', () => {
    expect(eventJsonLd({ ...base, date: new Date(Date.UTC(2019, 4, 10)) })!.startDate).toBe('2019-05-10T00:00:00+08:00');
  });
  it('gives a quarterly rule a schedule without a day and without a made-up start', () => {
    const event = eventJsonLd({ ...base, recurrence: { frequency: 'quarterly' } })!;
    expect(event.startDate).toBeUndefined();
    expect(event.eventSchedule).toEqual({ '@type': 'Schedule', repeatFrequency: 'P3M', scheduleTimezone: 'Asia/Shanghai' });
  });
  it('gives an activity with no date at all no Event', () => {
    expect(eventJsonLd(base)).toBeUndefined();
  });
});

describe('articleJsonLd', () => {
  it('describes a story with its date, publisher, source and subjects', () => {
    const article = articleJsonLd({
      url: 'https://yuyuan-market.example/stories/x/',
      headline: '冯锦莱的十八年',
      description: '一位书记的十八年。',
      datePublished: new Date(Date.UTC(2018, 9, 31)),
      publisher: '豫园街道党工委',
      basedOn: { title: '“三建三带”完善市场党建', publisher: '人民网' },
      keywords: ['书记带动', '人物'],
      about: [{ type: 'Organization', name: '豫园小商品市场党总支', url: 'https://yuyuan-market.example/branches/z/' }],
    });
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: '冯锦莱的十八年',
      datePublished: '2018-10-31',
      inLanguage: 'zh-CN',
      keywords: '书记带动,人物',
      isBasedOn: { name: '“三建三带”完善市场党建' },
    });
    expect((article.about as { name: string }[])[0]!.name).toBe('豫园小商品市场党总支');
  });
});

describe('organizationJsonLd', () => {
  const origin = 'https://yuyuan-market.example/branches';
  const top = { url: `${origin}/top/`, name: '豫园街道党工委', alternateName: 'Yuyuan Subdistrict Party Working Committee' };
  const middle = { url: `${origin}/middle/`, name: '社区党委' };
  const input = {
    url: `${origin}/z/`,
    name: '豫园小商品市场党总支',
    alternateName: 'General Party Branch',
    description: '2009年3月成立。',
    foundingDate: '2009-03',
    ancestors: [middle, top],
    children: [{ url: `${origin}/c/`, name: '悦园商厦党支部' }],
  };

  it('nests the parents up to the top of the chain, nearest first', () => {
    const organization = organizationJsonLd(input);
    expect(organization).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: '豫园小商品市场党总支',
      alternateName: 'General Party Branch',
      url: `${origin}/z/`,
      description: '2009年3月成立。',
      foundingDate: '2009-03',
      parentOrganization: {
        '@type': 'Organization',
        name: '社区党委',
        url: `${origin}/middle/`,
        parentOrganization: { '@type': 'Organization', name: '豫园街道党工委', alternateName: top.alternateName, url: `${origin}/top/` },
      },
      subOrganization: [{ '@type': 'Organization', name: '悦园商厦党支部', url: `${origin}/c/` }],
    });
  });

  it('keeps a founding date at the precision the source gives', () => {
    expect(organizationJsonLd({ ...input, foundingDate: '2001' }).foundingDate).toBe('2001');
  });

  it('leaves out what is not recorded: no parent at the top, no children, no date', () => {
    const organization = organizationJsonLd({ ...top, description: '党工委。', ancestors: [], children: [] });
    expect(organization).not.toHaveProperty('parentOrganization');
    expect(organization).not.toHaveProperty('subOrganization');
    expect(organization).not.toHaveProperty('foundingDate');
    expect(organizationJsonLd({ ...input, alternateName: undefined })).not.toHaveProperty('alternateName');
  });
});
