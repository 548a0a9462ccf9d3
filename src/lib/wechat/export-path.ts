/**
 * Where `astro dev` shows an entry's 公众号 article (src/integrations/wechat-export): the route, the
 * entry bar, `npm run wechat` and the photo middleware build the address here. Plain, no imports.
 */
export const WECHAT_ROUTE_BASE = '/_wechat';

/** /_wechat/<collection>/<id>/: the export page; its photos are files under it. */
export function wechatExportPath(collection: string, id: string): string {
  return `${WECHAT_ROUTE_BASE}/${encodeURIComponent(collection)}/${encodeURIComponent(id)}/`;
}
