/** Where something is on the map: one point in the datum Chinese map apps use. */
import { z } from 'astro/zod';
import { requiredOrType } from './messages';
import { schemaMessage } from './message-table';

/** Shanghai's bounding box, with some margin: a point outside it is a typing error or the wrong datum. */
export const SHANGHAI_BOUNDS = { south: 30.6, north: 31.9, west: 120.8, east: 122.2 } as const;

/**
 * One point in GCJ-02, the datum Chinese map apps use (what Amap/Tencent show when you copy a point).
 * Converted to WGS-84 only where a standard needs it (schema.org geo).
 */
export const gcj02Point = z
  .strictObject({
    lat: z.number({ error: requiredOrType('纬度数字，如 31.227', 'latitude as a number, e.g. 31.227') }).meta({ description: '纬度，如 31.227' }),
    lng: z.number({ error: requiredOrType('经度数字，如 121.492', 'longitude as a number, e.g. 121.492') }).meta({ description: '经度，如 121.492' }),
  })
  .refine(
    ({ lat, lng }) =>
      lat >= SHANGHAI_BOUNDS.south && lat <= SHANGHAI_BOUNDS.north && lng >= SHANGHAI_BOUNDS.west && lng <= SHANGHAI_BOUNDS.east,
    {
      error: schemaMessage(
        'outside-shanghai',
        ['坐标不在上海范围内', 'point is outside Shanghai'],
        ['请从高德地图复制坐标（GCJ-02），纬度约 31.2，经度约 121.5，注意不要写反', 'copy a GCJ-02 point from Amap; lat ≈ 31.2, lng ≈ 121.5, not swapped'],
        { zh: '：' },
      ),
    },
  )
  .meta({ format: 'gcj02' });
