/** The site's filing numbers, written exactly as the filing systems show them. */
import { ICP_NUMBER, PARTY_GOV_MARK_URL, POLICE_NUMBER, SITE_ID_CODE } from '@/lib/registration';
import { schemaMessage } from './message-table';
import { boundedText } from './text';

/** The site's ICP filing number (ICP备案号), exactly as the ministry's filing system shows it. */
export const icpNumber = boundedText(6, 40, ['ICP备案号', 'ICP filing number']).regex(ICP_NUMBER, {
  error: schemaMessage('invalid-icp-number', [
    'ICP备案号格式不对：照工信部备案系统的写法填写，如“沪ICP备12345678号”或“沪ICP备12345678号-1”（省份简称＋ICP备＋数字＋号，中间不加空格）；还没有备案号就删去这一行',
    'write the ICP filing number as the MIIT filing system shows it, e.g. 沪ICP备12345678号 or 沪ICP备12345678号-1, without spaces; remove the line if the site has none',
  ]),
});

/** The site's public-security filing number (公安备案号), exactly as the filing certificate shows it. */
export const policeNumber = boundedText(6, 40, ['公安备案号', 'public-security filing number']).regex(POLICE_NUMBER, {
  error: schemaMessage('invalid-police-number', [
    '公安备案号格式不对：照公安备案系统的写法填写，如“沪公网安备31010102001234号”（省份简称＋公网安备＋14位数字＋号，中间不加空格）；还没有备案号就删去这一行',
    'write the public-security filing number as the MPS filing system shows it, e.g. 沪公网安备31010102001234号 (14 digits), without spaces; remove the line if the site has none',
  ]),
});

/** The 网站标识码, exactly as issued. */
export const siteIdCode = boundedText(10, 10, ['网站标识码', 'site identification code']).regex(SITE_ID_CODE, {
  error: schemaMessage('invalid-site-id-code', [
    '网站标识码格式不对：照下发的写法填写，10 位数字（如 3101010001），或 bm 加 8 位数字；还没有标识码就删去这一行',
    'write the site identification code as issued: 10 digits, or bm and 8 digits; remove the line if the site has none',
  ]),
});

/** The verification page the 党政机关网站标识 links to, as its official embed code gives it. */
export const partyGovMarkUrl = boundedText(40, 120, ['党政机关网站标识的核验地址', 'the badge’s verification address']).regex(PARTY_GOV_MARK_URL, {
  error: schemaMessage('invalid-party-gov-mark', [
    '党政机关网站标识的链接不对：照下发的嵌入代码里的地址填写，如 https://bszs.conac.cn/sitename?method=show&id= 后面跟 32 位编号',
    'write the address from the badge’s official embed code: https://bszs.conac.cn/sitename?method=show&id= and the 32-character id',
  ]),
});
