/**
 * The schema of each collection, composed from the pieces in ./pieces.
 * Used by src/content.config.ts (the build) and by the tests; there is no second copy.
 */
import { z } from 'astro/zod';
import {
  bilingual,
  bilingualText,
  boundedText,
  calendarDay,
  citation,
  contact,
  countedFigure,
  entryObject,
  gcj02Point,
  honour,
  icpNumber,
  oneOf,
  partialDate,
  photo,
  policeNumber,
  safeUrl,
  slugId,
  uniqueList,
} from './pieces';
import { SERIES, valuesOf } from './word-lists';

/** The `reference()` of astro:content, passed in so this module stays importable anywhere. */
export type ReferenceFn = (collection: CollectionName) => z.ZodType<{ id: string; collection: string }>;
export type CollectionName = 'branches' | 'markets' | 'merchants' | 'stories' | 'activities' | 'guides';

export const ORGANISATION_KINDS = ['街道党工委', '社区党委', '党总支', '党支部'] as const;

/** The series an activity belongs to (the table, with English labels and URL slugs: ./word-lists.ts). */
export const ACTIVITY_SERIES = valuesOf(SERIES);

export const GUIDE_SECTIONS = ['网上经营', '商品与营销', '诚信经营', '安全经营', '党建与服务'] as const;

const name = boundedText(2, 40, ['名称', 'name']);
const nameEn = boundedText(2, 80, ['英文名称', 'English name']);
const tag = boundedText(1, 12, ['标签', 'tag']);

export function branchSchema({ reference }: { reference: ReferenceFn }) {
  return entryObject({
    name,
    nameEn: nameEn.optional(),
    kind: oneOf(ORGANISATION_KINDS, ['组织类型', 'organisation kind']),
    parent: reference('branches').optional(),
    founded: partialDate.optional(),
    secretary: boundedText(2, 20, ['书记姓名', 'secretary']).optional(),
    members: countedFigure().optional(),
    activists: countedFigure().optional(),
    foundingMembers: z.number().int().positive().optional(),
    covers: uniqueList(boundedText(2, 40, ['覆盖的市场或网格', 'market or grid covered']), ['覆盖范围', 'markets covered'], 40).default([]),
    feature: boundedText(4, 200, ['支部特色', 'branch feature']).optional(),
    summary: bilingualText(10, 300, ['简介', 'summary']),
    source: citation,
  });
}

/** A market building (one of the 18 markets, or a mall such as 悦园商厦): where shops are, and one point to find it. */
export function marketSchema() {
  return entryObject({
    name,
    nameEn: nameEn.optional(),
    address: bilingualText(4, 80, ['地址', 'address']).optional(),
    location: gcj02Point.optional(),
    summary: bilingualText(4, 200, ['简介', 'summary']).optional(),
    source: citation,
  });
}

/** How a visitor finds a shop: the market building and, when recorded, floor and stall. */
function shopPlace(reference: ReferenceFn) {
  return z.strictObject({
    market: reference('markets'),
    floor: boundedText(1, 10, ['楼层', 'floor']).optional(),
    stall: boundedText(1, 20, ['铺位号', 'stall number']).optional(),
  });
}

export function merchantSchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    name,
    nameEn: nameEn.optional(),
    category: boundedText(2, 20, ['经营类别', 'category']).optional(),
    categoryEn: boundedText(2, 40, ['经营类别（英文）', 'category in English']).optional(),
    place: shopPlace(reference).optional(),
    partyMember: z.boolean({ error: bilingual('应为 true 或 false', 'expected true or false') }).default(false),
    honours: uniqueList(honour(), ['荣誉', 'honours']).default([]),
    branch: reference('branches').optional(),
    pledge: bilingualText(8, 200, ['党员承诺', 'pledge']).optional(),
    summary: bilingualText(10, 200, ['简介', 'summary']),
    photos: z.array(photo(image)).max(12).default([]),
    location: gcj02Point.optional(),
    openingHours: boundedText(4, 60, ['营业时间', 'opening hours']).optional(),
    contact: contact.optional(),
    website: safeUrl.optional(),
    verified: calendarDay.optional(),
    source: citation,
  });
}

export function storySchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    title: boundedText(4, 40, ['标题', 'title']),
    titleEn: boundedText(4, 120, ['英文标题', 'English title']).optional(),
    date: calendarDay,
    summary: bilingualText(20, 200, ['摘要', 'summary']),
    merchants: uniqueList(reference('merchants'), ['相关商户', 'merchants']).default([]),
    branches: uniqueList(reference('branches'), ['相关组织', 'branches']).default([]),
    tags: uniqueList(tag, ['标签', 'tags'], 8).default([]),
    cover: photo(image).optional(),
    source: citation,
  });
}

