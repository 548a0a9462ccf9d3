/**
 * The site-wide data (src/content/site.yaml: figures, sources, the WeChat account, footer data) and
 * the prose pages editors keep in Markdown. Neither is made with `npm run new`.
 */
import { z } from 'astro/zod';
import { schemaMessage } from './message-table';
import { requiredOrType } from './messages';
import { searchWord } from '@/lib/search/expand';
import { bilingualText, boundedText, calendarDay, citation, entryObject, gcj02Point, icpNumber, oneOf, partyGovMarkUrl, policeNumber, siteIdCode, safeUrl, slugId, uniqueList } from './pieces';
import { FRESHNESS_SECTIONS, HOME_FRESHNESS_DAYS, NAV_COLLECTION_SECTIONS } from '@/lib/sections';

/**
 * A page of prose that editors keep in Markdown (the visitor guide, the privacy and accessibility
 * statements): the body is the text. The language follows the folder: pages/visit.md is Chinese,
 * pages/en/visit.md its English twin.
 */
export function pageSchema() {
  return entryObject({
    title: boundedText(2, 60, ['标题', 'title']).meta({ description: '页面标题' }),
    description: boundedText(10, 300, ['页面简介（搜索结果和分享时显示）', 'description (shown in search results and when shared)']).meta({
      description: '页面简介，10 到 300 个字，显示在搜索结果和分享里',
    }),
    /** Where the page's facts come from; the statements about the site itself (privacy, accessibility) have none. */
    source: citation.optional().meta({ description: '事实来源（关于本网站自身的声明不写）：{ source: 来源编号 }' }),
    /** Optional: without it the page shows the date of the file's last git commit (src/lib/git-dates.ts). */
    updated: calendarDay.optional().meta({ description: '内容最近修改的日期（不写时显示文件最后一次提交的日期）' }),
  });
}

/** Site-wide data: one file of figures, sources, the WeChat account and footer data. */
export const figure = z.strictObject({
  id: slugId(['数字编号', 'figure id']).meta({ description: '数字编号，小写字母、数字和 -，如 party-members' }),
  label: bilingualText(2, 40, ['数字说明', 'figure label']).meta({ description: '数字说明：这个数字是什么' }),
  value: boundedText(1, 20, ['数值', 'value']).meta({ description: '数值，照来源写，如 81' }),
  asOf: calendarDay.meta({ description: '统计日期，如 2018-10-31' }),
  source: citation.meta({ description: '这个数字的来源：{ source: 来源编号 }' }),
});

export const source = z.strictObject({
  id: slugId(['来源编号', 'source id']).meta({ description: '来源编号，小写字母、数字和 -，内容的 source 字段写它' }),
  title: boundedText(4, 120, ['来源标题', 'source title']).meta({ description: '来源文章的标题' }),
  publisher: boundedText(2, 60, ['发布单位', 'publisher']).meta({ description: '发布单位，如 人民网' }),
  published: calendarDay.meta({ description: '发布日期，如 2018-10-31' }),
  url: safeUrl.optional().meta({ description: '来源网址，以 https:// 开头' }),
});

/** One part of the 三建三带 mechanism, in the site's own words, with where the source describes it. */
export const mechanismPart = z.strictObject({
  name: bilingualText(2, 20, ['名称', 'name']).meta({ description: '这一项的名称' }),
  summary: bilingualText(10, 120, ['说明', 'summary']).meta({ description: '说明，一两句话' }),
  source: citation.meta({ description: '来源中描述这一项的地方：{ source: 来源编号, section: 章节 }' }),
});

/**
 * An image the office supplies as a file next to site.yaml (the account's official QR code, the
 * 党政机关网站标识), never one made here or fetched from elsewhere: only the issuer's own file is
 * trustworthy. Its alt text comes from the UI strings. `what` names it in the messages.
 */
function suppliedImage<Image extends z.ZodType>(image: () => Image, [what, whatEn]: readonly [string, string], example: string) {
  // Astro's types describe image() as taking an object, but it takes the path as written and returns the image.
  const imageAtPath = image() as unknown as z.ZodType<z.output<Image>, string>;
  return z
    .string({ error: schemaMessage('invalid-qr-image', [`请写${what}图片的路径，如 ${example}`, `write the path of the ${whatEn} image, e.g. ${example}`]) })
    .trim()
    .regex(/^\.\.?\//, {
      error: schemaMessage('invalid-qr-image', [
        `${what}图片要放在本站的文件夹里，路径以 ./ 开头、相对于 site.yaml，如 ${example}（不能用网址：页面不向其他网站请求任何文件）`,
        `put the ${whatEn} image in the content folder and write its path relative to site.yaml, starting with ./ (no URLs: pages request nothing from other hosts)`,
      ]),
    })
    .pipe(imageAtPath)
    .meta({ format: 'image', description: `${what}图片文件：${example}，用下发的官方图片` });
}

function accountQr<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject(
    { src: suppliedImage(image, ['二维码', 'QR code'], './images/chengnan-meiyu-qr.png') },
    {
      error: schemaMessage('invalid-qr-image', [
        '公众号二维码写成 qr: { src: ./images/文件名.png }，图片用公众号后台下载的官方二维码；没有就删去这一行',
        'write qr: { src: ./images/<file>.png } with the official QR image from the account, or remove the line',
      ]),
    },
  );
}

