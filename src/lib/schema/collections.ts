/**
 * The schema of each collection, composed from the pieces in ./pieces and the shared fields in
 * ./fields. Each field carries its one-line Chinese explanation (`.meta({ description })`), which the
 * new-entry template and CONTRIBUTING.md's field table read (src/lib/scaffold/).
 * Used by src/content.config.ts (the build) and by the tests; there is no second copy.
 */
import { z } from 'astro/zod';
import { branchId, name, nameEn, photos, related, source, summary, title, titleEn, type ReferenceFn } from './fields';
import { schemaMessage } from './message-table';
import { bilingualText, boundedText, calendarDay, contact, countedFigure, entryObject, gcj02Point, honour, oneOf, partialDate, photo, safeUrl, uniqueList } from './pieces';
import { FREQUENCY_WORDS, GUIDE_SECTION_WORDS, ORGANISATION_KIND_WORDS, SERIES, valuesOf } from './word-lists';

export type { ReferenceFn } from './fields';
export type { CollectionName } from '@/lib/sections';
export { figure, mechanismPart, pageSchema, siteSchema, source } from './site-data';

/** The fixed lists' values (the tables, with labels and slugs: ./word-lists.ts). */
export const ORGANISATION_KINDS = valuesOf(ORGANISATION_KIND_WORDS);
export const ACTIVITY_SERIES = valuesOf(SERIES);
export const GUIDE_SECTIONS = valuesOf(GUIDE_SECTION_WORDS);

const tags = () => uniqueList(boundedText(1, 12, ['标签', 'tag']), ['标签', 'tags'], 8).meta({ description: '标签，最多 8 个，如 [诚信经营, 互联网+]' }).default([]);

export function branchSchema({ reference }: { reference: ReferenceFn }) {
  return entryObject({
    name: name('党组织全称，如“悦园商厦党支部”'),
    nameEn: nameEn(),
    kind: oneOf(ORGANISATION_KINDS, ['组织类型', 'organisation kind']).meta({ description: '组织类型' }),
    parent: branchId(reference, '上级党组织', '上级党组织的编号（branches 文件夹里的文件名，不带 .md）'),
    founded: partialDate.optional().meta({ description: '成立时间，来源写到哪一级就写到哪一级：2001、2009-03 或 2009-03-15' }),
    secretary: boundedText(2, 20, ['书记姓名', 'secretary']).optional().meta({ description: '书记姓名（来源中写明的才填）' }),
    members: countedFigure()
      .optional()
      .meta({ description: '党员人数及统计日期和来源：{ value: 81, countedOn: 2018-10-31, source: { source: 来源编号 } }' }),
    activists: countedFigure().optional().meta({ description: '入党积极分子人数，写法同 members' }),
    foundingMembers: z.number().int().positive().optional().meta({ description: '成立时的党员人数' }),
    covers: uniqueList(boundedText(2, 40, ['覆盖的市场或网格', 'market or grid covered']), ['覆盖范围', 'markets covered'], 40)
      .meta({ description: '覆盖的市场或网格，如 [悦园商厦]' })
      .default([]),
    feature: boundedText(4, 200, ['支部特色', 'branch feature']).optional().meta({ description: '一支部一特色：用一句话写支部的特色工作' }),
    summary: summary(10, 300),
    source: source(),
  });
}

/** A market building (one of the 18 markets, or a mall such as 悦园商厦): where shops are, and one point to find it. */
export function marketSchema() {
  return entryObject({
    name: name(),
    nameEn: nameEn(),
    address: bilingualText(4, 80, ['地址', 'address']).optional().meta({ description: '地址' }),
    location: gcj02Point.optional().meta({ description: '市场的坐标，从高德地图复制（GCJ-02）：{ lat: 31.227, lng: 121.492 }' }),
    summary: bilingualText(4, 200, ['简介', 'summary']).optional().meta({ description: '简介' }),
    source: source(),
  });
}