/**
 * When an activity happens. Exactly one of:
 * - date: a day (2019-05-10);
 * - recurrence: a rule (every month on the 10th; every quarter; every two years);
 * - reported: the date of a source that reports the activity without saying when it took place.
 */
export const recurrence = z.strictObject({
  frequency: oneOf(['monthly', 'quarterly', 'biennial'] as const, ['重复周期', 'frequency']),
  dayOfMonth: z
    .number()
    .int()
    .min(1, { error: bilingual('每月几号应在 1 到 28 之间', 'dayOfMonth must be 1–28') })
    .max(28, { error: bilingual('每月几号应在 1 到 28 之间（29–31 日并非每月都有）', 'dayOfMonth must be 1–28') })
    .optional(),
  since: partialDate.optional(),
});

export function activitySchema<Image extends z.ZodType>({ reference, image }: { reference: ReferenceFn; image: () => Image }) {
  return entryObject({
    title: boundedText(4, 40, ['标题', 'title']),
    titleEn: boundedText(4, 120, ['英文标题', 'English title']).optional(),
    date: calendarDay.optional(),
    recurrence: recurrence.optional(),
    reported: calendarDay.optional(),
    series: oneOf(ACTIVITY_SERIES, ['活动系列', 'series']),
    place: boundedText(2, 60, ['地点', 'place']).optional(),
    organiser: reference('branches').optional(),
    participants: boundedText(2, 100, ['参与者', 'participants']).optional(),
    partners: uniqueList(boundedText(2, 60, ['合作单位', 'partner']), ['合作单位', 'partners']).default([]),
    summary: bilingualText(10, 200, ['摘要', 'summary']),
    merchants: uniqueList(reference('merchants'), ['相关商户', 'merchants']).default([]),
    stories: uniqueList(reference('stories'), ['相关故事', 'stories']).default([]),
    photos: z.array(photo(image)).max(12).default([]),
    source: citation,
  }).superRefine((activity, ctx) => {
    const given = (['date', 'recurrence', 'reported'] as const).filter((key) => activity[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [given[1] ?? 'date'],
        message: bilingual(
          given.length === 0
            ? '请写明时间：date（具体日期）、recurrence（重复规则）或 reported（来源报道日期，时间不详时）三者之一'
            : `时间只能写一种，现在同时写了 ${given.join('、')}，请只保留一个`,
          'give exactly one of date, recurrence or reported',
        ),
      });
    }
  });
}

export function guideSchema({ reference }: { reference: ReferenceFn }) {
  return entryObject({
    title: boundedText(4, 40, ['标题', 'title']),
    section: oneOf(GUIDE_SECTIONS, ['栏目', 'section']),
    order: z
      .number({ error: bilingual('order 应为数字，决定在栏目中的顺序', 'order must be a number') })
      .int()
      .min(1)
      .max(999),
    summary: boundedText(10, 160, ['摘要', 'summary']),
    /** Optional: without it the page shows the date of the file's last git commit (src/lib/git-dates.ts). */
    updated: calendarDay.optional(),
    laws: uniqueList(boundedText(4, 60, ['依据的法律法规', 'law or rule']), ['依据', 'laws'], 12).default([]),
    activities: uniqueList(reference('activities'), ['相关活动', 'activities']).default([]),
  });
}

/**
 * A page of prose that editors keep in Markdown (the visitor guide, the privacy and accessibility
 * statements): the body is the text. The language follows the folder: pages/visit.md is Chinese,
 * pages/en/visit.md its English twin.
 */
export function pageSchema() {
  return entryObject({
    title: boundedText(2, 60, ['标题', 'title']),
    description: boundedText(10, 300, ['页面简介（搜索结果和分享时显示）', 'description (shown in search results and when shared)']),
    /** Where the page's facts come from; the statements about the site itself (privacy, accessibility) have none. */
    source: citation.optional(),
    /** Optional: without it the page shows the date of the file's last git commit (src/lib/git-dates.ts). */
    updated: calendarDay.optional(),
  });
}

