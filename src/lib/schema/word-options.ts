/**
 * The options of a select: the stored values of a fixed list with their Chinese labels, from the
 * word tables (src/lib/schema/word-lists.ts). A list of values that no table holds is an error, so a
 * new fixed list gets its labels where every other page reads them.
 */
import { FREQUENCY_WORDS, GUIDE_SECTION_WORDS, HONOURS, ORGANISATION_KIND_WORDS, SERIES, type Word } from '@/lib/schema/word-lists';

const TABLES: readonly (readonly Word[])[] = [HONOURS, SERIES, ORGANISATION_KIND_WORDS, GUIDE_SECTION_WORDS, FREQUENCY_WORDS];

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
