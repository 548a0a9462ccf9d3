/**
 * schema.org structured data (JSON-LD) for search engines. Pure: no Astro imports.
 */
import { formatCoordinate, gcj02ToWgs84, type LatLng } from './maps';

/** An honour as schema.org `award` text: the kind, with the year when it is recorded: "和谐商户（2019）". */
export function awardText({ kind, year }: { kind: string; year?: number }): string {
  return year === undefined ? kind : `${kind}（${year}）`;
}

export interface StoreInput {
  /** The canonical absolute URL of the shop page. */
  url: string;
  name: string;
  nameEn?: string;
  description: string;
  category?: string;
  /** The address a visitor is sent to (the building's, else the area's); only `zh` goes into PostalAddress. */
  address: { zh: string; en?: string };
  /** GCJ-02, as stored; converted to WGS-84 here. */
  point: LatLng;
  /** True only when `point` is the shop's own: a building or area point is not the shop's `geo`. */
  pointIsShopOwn: boolean;
  /** Each honour as text, with its year when known (see awardText). */
  awards: string[];
  /** A map link (Amap) to the point. */
  hasMap: string;
}

/** A schema.org `Store` for a shop page. */
export function storeJsonLd(input: StoreInput): Record<string, unknown> {
  const { url, name, nameEn, description, category, address, point, pointIsShopOwn, awards, hasMap } = input;
  const store: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name,
  };
  if (nameEn) store.alternateName = nameEn;
  store.description = description;
  store.url = url;
  // Store has no "category" property; `keywords` (on Organization and Place) carries the trade.
  if (category) store.keywords = category;
  store.address = {
    '@type': 'PostalAddress',
    streetAddress: address.zh,
    addressLocality: '上海市',
    addressRegion: '上海市',
    addressCountry: 'CN',
  };
  if (pointIsShopOwn) {
    const wgs = gcj02ToWgs84(point);
    store.geo = {
      '@type': 'GeoCoordinates',
      latitude: Number(formatCoordinate(wgs.lat)),
      longitude: Number(formatCoordinate(wgs.lng)),
    };
  }
  store.hasMap = hasMap;
  if (awards.length > 0) store.award = [...awards];
  return store;
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with every `<` written as \u003c
 * (still the same JSON), so no content can close the script tag or open an HTML comment.
 */
export function jsonLdScript(object: unknown): string {
  return JSON.stringify(object)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