/** The 党政机关网站标识: the issued badge image and the verification page it links to (src/lib/registration.ts). */
function partyGovMark<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject({
    src: suppliedImage(image, ['党政机关网站标识', 'party and government site badge'], './images/dangzheng-jiguan-biaoshi.png'),
    href: partyGovMarkUrl.meta({ description: '标识的核验地址，照下发的嵌入代码填写：https://bszs.conac.cn/sitename?method=show&id=…' }),
  });
}

/** Site-wide data. `image` is Astro's (the build) or the stand-in of ../content/schema-context (tests, check:content). */
export function siteSchema<Image extends z.ZodType>({ image }: { image: () => Image }) {
  return entryObject({
    name: bilingualText(4, 40, ['网站名称', 'site name']).meta({ description: '网站名称' }),
    tagline: bilingualText(4, 80, ['网站简介', 'tagline']).meta({ description: '网站简介，一句话' }),
    host: bilingualText(4, 60, ['主办单位', 'host organisation']).meta({ description: '主办单位，显示在页脚' }),
    /** A line the footer and the privacy and accessibility pages show, e.g. a public office phone; only when the host publishes one. */
    contact: boundedText(4, 120, ['联系方式说明', 'contact line'])
      .optional()
      .meta({ description: '联系方式：只写主办单位对外公布的渠道，不写个人手机号；不写就不显示' }),
    wechat: z
      .strictObject({
        name: boundedText(2, 20, ['公众号名称', 'account name']).meta({ description: '公众号名称，如 城南美豫' }),
        description: bilingualText(4, 120, ['公众号介绍', 'account description']).meta({ description: '公众号介绍，一句话' }),
        qr: accountQr(image).optional().meta({ description: '公众号二维码：{ src: ./images/文件名.png }，没有就不写' }),
      })
      .meta({ description: '微信公众号，显示在页脚' }),
    /** Filing numbers, shown in the footer only when set: never invented. */
    registration: z
      .strictObject({
        icp: icpNumber.optional().meta({ description: 'ICP备案号，照工信部备案系统的写法，如 沪ICP备12345678号；没有就不写' }),
        police: policeNumber.optional().meta({ description: '公安备案号，如 沪公网安备31010102001234号（14 位数字）；没有就不写' }),
        siteCode: siteIdCode.optional().meta({ description: '网站标识码，照下发的写法，如 3101010001；没有就不写' }),
        partyGovMark: partyGovMark(image).optional().meta({ description: '党政机关网站标识：{ src: ./images/文件名.png, href: 核验地址 }，拿到后填写；没有就不写' }),
      })
      .meta({ description: '备案号和网站标识：拿到正式的号码和标识后填写，页脚只显示填了的' })
      .default({}),
    sources: z.array(source).min(1).meta({ description: '事实来源列表：每条内容的 source 写这里的来源编号' }),
    /** What the market and its party-building are, for a first-time visitor: the home page's opening paragraphs. */
    intro: z
      .array(bilingualText(30, 240, ['首页介绍段落', 'home-page introduction paragraph']))
      .min(1, { error: schemaMessage('too-few', ['首页介绍至少写一段', 'write at least one introduction paragraph']) })
      .max(3, { error: schemaMessage('too-many', ['首页介绍最多三段', 'at most three introduction paragraphs'], ['请精简', '']) })
      .meta({ description: '首页介绍，一到三段，每段 30 到 240 个字' }),
    /** How the grid network works, one fact per item (the about page). */
    grid: z.array(bilingualText(6, 120, ['网格说明', 'grid fact'])).min(1).meta({ description: '网格说明，每项写一件事（三建三带页面）' }),
    mechanism: z
      .array(mechanismPart)
      .length(6, { error: schemaMessage('wrong-count', ['“三建三带”应有 6 项', 'the mechanism has 6 parts']) })
      .meta({ description: '“三建三带”工作机制，正好 6 项' }),
    figures: z.array(figure).min(1).meta({ description: '关键数字，每个都写统计日期和来源' }),
    /** The area every shop is in: the fallback point for directions when neither shop nor building has one. */
    area: z
      .strictObject({
        name: bilingualText(2, 40, ['地区名称', 'area name']).meta({ description: '地区名称，如 豫园' }),
        address: bilingualText(4, 80, ['地区地址', 'area address']).meta({ description: '地区地址' }),
        location: gcj02Point.meta({ description: '地区的坐标，从高德地图复制（GCJ-02）：{ lat: 31.227, lng: 121.492 }' }),
        note: bilingualText(4, 200, ['位置说明', 'note on the point']).meta({ description: '位置说明：这个坐标指的是哪里' }),
      })
      .meta({ description: '市场所在地区：商户和市场都没有坐标时，路线指向这里' }),
    searchSynonyms: searchSynonyms(),
    freshness: freshness(),
    hiddenSections: uniqueList(oneOf(NAV_COLLECTION_SECTIONS as unknown as [string, ...string[]], ['隐藏的栏目', 'hidden section']), ['隐藏的栏目', 'hidden sections'], 10)
      .meta({ description: `暂时隐藏的栏目（导航里不显示）：还没有内容的栏目要么添加内容，要么写在这里，如 [learn]；可选：${NAV_COLLECTION_SECTIONS.join('、')}` })
      .default([]),
    officialNames: officialNames(),
  });
}

