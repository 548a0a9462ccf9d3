/**
 * The site-wide data (src/content/site.yaml: figures, sources, the WeChat account, footer data) and
 * the prose pages editors keep in Markdown. Neither is made with `npm run new`.
 */
import { z } from 'astro/zod';
import { schemaMessage } from './message-table';
import { bilingualText, boundedText, calendarDay, citation, entryObject, gcj02Point, icpNumber, policeNumber, safeUrl, slugId } from './pieces';

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
        .string({ error: schemaMessage('invalid-qr-image', ['请写二维码图片的路径，如 ./images/chengnan-meiyu-qr.png', 'write the path of the QR image, e.g. ./images/chengnan-meiyu-qr.png']) })
        .trim()
        .regex(/^\.\.?\//, {
          error: schemaMessage('invalid-qr-image', [
            '二维码图片要放在本站的文件夹里，路径以 ./ 开头、相对于 site.yaml，如 ./images/chengnan-meiyu-qr.png（不能用网址：页面不向其他网站请求任何文件）',
            'put the QR image in the content folder and write its path relative to site.yaml, starting with ./ (no URLs: pages request nothing from other hosts)',
          ]),
        })
        .pipe(imageAtPath),
    },
    {
      error: schemaMessage('invalid-qr-image', [
        '公众号二维码写成 qr: { src: ./images/文件名.png }，图片用公众号后台下载的官方二维码；没有就删去这一行',
        'write qr: { src: ./images/<file>.png } with the official QR image from the account, or remove the line',
      ]),
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
      .min(1, { error: schemaMessage('too-few', ['首页介绍至少写一段', 'write at least one introduction paragraph']) })
      .max(3, { error: schemaMessage('too-many', ['首页介绍最多三段', 'at most three introduction paragraphs'], ['请精简', '']) }),
    /** How the grid network works, one fact per item (the about page). */
    grid: z.array(bilingualText(6, 120, ['网格说明', 'grid fact'])).min(1),
    mechanism: z.array(mechanismPart).length(6, { error: schemaMessage('wrong-count', ['“三建三带”应有 6 项', 'the mechanism has 6 parts']) }),
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
