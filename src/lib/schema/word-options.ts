/**
 * The options of a select: the stored values of a fixed list with their Chinese labels, from the
 * word tables (src/lib/schema/word-lists.ts). A list of values that no table holds is an error, so a
 * new fixed list gets its labels where every other page reads them.
 */
import { t } from '@/i18n/ui';
import { FREQUENCY_WORDS, GUIDE_SECTION_WORDS, HONOURS, ORGANISATION_KIND_WORDS, SERIES, type Word } from '@/lib/schema/word-lists';
import { NAV_COLLECTION_SECTIONS, SECTIONS } from '@/lib/sections';

/** The sections site.yaml may hide, labelled as the navigation labels them (src/lib/sections.ts). */
const NAV_SECTION_WORDS: readonly Word[] = NAV_COLLECTION_SECTIONS.map((section) => ({ value: section, zh: t(SECTIONS[section].label), en: t(SECTIONS[section].label, 'en'), slug: section }));

const TABLES: readonly (readonly Word[])[] = [HONOURS, SERIES, ORGANISATION_KIND_WORDS, GUIDE_SECTION_WORDS, FREQUENCY_WORDS, NAV_SECTION_WORDS];

export interface SelectOption {
  label: string;
  value: string;
}

/** The options for an enum of the schema, in the schema's order, labelled as Chinese pages label them. */
export function selectOptions(values: readonly (string | number)[], where: string): SelectOption[] {
  const table = TABLES.find((words) => values.every((value) => words.some((word) => word.value === value)));
  if (!table) throw new Error(`${where}: no word table in src/lib/schema/word-lists.ts holds the values ${values.join(', ')}`);
  return values.map((value) => {
    const word = table.find((entry) => entry.value === value)!;
    return { label: word.zh ?? word.value, value: word.value };
  });
}
