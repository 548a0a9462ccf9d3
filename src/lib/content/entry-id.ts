/** An entry's id from its file name, as the build gives it (no imports: the build's last step runs it under plain Node). */

/** The id Astro's glob() gives a file: its path in the folder, without extension, slugged per segment. */
export function entryId(relativePath: string): string {
  return relativePath
    .replace(/\.mdx?$/, '')
    .split(/[\\/]/)
    .map((segment) =>
      segment
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    )
    .join('/');
}