/** Site-wide data: one file of figures, sources, the WeChat account and footer data. */
export const figure = z.strictObject({
  id: slugId(['数字编号', 'figure id']),
  label: bilingualText(2, 40, ['数字说明', 'figure label']),
  value: boundedText(1, 20, ['数值', 'value']),
  asOf: calendarDay,
  source: citation,
});

export const source = z.strictObject({
  id: slugId(['来源编号', 'source id']),
  title: boundedText(4, 120, ['来源标题', 'source title']),
  publisher: boundedText(2, 60, ['发布单位', 'publisher']),
  published: calendarDay,
  url: safeUrl.optional(),
});

/** One part of the 三建三带 mechanism, in the site's own words, with where the source describes it. */
export const mechanismPart = z.strictObject({
  name: bilingualText(2, 20, ['名称', 'name']),
  summary: bilingualText(10, 120, ['说明', 'summary']),
  source: citation,
});

/**
 * The official QR code of the 城南美豫 account: an image file the editors commit next to site.yaml,
 * never one made here (only the account's own code is trustworthy). Its alt text comes from the UI strings.
 */
function accountQr<Image extends z.ZodType>(image: () => Image) {
  // Astro's types describe image() as taking an object, but it takes the path as written and returns the image.
  const imageAtPath = image() as unknown as z.ZodType<z.output<Image>, string>;
  return z.strictObject(
    {
      src: z
        .string({ error: bilingual('请写二维码图片的路径，如 ./images/chengnan-meiyu-qr.png', 'write the path of the QR image, e.g. ./images/chengnan-meiyu-qr.png') })
        .trim()
        .regex(/^\.\.?\//, {
          error: bilingual(
            '二维码图片要放在本站的文件夹里，路径以 ./ 开头、相对于 site.yaml，如 ./images/chengnan-meiyu-qr.png（不能用网址：页面不向其他网站请求任何文件）',
            'put the QR image in the content folder and write its path relative to site.yaml, starting with ./ (no URLs: pages request nothing from other hosts)',
          ),
        })
        .pipe(imageAtPath),
    },
    {
      error: bilingual(
        '公众号二维码写成 qr: { src: ./images/文件名.png }，图片用公众号后台下载的官方二维码；没有就删去这一行',
        'write qr: { src: ./images/<file>.png } with the official QR image from the account, or remove the line',
      ),
    },
  );
}

/** Site-wide data. `image` is Astro's (the build) or the stand-in of ../content/schema-context (tests, check:content). */
export function siteSchema<Image extends z.ZodType>({ image }: { image: () => Image }) {
  return entryObject({
    name: bilingualText(4, 40, ['网站名称', 'site name']),
    tagline: bilingualText(4, 80, ['网站简介', 'tagline']),
    host: bilingualText(4, 60, ['主办单位', 'host organisation']),
    /** A line the footer and the privacy and accessibility pages show, e.g. a public office phone; only when the host publishes one. */
    contact: boundedText(4, 120, ['联系方式说明', 'contact line']).optional(),
    wechat: z.strictObject({
      name: boundedText(2, 20, ['公众号名称', 'account name']),
      description: bilingualText(4, 120, ['公众号介绍', 'account description']),
      qr: accountQr(image).optional(),
    }),
    /** Filing numbers, shown in the footer only when set: never invented. */
    registration: z
      .strictObject({
        icp: icpNumber.optional(),
        police: policeNumber.optional(),
      })
      .default({}),
    sources: z.array(source).min(1),
    /** What the market and its party-building are, for a first-time visitor: the home page's opening paragraphs. */
    intro: z
      .array(bilingualText(30, 240, ['首页介绍段落', 'home-page introduction paragraph']))
      .min(1, { error: bilingual('首页介绍至少写一段', 'write at least one introduction paragraph') })
      .max(3, { error: bilingual('首页介绍最多三段，请精简', 'at most three introduction paragraphs') }),
    /** How the grid network works, one fact per item (the about page). */
    grid: z.array(bilingualText(6, 120, ['网格说明', 'grid fact'])).min(1),
    mechanism: z.array(mechanismPart).length(6, { error: bilingual('“三建三带”应有 6 项', 'the mechanism has 6 parts') }),
    figures: z.array(figure).min(1),
    /** The area every shop is in: the fallback point for directions when neither shop nor building has one. */
    area: z.strictObject({
      name: bilingualText(2, 40, ['地区名称', 'area name']),
      address: bilingualText(4, 80, ['地区地址', 'area address']),
      location: gcj02Point,
      note: bilingualText(4, 200, ['位置说明', 'note on the point']),
    }),
  });
}
