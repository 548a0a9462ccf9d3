/**
 * schema.org structured data (JSON-LD) for search engines. Pure: no Astro imports.
 */
import { formatCoordinate, gcj02ToWgs84, type LatLng } from './maps';
import type { Frequency } from './format';

/** An honour as schema.org `award` text: the kind, with the year when it is recorded: "和谐商户（2019）". */
export function awardText({ kind, year }: { kind: string; year?: number }): string {
  return year === undefined ? kind : `${kind}（${year}）`;
}

export interface StoreInput {
  /** The canonical absolute URL of the shop page. */
  url: string;
  name: string;
  /** Another name of the shop: the English one on a Chinese page, the Chinese one on an English page. */
  alternateName?: string;
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
  const { url, name, alternateName, description, category, address, point, pointIsShopOwn, awards, hasMap } = input;
  const store: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Store',
    name,
  };
  if (alternateName) store.alternateName = alternateName;
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

export interface EventInput {
  url: string;
  name: string;
  description: string;
  place?: string;
  organiser?: { name: string; url: string };
  /** A dated activity's day. */
  date?: Date;
  /** A recurring activity's rule and, for a monthly day, its next occurrence. */
  recurrence?: { frequency: Frequency; dayOfMonth?: number };
  next?: Date;
}

const repeatFrequency = { monthly: 'P1M', quarterly: 'P3M', biennial: 'P2Y' } as const;

/**
 * A schema.org `Event` for an activity page: `startDate` in Shanghai time (+08:00) for a dated one,
 * an `eventSchedule` (Asia/Shanghai, byMonthDay for the monthly day) for a recurring one. An activity
 * the source mentions without a date gets none: an Event without a date would be wrong.
 */
export function eventJsonLd(input: EventInput): Record<string, unknown> | undefined {
  const { url, name, description, place, organiser, date, recurrence, next } = input;
  if (!date && !recurrence) return undefined;
  const event: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    description,
    url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  };
  const start = date ?? next;
  if (start) event.startDate = `${start.toISOString().slice(0, 10)}T00:00:00+08:00`;
  if (recurrence) {
    event.eventSchedule = {
      '@type': 'Schedule',
      repeatFrequency: repeatFrequency[recurrence.frequency],
      ...(recurrence.dayOfMonth ? { byMonthDay: recurrence.dayOfMonth } : {}),
      ...(next ? { startDate: next.toISOString().slice(0, 10) } : {}),
      scheduleTimezone: 'Asia/Shanghai',
    };
  }
  if (place) event.location = { '@type': 'Place', name: place, address: { '@type': 'PostalAddress', addressLocality: '上海市', addressCountry: 'CN' } };
  if (organiser) event.organizer = { '@type': 'Organization', name: organiser.name, url: organiser.url };
  return event;
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  /** Who publishes the site (site data's host). */
  publisher: string;
  /** The source the story retells. */
  basedOn?: { title: string; url?: string; publisher: string };
  keywords: string[];
  /** Shops and organisations the story is about. */
  about: { type: 'Store' | 'Organization'; name: string; url: string }[];
}

/** A schema.org `Article` for a story page. */
export function articleJsonLd(input: ArticleInput): Record<string, unknown> {
  const { url, headline, description, datePublished, publisher, basedOn, keywords, about } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: 'zh-CN',
    datePublished: datePublished.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: publisher },
    publisher: { '@type': 'Organization', name: publisher },
    ...(keywords.length > 0 ? { keywords: keywords.join(',') } : {}),
    ...(about.length > 0 ? { about: about.map(({ type, name, url: link }) => ({ '@type': type, name, url: link })) } : {}),
    ...(basedOn
      ? { isBasedOn: { '@type': 'CreativeWork', name: basedOn.title, publisher: { '@type': 'Organization', name: basedOn.publisher }, ...(basedOn.url ? { url: basedOn.url } : {}) } }
      : {}),
  };
}

/** An organisation as another one's parent or sub-organisation: enough to name and find it. */
export interface OrganizationRef {
  url: string;
  name: string;
  alternateName?: string;
}

export interface OrganizationInput extends OrganizationRef {
  description: string;
  /** As the source gives it: a year, a year-month or a day (2001, 2009-03): ISO 8601 at that precision. */
  foundingDate?: string;
  /** The organisations above it, nearest first, up to the top of the chain. */
  ancestors: OrganizationRef[];
  /** The organisations directly under it. */
  children: OrganizationRef[];
}

function organizationRef({ url, name, alternateName }: OrganizationRef): Record<string, unknown> {
  return { '@type': 'Organization', name, ...(alternateName ? { alternateName } : {}), url };
}

/**
 * A schema.org `Organization` for a party organisation's page, with its chain of parents nested as
 * `parentOrganization` up to the top (街道党工委) and the organisations under it as `subOrganization`.
 */
export function organizationJsonLd(input: OrganizationInput): Record<string, unknown> {
  const { description, foundingDate, ancestors, children } = input;
  // The chain from the top down: each parent wraps the one above it.
  const parent = ancestors.reduceRight<Record<string, unknown> | undefined>(
    (above, ancestor) => ({ ...organizationRef(ancestor), ...(above ? { parentOrganization: above } : {}) }),
    undefined,
  );
  return {
    '@context': 'https://schema.org',
    ...organizationRef(input),
    description,
    ...(foundingDate ? { foundingDate } : {}),
    ...(parent ? { parentOrganization: parent } : {}),
    ...(children.length > 0 ? { subOrganization: children.map(organizationRef) } : {}),
  };
}
