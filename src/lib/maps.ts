/**
 * Map links that work in China, and the one datum conversion the site needs.
 *
 * Content stores one GCJ-02 point per place (what Amap and Tencent show when you copy a point).
 * Amap, Baidu (told `coord_type=gcj02`), Tencent and Apple Maps in mainland China all read GCJ-02,
 * so links pass the stored point as it is; only schema.org `geo` needs WGS-84.
 * Pure: no Astro imports, so it is unit-tested directly.
 */
import gcoord from 'gcoord';

/** A point: GCJ-02 unless said otherwise. */
export type LatLng = { lat: number; lng: number };

/** The `src`/`referer` parameter that tells a map provider which site sent the visitor. */
export const APP_NAME = 'yuyuan-market-party-site';

/** GCJ-02 (Chinese map apps) → WGS-84 (GPS, schema.org). gcoord takes and returns [lng, lat]. */
export function gcj02ToWgs84(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
  return { lat, lng };
}

/** A coordinate with at most 6 decimals (about 0.1 m), without trailing zeros: 121.4905, not 121.490500. */
export function formatCoordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a coordinate: ${value}`);
  const text = value.toFixed(6).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** A query value that is already safe (numbers and the separators a provider expects), written as is. */
type Raw = { raw: string };
const raw = (text: string): Raw => ({ raw: text });
const pair = (first: number, second: number): Raw => raw(`${formatCoordinate(first)},${formatCoordinate(second)}`);

/** `base?key=value&…`, every text value percent-encoded (Chinese, &, =, #, spaces …). */
function withQuery(base: string, params: [string, string | Raw][]): string {
  const query = params
    .map(([key, value]) => `${key}=${typeof value === 'string' ? encodeURIComponent(value) : value.raw}`)
    .join('&');
  return `${base}?${query}`;
}

/**
 * Tencent packs several fields into one parameter (`coord:…;title:…;addr:…`) and splits it after
 * decoding, so an ASCII ; or : in a name would cut it: use the full-width forms, as Chinese text does.
 */
function tencentField(text: string): string {
  return encodeURIComponent(text.replace(/;/g, '；').replace(/:/g, '：'));
}

export interface MapLinks {
  amap: string;
  baidu: string;
  tencent: string;
  apple: string;
}

/** Links that open a marker at a GCJ-02 point in Amap, Baidu Maps, Tencent Maps and Apple Maps (web or app). */
export function mapLinks({ point, name, address, appName }: { point: LatLng; name: string; address?: string; appName: string }): MapLinks {
  const { lat, lng } = point;
  const content = address ?? name;
  return {
    // Amap: lng first.
    amap: withQuery('https://uri.amap.com/marker', [
      ['position', pair(lng, lat)],
      ['name', name],
      ['src', appName],
      ['coordinate', 'gaode'],
      ['callnative', '1'],
    ]),
    // Baidu: LAT first, and told the point is GCJ-02 (its own datum is BD-09).
    baidu: withQuery('https://api.map.baidu.com/marker', [
      ['location', pair(lat, lng)],
      ['title', name],
      ['content', content],
      ['output', 'html'],
      ['coord_type', 'gcj02'],
      ['src', appName],
    ]),
    // Tencent: lat first, inside the marker parameter.
    tencent: withQuery('https://apis.map.qq.com/uri/v1/marker', [
      ['marker', raw(`coord:${formatCoordinate(lat)},${formatCoordinate(lng)};title:${tencentField(name)};addr:${tencentField(content)}`)],
      ['referer', appName],
    ]),
    // Apple Maps uses GCJ-02 in mainland China.
    apple: withQuery('https://maps.apple.com/', [
      ['ll', pair(lat, lng)],
      ['q', name],
    ]),
  };
}

/** An Amap search by name, for a shop that has no point of its own. */
export function amapKeywordSearch({ keyword, city = '上海', appName }: { keyword: string; city?: string; appName: string }): string {
  return withQuery('https://uri.amap.com/search', [
    ['keyword', keyword],
    ['city', city],
    ['src', appName],
    ['callnative', '1'],
  ]);
}

/** How precise the point of the map links is: the shop itself, its building, or the whole area. */
export type Precision = 'shop' | 'market' | 'area';

/** The point to send a visitor to: the shop's own, else its building's, else the area's. Never an invented one. */
export function directionsFor({ shop, market, area }: { shop?: LatLng; market?: LatLng; area: LatLng }): { point: LatLng; precision: Precision } {
  if (shop) return { point: { lat: shop.lat, lng: shop.lng }, precision: 'shop' };
  if (market) return { point: { lat: market.lat, lng: market.lng }, precision: 'market' };
  return { point: { lat: area.lat, lng: area.lng }, precision: 'area' };
}

interface Place {
  name: string;
  location?: LatLng;
  address?: { zh: string; en?: string };
}

export interface ShopDirections {
  point: LatLng;
  precision: Precision;
  /** What is at the point, as the marker's name: the shop, its building, or the area. */
  pointName: string;
  /** The address to show and to send: the building's when recorded, else the area's. */
  address: { zh: string; en?: string };
  links: MapLinks;
  /** An Amap search by the shop's name, only when the shop has no point of its own. */
  searchByName?: string;
}

/** Everything a shop page needs to send a visitor there; the page and its structured data share it. */
export function shopDirections({
  shopName,
  shop,
  market,
  area,
  appName = APP_NAME,
}: {
  shopName: string;
  shop?: LatLng;
  market?: Place;
  area: Place & { location: LatLng; address: { zh: string; en?: string } };
  appName?: string;
}): ShopDirections {
  const { point, precision } = directionsFor({ shop, market: market?.location, area: area.location });
  const pointName = precision === 'shop' ? shopName : precision === 'market' && market ? market.name : area.name;
  const address = market?.address ?? area.address;
  return {
    point,
    precision,
    pointName,
    address,
    links: mapLinks({ point, name: pointName, address: address.zh, appName }),
    ...(precision === 'shop' ? {} : { searchByName: amapKeywordSearch({ keyword: shopName, city: '上海', appName }) }),
  };
}
