/**
 * The photo files of the articles rendered since `astro dev` started, by their export address
 * (<collection>/<id>/<file>): the export page (rendered by Vite) fills it and the photo middleware
 * (./index.ts, outside Vite) serves only these, so no other file can be asked for. The two load this
 * module apart, so the map lives on globalThis.
 */
const KEY = Symbol.for('yuyuan-market.wechat-export.photos');
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, string> };

export const exportedPhotos: Map<string, string> = (holder[KEY] ??= new Map());

export const photoKey = (collection: string, id: string, file: string) => `${collection}/${id}/${file}`;
