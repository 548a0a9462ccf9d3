/**
 * What a shop's page (/merchants/<id>/, /en/merchants/<id>/) shows, worked out from the content
 * graph: its title and description in the page's language, where directions go, its schema.org Store,
 * the stories and activities it is in, and what search and the directory's filter know of it. Pure.
 */
import type { Lang } from '@/i18n/ui';
import { t } from '@/i18n/ui';
import type { Branch, Market, Merchant, Site, SiteData } from '@/lib/content/site';
import { honourLabel } from '@/lib/labels';
import { shopDirections, type ShopDirections } from '@/lib/maps';
import { absoluteUrl, entryPath } from '@/lib/routes';
import { searchMeta } from '@/lib/search/filters';
import { namePinyinTerms } from '@/lib/search/pinyin';
import { nameWordTerms } from '@/lib/search/segments';
import { awardText, storeJsonLd } from '@/lib/structured-data';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { LinkItem } from './links';

export interface MerchantView {
  trail: Crumb[];
  /** The page's own name: English on English pages when there is one. */
  title: string;
  description: string;
  branch?: Branch;
  market?: Market;
  /** The area every shop is in (site data): HowToGetThere explains an area point with it. */
  area: SiteData['area'];
  /** Where directions go (the shop's own point, else its building's, else the area's). */
  directions: ShopDirections;
  /** The schema.org Store; its geo only when the point is the shop's own. */
  store: Record<string, unknown>;
  stories: LinkItem[];
  activities: LinkItem[];
  /** Search metadata the directory's filter shows for this shop, in the page's language (unset values left out). */
  meta: Record<string, string>;
  /** More ways to find the shop by its name, searchable but never shown (a search meta key and its words). */
  nameTerms: { key: string; words: string[] };
  /** Place in the directory's order, 1 first: the search sort key. */
  rank: number;
}

/** `siteUrl`: the published address (Astro.site), for the structured data's absolute URLs. */
export function merchantView(site: Pick<Site, 'site' | 'merchant'>, merchant: Merchant, lang: Lang, siteUrl: URL | string | undefined): MerchantView {
  const english = lang === 'en';
  const { name, nameEn, category, categoryEn, honours, summary } = merchant.data;
  const market = site.merchant.market(merchant);
  // Shown by HowToGetThere and described in the Store, whose geo is given only when the point is the shop's own.
  const area = site.site.area;
  const directions = shopDirections({
    shopName: name,
    shop: merchant.data.location,
    market: market && { name: market.data.name, location: market.data.location, address: market.data.address },
    area: { name: area.name.zh, location: area.location, address: area.address },
  });
  const title = english && nameEn ? nameEn : name;

  const store = storeJsonLd({
    url: absoluteUrl(entryPath(merchant, lang), siteUrl),
    name: title,
    alternateName: english ? (nameEn ? name : undefined) : nameEn,
    description: english ? (summary.en ?? summary.zh) : summary.zh,
    category: english ? (categoryEn ?? category) : category,
    address: directions.address,
    point: directions.point,
    pointIsShopOwn: directions.precision === 'shop',
    awards: honours.map((honour) => (english ? `${honourLabel(honour.kind, 'en')}${honour.year ? ` (${honour.year})` : ''}` : awardText(honour))),
    hasMap: directions.links.amap,
  });

  const stories = site.merchant.stories(merchant).map(
    (story): LinkItem =>
      english
        ? // Stories have no English pages: the Chinese page, said so, with the English title when there is one.
          {
            href: entryPath(story),
            label: story.data.title,
            lang: 'zh-CN',
            hreflang: 'zh-CN',
            note: [story.data.titleEn, t('merchants.pageInChinese', lang)].filter(Boolean).join(' · '),
          }
        : { href: entryPath(story), label: story.data.title },
  );
  const activities = site.merchant.activities(merchant).map(
    (activity): LinkItem =>
      english
        ? { href: entryPath(activity, 'en'), label: activity.data.titleEn ?? activity.data.title, lang: activity.data.titleEn ? undefined : 'zh-CN' }
        : { href: entryPath(activity), label: activity.data.title },
  );

  const meta = english
    ? {
        nameZh: nameEn ? name : undefined,
        category: categoryEn ?? category,
        honours: honours.map((honour) => honourLabel(honour.kind, 'en')).join('、'),
        summary: summary.en,
      }
    : { nameEn, category, honours: honours.map((honour) => honour.kind).join('、'), summary: summary.zh };

  return {
    trail: breadcrumbs(merchant, lang),
    title,
    description: english ? (summary.en ?? t('merchants.description', lang)) : summary.zh,
    branch: site.merchant.branch(merchant),
    market,
    area,
    directions,
    store,
    stories,
    activities,
    meta: Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => Boolean(entry[1]))),
    // The name's pinyin on Chinese pages ("hupo"), the Chinese name's words on English ones (the English index splits at spaces only).
    nameTerms: english ? { key: searchMeta.nameWords, words: nameWordTerms(name) } : { key: searchMeta.pinyin, words: namePinyinTerms(name) },
    rank: site.merchant.rank(merchant),
  };
}
