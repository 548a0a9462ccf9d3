/**
 * The two filing numbers a website in China shows in its footer, their formats and their official
 * lookup pages. Pure, so the formats and links are unit-tested; the schema (pieces.ts) uses the formats.
 *
 * - ICP filing (ICP备案), by the Ministry of Industry and Information Technology: 沪ICP备12345678号,
 *   with -1, -2 … when one filing covers several sites. Sites link it to the ministry's lookup page.
 * - Public-security filing (公安备案), by the Ministry of Public Security: 沪公网安备31010102001234号,
 *   14 digits. Sites link it to the ministry's query page for that number, with the filing badge.
 *
 * A party or government body's site may also carry, once issued (not made up):
 * - the 网站标识码 (site identification code), in the footer and the SiteIDCode page metadata: 10
 *   digits for a local site (the 6-digit administrative division code and a 4-digit number, e.g.
 *   1101070001) or "bm" and 8 digits for a central department (bm01000001), as issued sites show it;
 * - the 党政机关网站标识 (the red badge issued through 中央编办), linking to its verification page
 *   https://bszs.conac.cn/sitename?method=show&id=<the site's 32-hex id>, as its official embed code does.
 */

/** Province abbreviations used in filing numbers, including the alternatives some provinces use (蜀/川, 黔/贵, 滇/云, 陇/甘, 秦/陕). */
const PROVINCE = '[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新]';

export const ICP_NUMBER = new RegExp(`^${PROVINCE}ICP备\\d{6,10}号(?:-\\d{1,3})?$`);
export const POLICE_NUMBER = new RegExp(`^${PROVINCE}公网安备\\d{14}号$`);
export const SITE_ID_CODE = /^(?:\d{10}|bm\d{8})$/;
export const PARTY_GOV_MARK_URL = /^https:\/\/bszs\.conac\.cn\/sitename\?method=show&id=[0-9A-Fa-f]{32}$/;

/** The ministry's ICP lookup page: the ICP number links here (the lookup takes no number in the URL). */
export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';

/** The 14 digits of a public-security filing number: 沪公网安备31010102001234号 → 31010102001234. */
export function policeDigits(number: string): string {
  const digits = POLICE_NUMBER.test(number) ? /\d{14}/.exec(number)?.[0] : undefined;
  if (!digits) throw new Error(`not a public-security filing number: "${number}" (expected e.g. 沪公网安备31010102001234号)`);
  return digits;
}

/** The ministry's query page for one public-security filing number. */
export function policeQueryUrl(number: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${policeDigits(number)}`;
}
