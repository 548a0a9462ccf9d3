/**
 * The SVG of a section's default share image (rendered to PNG at build time by
 * src/pages/og/[section].png.ts): the site's red, a large white pictogram of the section and the
 * header's emblem. Pure, so tested directly.
 *
 * No text on purpose: text in an SVG is drawn with the fonts of the machine that renders it, so a
 * build machine without CJK fonts would make different (or empty) images. The share card shows the
 * page's title and description as text beside the thumbnail anyway, and WeChat's thumbnail is too
 * small (about 60 px) for a section name to be read in it.
 */
import { SHARE_IMAGE_SIZE, type ShareSection } from "./seo";

/** The site's red (global.css `--color-accent`; the favicon and the header emblem use it too). */
export const SHARE_RED = "#a11d21";
const WHITE = "#ffffff";

/** The header's emblem (Header.astro, public/favicon.svg): a white house on a red rounded square, in a 28 × 28 box. */
const EMBLEM_HOUSE = "M8 19h12M10 9l4-3 4 3v10h-8z";

/** Each section's pictogram: white strokes in a 24 × 24 box (stroke 2, round ends). A section without one gets the emblem alone, as home does. */
const pictograms: Partial<Record<ShareSection, string>> = {
  // The 三建三带 mechanism: a flag.
  about: '<path d="M5 21V3.5"/><path d="M5 4h12l-2.5 4.5L17 13H5"/>',
  // Party organisations: an organisation chart.
  branches:
    '<rect x="8.5" y="2.5" width="7" height="5" rx="1"/><rect x="2.5" y="16.5" width="7" height="5" rx="1"/>' +
    '<rect x="14.5" y="16.5" width="7" height="5" rx="1"/><path d="M12 7.5v4.5M6 16.5V12h12v4.5"/>',
  // Model shops: a shop front with an awning and a door.
  merchants:
    '<path d="M3.5 9 5 4h14l1.5 5z"/><path d="M5 9v11.5h14V9"/><path d="M10 20.5v-6h4v6"/>',
  // Stories: a written page.
  stories:
    '<path d="M6 2.5h9l4 4v15H6z"/><path d="M15 2.5v4h4"/><path d="M9 11.5h7M9 15h7M9 18.5h4"/>',
  // Activities: a calendar with a marked day.
  activities:
    '<rect x="3" y="4.5" width="18" height="17" rx="2"/><path d="M3 9.5h18M8 2.5v4M16 2.5v4"/><rect x="7.5" y="13" width="4" height="4" rx=".5"/>',
  // The learning centre: an open book.
  learn:
    '<path d="M12 6.5C10 5 7 4.5 2.5 4.5v14c4.5 0 7.5.5 9.5 2 2-1.5 5-2 9.5-2v-14C17 4.5 14 5 12 6.5z"/><path d="M12 6.5v14"/>',
  // Visitors' guide: a map pin.
  visit:
    '<path d="M12 21.5s-7-6.3-7-12a7 7 0 0 1 14 0c0 5.7-7 12-7 12z"/><circle cx="12" cy="9.5" r="2.5"/>',
  // Search: a magnifying glass.
  search: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>',
  // Personal information: a padlock.
  privacy:
    '<rect x="4.5" y="10.5" width="15" height="11" rx="2"/><path d="M8 10.5V7a4 4 0 0 1 8 0v3.5"/><path d="M12 14.5v3"/>',
  // Accessibility statement: the accessibility figure in a circle.
  accessibility:
    '<circle cx="12" cy="12" r="9.5"/><circle cx="12" cy="7" r="1.2" fill="#ffffff"/><path d="M7 9.8l5 1.2 5-1.2M12 11v4l-3 4.5M12 15l3 4.5"/>',
};

/** The emblem at `size` px with its top left corner at (x, y): red house on white, the header's emblem reversed for the red ground. */
function emblem(x: number, y: number, size: number): string {
  return (
    `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 28 28">` +
    `<rect width="28" height="28" rx="6" fill="${WHITE}"/>` +
    `<path d="${EMBLEM_HOUSE}" stroke="${SHARE_RED}" stroke-width="2" fill="none"/></svg>`
  );
}

/** The share image of a section as an SVG document, SHARE_IMAGE_SIZE px square. */
export function shareImageSvg(section: ShareSection): string {
  const size = SHARE_IMAGE_SIZE;
  const pictogram = pictograms[section];
  const body = !pictogram
    ? // The home page (and a section without a pictogram): the emblem itself, large.
      emblem(size * 0.2, size * 0.2, size * 0.6)
    : // A section: its pictogram, large, above a small emblem that says whose site it is.
      `<svg x="${size * 0.25}" y="${size * 0.14}" width="${size * 0.5}" height="${size * 0.5}" viewBox="0 0 24 24" ` +
      `fill="none" stroke="${WHITE}" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${pictogram}</svg>` +
      emblem(size * 0.42, size * 0.74, size * 0.16);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="${SHARE_RED}"/>${body}</svg>`
  );
}
