/**
 * Decap writes a photo chosen for an entry as `photo.jpg` (its public folder joined with the file name,
 * and a path join drops a leading `./`), but an entry names its photos `./photo.jpg` (the content check
 * refuses anything else: src/lib/content/images.ts). The editor page registers this for the image
 * widget: `CMS.registerWidgetValueSerializer('image', relativeImagePath)`.
 */

/** True for a path Decap must leave alone: already relative with ./ or ../, absolute, or a URL. */
const kept = (path: string) => /^(\.\.?\/|\/|[a-z][a-z0-9+.-]*:)/i.test(path);

export const relativeImagePath = {
  /** On save: `photo.jpg` → `./photo.jpg`, `images/qr.png` → `./images/qr.png`. */
  serialize: (value: unknown) => (typeof value === 'string' && value !== '' && !kept(value) ? `./${value}` : value),
  /** On load: kept as written (Decap resolves `./photo.jpg` against the entry's folder). */
  deserialize: (value: unknown) => value,
};
