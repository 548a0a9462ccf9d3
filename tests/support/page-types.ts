/**
 * The page types the browser tests visit, derived from the section registry (src/lib/sections.ts):
 * each section's own page, its entries' pages and their print copies, in Chinese and, where the
 * section has them, English; and the not-found page. For each, the built pages of that type are
 * found by pattern (the first, in path order, is the one tested), so the list serves any content.
 */
import type { Lang } from '@/i18n/ui';
import { LANGS } from '@/lib/i18n';
import { SECTION_NAMES, SECTIONS, type SectionName, type SectionRow } from '@/lib/sections';

export interface PageType {
  name: string;
  pattern: RegExp;
  status?: number;
}

function typesOf(section: SectionName, lang: Lang): PageType[] {
  const row: SectionRow = SECTIONS[section];
  const prefix = lang === 'en' ? '/en' : '';
  const named = (name: string) => (lang === 'en' ? `English ${name}` : name);
  if (section === 'home') return [{ name: named('home'), pattern: new RegExp(`^${prefix}/$`) }];
  const types = [{ name: named(section), pattern: new RegExp(`^${prefix}/${section}/$`) }];
  if (row.collection) types.push({ name: named(`${section} entry`), pattern: new RegExp(`^${prefix}/${section}/[^/]+/$`) });
  if (row.printCopy && lang === 'zh-CN') types.push({ name: `${section} ${row.printCopy}`, pattern: new RegExp(`^/${section}/[^/]+/${row.printCopy}/$`) });
  return types;
}

export const pageTypes: PageType[] = [
  ...LANGS.flatMap((lang) => SECTION_NAMES.filter((section) => lang === 'zh-CN' || SECTIONS[section].english).flatMap((section) => typesOf(section, lang))),
  { name: 'not found', pattern: /^\/404\.html$/, status: 404 },
];