/** Days: how old the newest item may be before check:content and the build warn. */
const days = z
  .number({ error: requiredOrType('天数（整数）', 'a number of days') })
  .int()
  .min(1, { error: schemaMessage('days-out-of-range', ['天数至少为 1', 'at least 1 day']) })
  .max(3650, { error: schemaMessage('days-out-of-range', ['天数最多 3650（十年）', 'at most 3650 days']) });

/**
 * How current the site must be kept (政府网站检查：首页两周不更新是单项否决): the newest dated item
 * reachable from the home page, and each dated section's newest item, in days. Defaults from
 * src/lib/sections.ts.
 */
function freshness() {
  const sections = Object.fromEntries(
    Object.entries(FRESHNESS_SECTIONS).map(([section, { days: fallback }]) => [section, days.optional().meta({ description: `栏目 ${section} 最新一条内容最多多少天前（默认 ${fallback}）` })]),
  );
  return z
    .strictObject({ home: days.optional().meta({ description: `首页上最新的一条内容最多多少天前（默认 ${HOME_FRESHNESS_DAYS}）` }), ...sections })
    .meta({ description: `更新提醒（天数）：超过就在检查和生成网站时提醒，如 { home: ${HOME_FRESHNESS_DAYS}, activities: 14, stories: 183 }` })
    .default({});
}

/**
 * Names that must be written exactly (people, bodies, the account, places): text that differs from
 * one by a single character, or uses one of its known wrong forms, is an error with the right form
 * as the fix (src/lib/content/official-names.ts).
 */
function officialNames() {
  const entry = z.strictObject({
    name: boundedText(2, 40, ['规范名称', 'official name']).meta({ description: '规范名称，如 冯锦莱' }),
    wrong: uniqueList(boundedText(2, 40, ['常见错误写法', 'known wrong form']), ['常见错误写法', 'known wrong forms'], 20)
      .meta({ description: '常见的错误写法，如 [城南美育]（可不写）' })
      .default([]),
  });
  return z
    .array(entry)
    .max(300)
    .superRefine((entries, ctx) => {
      const names = new Set(entries.map((item) => item.name));
      entries.forEach((item, index) => {
        item.wrong.forEach((wrong, position) => {
          if (names.has(wrong))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'wrong', position],
              message: schemaMessage('wrong-form-is-a-name', [`“${wrong}”本身就是列表里的规范名称，不能同时算作错误写法`, `"${wrong}" is itself an official name`], ['删去其中一处', 'remove one']),
            });
        });
      });
    })
    .meta({ description: '必须写对的名称（人名、机构、公众号、地名），如 - { name: 冯锦莱 } 或 - { name: 城南美豫, wrong: [城南美育] }：和它只差一个字（三个字的名称：差一个同音字）、或写成错误写法的文字会报错' })
    .default([]);
}

/**
 * Words a visitor may search for that mean the same (雨具, 雨伞, 伞, umbrella, rain gear): a query with
 * any word of a group also finds the pages with the others (src/lib/search/expand.ts). A word may be in
 * one group only, or “伞” would join two groups into one without anyone meaning it.
 */
function searchSynonyms() {
  const group = z
    .array(boundedText(1, 30, ['同义词', 'synonym']), { error: requiredOrType('一组同义词（列表）', 'a list of words') })
    .min(2, { error: schemaMessage('too-few', ['一组同义词至少两个词', 'a group needs at least two words']) })
    .max(12, { error: schemaMessage('too-many', ['一组同义词最多 12 个词', 'at most 12 words in a group'], ['请分成两组', '']) });
  return z
    .array(group)
    .max(300)
    .superRefine((groups, ctx) => {
      const groupOf = new Map<string, number>();
      groups.forEach((words, index) => {
        for (const [position, word] of words.entries()) {
          const key = searchWord(word);
          const first = groupOf.get(key);
          if (first === undefined) groupOf.set(key, index);
          else
            ctx.addIssue({
              code: 'custom',
              path: [index, position],
              message: schemaMessage(
                'duplicate-item',
                [first === index ? `“${word}”在这一组里写了两次` : `“${word}”已经在第 ${first + 1} 组里`, first === index ? `"${word}" is in this group twice` : `"${word}" is already in group ${first + 1}`],
                [first === index ? '删去重复的一个' : '一个词只能在一组里：删去一处，或把两组合并成一组', first === index ? 'delete one' : 'a word may be in one group only: delete one, or merge the groups'],
              ),
            });
        }
      });
    })
    .meta({ description: '搜索同义词：每组写意思相同的几个词，搜其中一个也能找到写另一个的页面，如 [雨具, 雨伞, 伞, umbrella, rain gear]；一个词只能在一组里' })
    .default([]);
}
