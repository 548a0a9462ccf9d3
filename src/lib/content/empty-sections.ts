/**
 * A section in the header with no entries (政府网站检查：空栏目是单项否决) is an error, unless the
 * editors hide it for now (site.yaml `hiddenSections`), which takes it out of the navigation.
 */
import { t } from '@/i18n/ui';
import { NAV_COLLECTION_SECTIONS, SECTIONS } from '@/lib/sections';
import type { EntryRecord } from './integrity';
import type { ContentProblem } from './problems';

export function findEmptySections(records: readonly EntryRecord[], hidden: readonly string[], contentDir: string): ContentProblem[] {
  return NAV_COLLECTION_SECTIONS.flatMap((section) => {
    const { collection, label } = SECTIONS[section];
    if (hidden.includes(section) || records.some((record) => record.collection === collection)) return [];
    return [
      {
        code: 'empty-section',
        severity: 'error',
        file: `${contentDir}/${collection}/`,
        field: '(栏目 section)',
        problem: { zh: `栏目“${t(label)}”一条内容也没有，导航里却有它`, en: `section "${section}" is in the navigation but has no entries` },
        fix: {
          zh: `添加至少一条；或者在 site.yaml 里写 hiddenSections: [${section}]，暂时从导航里隐藏这个栏目`,
          en: `add an entry, or hide the section for now with hiddenSections: [${section}] in site.yaml`,
        },
      } satisfies ContentProblem,
    ];
  });
}