/** How a visitor finds a shop: the market building and, when recorded, floor and stall. */
function shopPlace(reference: ReferenceFn) {
  return z.strictObject({
    market: reference('markets').meta({ label: '市场', description: '市场编号（markets 文件夹里的文件名）' }),
    floor: boundedText(1, 10, ['楼层', 'floor']).optional().meta({ description: '楼层' }),
    stall: boundedText(1, 20, ['铺位号', 'stall number']).optional().meta({ description: '铺位号' }),
  });
}

export function merchantSchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    name: name(),
    nameEn: nameEn(),
    category: boundedText(2, 20, ['经营类别', 'category']).optional().meta({ description: '经营类别，如 珠宝、玉器' }),
    categoryEn: boundedText(2, 40, ['经营类别（英文）', 'category in English']).optional().meta({ description: '经营类别的英文，如 Jewellery' }),
    place: shopPlace(reference)
      .optional()
      .meta({ description: '店在哪里：{ market: 市场编号, floor: 楼层, stall: 铺位号 }，只写来源或店主提供的' }),
    partyMember: z
      .boolean({ error: schemaMessage('wrong-type', ['应为 true 或 false', 'expected true or false']) })
      .meta({ label: '党员商户', description: '店主是党员写 true，否则删去这一行（默认 false）' })
      .default(false),
    honours: uniqueList(honour(), ['荣誉', 'honours'])
      .meta({ description: '荣誉称号：- kind: 称号，year: 获评年份，source: { source: 来源编号 }' })
      .default([]),
    branch: branchId(reference, '所属党支部', '所属党支部的编号（branches 文件夹里的文件名）'),
    pledge: bilingualText(8, 200, ['党员承诺', 'pledge']).optional().meta({ description: '党员承诺：{ zh: 中文承诺, en: 英文（可选） }' }),
    summary: summary(10, 200),
    photos: photos(image),
    location: gcj02Point.optional().meta({ description: '店铺坐标，从高德地图复制（GCJ-02）：{ lat: 31.227, lng: 121.492 }，不能估计' }),
    openingHours: boundedText(4, 60, ['营业时间', 'opening hours']).optional().meta({ description: '营业时间，如 每天9:00–18:00' }),
    contact: contact
      .optional()
      .meta({ description: '联系方式：只有当事人书面同意后才能写，必须同时写 consent: { id: 同意书编号, date: 签署日期 }' }),
    website: safeUrl.optional().meta({ description: '网址，以 https:// 开头' }),
    verified: calendarDay.optional().meta({ label: '核实日期', description: '最近一次到店核实信息的日期，如 2026-05-01' }),
    source: source(),
  });
}

export function storySchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    title: title(),
    titleEn: titleEn(),
    date: calendarDay.meta({ description: '发布日期，如 2026-05-01' }),
    summary: summary(20, 200, ['摘要', 'summary']),
    merchants: related(reference, 'merchants'),
    branches: related(reference, 'branches'),
    tags: tags(),
    cover: photo(image).optional().meta({ description: '封面照片：{ src: ./照片文件名.jpg, alt: 照片内容说明 }' }),
    source: source(),
  });
}

/**
 * When an activity happens. Exactly one of:
 * - date: a day (2019-05-10);
 * - recurrence: a rule (every month on the 10th; every quarter; every two years);
 * - reported: the date of a source that reports the activity without saying when it took place.
 */
export const recurrence = z.strictObject({
  frequency: oneOf(valuesOf(FREQUENCY_WORDS), ['重复周期', 'frequency']).meta({ description: '重复周期：monthly、quarterly 或 biennial' }),
  dayOfMonth: z
    .number()
    .int()
    .min(1, { error: schemaMessage('day-of-month-out-of-range', ['每月几号应在 1 到 28 之间', 'dayOfMonth must be 1–28']) })
    .max(28, { error: schemaMessage('day-of-month-out-of-range', ['每月几号应在 1 到 28 之间（29–31 日并非每月都有）', 'dayOfMonth must be 1–28']) })
    .optional()
    .meta({ description: '每月几号（1 到 28），只用于 monthly' }),
  since: partialDate.optional().meta({ label: '开始年月', description: '从哪一年或哪个月开始，如 2019-05' }),
});

