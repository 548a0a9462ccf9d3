import { describe, expect, it } from 'vitest';
import { activitySchema, branchSchema, guideSchema, merchantSchema, siteSchema, storySchema } from '@/lib/schema/collections';
import { image, reference } from '../support/schema-context';

const source = { source: 'yuyuan-case-2018', section: '一、背景与起因' };
const merchants = merchantSchema({ reference, image });
const activities = activitySchema({ reference, image });

describe('merchant schema', () => {
  const minimal = { name: '雷靖雨具', summary: { zh: '经营雨具的党员商户。' }, source };
  it('accepts a shop with only the required fields and fills defaults', () => {
    const shop = merchants.parse(minimal);
    expect(shop.honours).toEqual([]);
    expect(shop.photos).toEqual([]);
    expect(shop.partyMember).toBe(false);
  });
  it('turns a branch id into a reference', () => {
    expect(merchants.parse({ ...minimal, branch: 'yueyuan-shangsha-dangzhibu' }).branch).toEqual({ id: 'yueyuan-shangsha-dangzhibu', collection: 'branches' });
  });
  it('refuses contact data without consent', () => {
    const result = merchants.safeParse({ ...minimal, contact: { phone: '13800000000' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['contact', 'consent']);
  });
  it('refuses a photo without alt text', () => {
    const result = merchants.safeParse({ ...minimal, photos: [{ src: './shop.jpg' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['photos', 0, 'alt']);
  });
  it('refuses the same honour twice', () => {
    expect(merchants.safeParse({ ...minimal, honours: [{ kind: '和谐商户' }, { kind: '和谐商户' }] }).success).toBe(false);
  });
  it('refuses a misspelt field instead of dropping it', () => {
    const result = merchants.safeParse({ ...minimal, catgory: '雨具' });
    expect(result.error!.issues.map((issue) => issue.message).join()).toContain('是不是“category”');
  });
  it('refuses an unsafe website link', () => {
    expect(merchants.safeParse({ ...minimal, website: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('activity schema', () => {
  const base = { title: '党员为民服务日', series: '为民服务日', summary: { zh: '每月10日在豫园为市民服务。' }, source };
  it('accepts a monthly rule', () => {
    expect(activities.parse({ ...base, recurrence: { frequency: 'monthly', dayOfMonth: 10 } }).recurrence).toEqual({ frequency: 'monthly', dayOfMonth: 10 });
  });
  it('needs exactly one of date, recurrence and reported', () => {
    const none = activities.safeParse(base);
    expect(none.error!.issues[0]!.message).toContain('请写明时间');
    const both = activities.safeParse({ ...base, date: '2019-05-10', recurrence: { frequency: 'monthly', dayOfMonth: 10 } });
    expect(both.error!.issues[0]!.message).toContain('只能写一种');
  });
  it('refuses a day of month that not every month has', () => {
    expect(activities.safeParse({ ...base, recurrence: { frequency: 'monthly', dayOfMonth: 31 } }).success).toBe(false);
  });
  it('refuses a series outside the list, naming the list', () => {
    expect(activities.safeParse({ ...base, reported: '2018-10-31', series: '联欢' }).error!.issues[0]!.message).toContain('豫园之书');
  });
});

describe('branch, story and guide schemas', () => {
  it('accepts a branch with counted figures', () => {
    const branch = branchSchema({ reference }).parse({
      name: '豫园小商品市场党总支',
      kind: '党总支',
      founded: '2009-03',
      members: { value: 81, countedOn: '2018-10-31', source },
      summary: { zh: '2009年3月成立，冯锦莱任书记。' },
      source,
    });
    expect(branch.founded).toBe('2009-03');
    expect(branch.members?.value).toBe(81);
  });
  it('refuses an organisation kind outside the list', () => {
    expect(branchSchema({ reference }).safeParse({ name: '某委员会', kind: '委员会', summary: { zh: '一个不在列表中的组织。' }, source }).success).toBe(false);
  });
  it('needs a date and a source for a story', () => {
    const result = storySchema({ reference, image }).safeParse({ title: '冯锦莱的十八年', summary: { zh: '一位书记十八年如一日坚守在市场党建岗位上。' } });
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(['date', 'source']);
  });
  it('needs a guide section from the list and an order', () => {
    const result = guideSchema({ reference }).safeParse({ title: '网上开店', section: '杂项', summary: '一步一步在网上开一家小店。', updated: '2026-11-26' });
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(['order', 'section']);
  });
});

describe('site schema', () => {
  const siteData = {
    name: { zh: '豫园小商品市场党建' },
    tagline: { zh: '三建三带引领市场转型' },
    host: { zh: '豫园街道党工委' },
    wechat: { name: '城南美豫', description: { zh: '街道党建公众号' } },
    sources: [{ id: 'yuyuan-case-2018', title: '三建三带完善市场党建', publisher: '人民网', published: '2018-10-31' }],
    intro: [{ zh: '豫园小商品市场紧挨着豫园和城隍庙，有18个小商品市场、5800多家商户。', en: 'The market lies next to Yu Garden.' }],
    figures: [{ id: 'markets', label: { zh: '小商品市场' }, value: '18', asOf: '2018-10-31', source }],
    grid: [{ zh: '以市场为单位划定18个网格。', en: 'Eighteen grids, one per market.' }],
    mechanism: [],
    area: {
      name: { zh: '豫园' },
      address: { zh: '上海市黄浦区豫园地区' },
      location: { lat: 31.2272, lng: 121.4921 },
      note: { zh: '这是豫园景区的位置。' },
    },
  };
  it('needs six parts of the mechanism', () => {
    const result = siteSchema({ image }).safeParse(siteData);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['mechanism']);
    expect(result.error!.issues[0]!.message).toContain('6 项');
  });
  it('needs an introduction of one to three paragraphs, each with its Chinese', () => {
    const paths = (data: object) => siteSchema({ image }).safeParse({ ...siteData, ...data }).error!.issues.map((issue) => issue.path.join('.'));
    expect(paths({ intro: [] })).toContain('intro');
    expect(paths({ intro: [{ en: 'English only: the Chinese is missing here.' }] })).toContain('intro.0.zh');
    expect(paths({ intro: [{ zh: '太短。' }] })).toContain('intro.0.zh');
  });
  it('gives each grid fact in Chinese with an optional English version, not as bare text', () => {
    const paths = (data: object) => siteSchema({ image }).safeParse({ ...siteData, ...data }).error!.issues.map((issue) => issue.path.join('.'));
    expect(paths({ grid: ['以市场为单位划定18个网格。'] })).toContain('grid.0');
    expect(paths({ grid: [{ zh: '以市场为单位划定18个网格。' }] })).not.toContain('grid.0');
  });
});
