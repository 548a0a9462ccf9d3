/**
 * What `npm run wechat` is asked to export: `<collection>/<id>` (stories/baojing-xiajiang), the
 * section's name in place of the collection's (learn/… for guides), or the entry's file
 * (src/content/stories/baojing-xiajiang.mdx).
 */
import { sectionRow, WECHAT_COLLECTIONS, type WechatCollection } from '../sections';

export type ExportTarget = { collection: WechatCollection; id: string } | { problem: { zh: string; en: string } };

export function exportTarget(argument: string): ExportTarget {
  const parts = argument.trim().replaceAll('\\', '/').replace(/\/+$/, '').split('/');
  const id = parts.at(-1)?.replace(/\.mdx?$/, '') ?? '';
  const folder = parts.at(-2) ?? '';
  const collection = (WECHAT_COLLECTIONS as string[]).includes(folder) ? folder : sectionRow(folder)?.collection;
  if (!collection || !(WECHAT_COLLECTIONS as string[]).includes(collection) || !id) {
    return {
      problem: {
        zh: `“${argument}”不是可以导出的条目：请写成 文件夹/编号，如 stories/baojing-xiajiang（可导出：${WECHAT_COLLECTIONS.join('、')}）`,
        en: `write <collection>/<id>, e.g. stories/baojing-xiajiang (exportable: ${WECHAT_COLLECTIONS.join(', ')})`,
      },
    };
  }
  return { collection: collection as WechatCollection, id };
}