/** The three ways to say when an activity happens; the field table marks them “三选一”. */
const oneOfThree = { requirement: '三选一' };

export function activitySchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    title: title(),
    titleEn: titleEn(),
    date: calendarDay.optional().meta({ ...oneOfThree, description: '活动日期（具体一天），如 2026-05-10；date、recurrence、reported 三者只写一个' }),
    recurrence: recurrence
      .optional()
      .meta({ ...oneOfThree, description: '定期活动的规则，如每月10日：{ frequency: monthly, dayOfMonth: 10 }；与 date、reported 三者只写一个' }),
    reported: calendarDay
      .optional()
      .meta({ ...oneOfThree, label: '来源发表日期', description: '来源只提到活动、没写时间时，写来源的发表日期；与 date、recurrence 三者只写一个' }),
    series: oneOf(ACTIVITY_SERIES, ['活动系列', 'series']).meta({ description: '活动系列' }),
    place: boundedText(2, 60, ['地点', 'place']).optional().meta({ description: '活动地点，如 豫园' }),
    organiser: branchId(reference, '主办党组织', '主办的党组织编号（branches 文件夹里的文件名）'),
    participants: boundedText(2, 100, ['参与者', 'participants']).optional().meta({ description: '参与者，如 党员商户服务队' }),
    partners: uniqueList(boundedText(2, 60, ['合作单位', 'partner']), ['合作单位', 'partners'])
      .meta({ description: '合作单位，如 [社区内党建联建单位]' })
      .default([]),
    summary: summary(10, 200, ['摘要', 'summary']),
    merchants: related(reference, 'merchants'),
    stories: related(reference, 'stories'),
    photos: photos(image),
    source: source(),
  }).superRefine((activity, ctx) => {
    const given = (['date', 'recurrence', 'reported'] as const).filter((key) => activity[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? 'date'],
        message:
          given.length === 0
            ? schemaMessage('activity-time', ['请写明时间：date（具体日期）、recurrence（重复规则）或 reported（来源报道日期，时间不详时）三者之一', 'give exactly one of date, recurrence or reported'])
            : schemaMessage('activity-time', [`时间只能写一种，现在同时写了 ${given.join('、')}`, 'give exactly one of date, recurrence or reported'], ['请只保留一个', '']),
      });
    }
  });
}

export function guideSchema({ reference }: { reference: ReferenceFn }) {
  return entryObject({
    title: title(),
    section: oneOf(GUIDE_SECTIONS, ['栏目', 'section']).meta({ description: '学习中心的栏目' }),
    order: z
      .number({ error: schemaMessage('wrong-type', ['order 应为数字，决定在栏目中的顺序', 'order must be a number']) })
      .int()
      .min(1)
      .max(999)
      .meta({ description: '在栏目中的顺序，数字小的排在前面' }),
    summary: boundedText(10, 160, ['摘要', 'summary']).meta({ description: '摘要，10 到 160 个字，显示在学习中心目录里' }),
    // Optional: without it the page shows the date of the file's last git commit (src/lib/git-dates.ts).
    updated: calendarDay.optional().meta({ description: '内容最近核对的日期（不写时显示文件最后一次提交的日期）' }),
    laws: uniqueList(boundedText(4, 60, ['依据的法律法规', 'law or rule']), ['依据', 'laws'], 12)
      .meta({ description: '依据的法律法规，如 [中华人民共和国电子商务法]' })
      .default([]),
    activities: related(reference, 'activities'),
  });
}
