/**
 * Bilingual fields (a Chinese text and its English, marked `bilingual: true` by the generated
 * configuration: src/lib/editor/widgets.ts) shown side by side, Chinese left, so an editor translating
 * sees both at once. Decap gives an object field's box the id `<name>-field-<n>`, holding its top bar
 * and then its fields; the rule lays the two fields out in two columns on a wide screen, and leaves
 * them stacked on a narrow one.
 */
interface ConfigField {
  name: string;
  bilingual?: boolean;
  fields?: ConfigField[];
  field?: ConfigField;
}

interface ConfigCollection {
  fields?: ConfigField[];
  files?: { fields: ConfigField[] }[];
}

/** The names of the bilingual fields anywhere in the configuration. */
export function bilingualFieldNames(collections: readonly ConfigCollection[]): string[] {
  const names = new Set<string>();
  const walk = (fields: readonly ConfigField[] = []) => {
    for (const field of fields) {
      if (field.bilingual) names.add(field.name);
      walk(field.fields);
      if (field.field) walk([field.field]);
    }
  };
  for (const collection of collections) {
    walk(collection.fields);
    for (const file of collection.files ?? []) walk(file.fields);
  }
  return [...names].sort();
}

/** The style sheet that puts each bilingual field's two parts side by side. */
export function bilingualCss(names: readonly string[]): string {
  if (names.length === 0) return '';
  // Field names are identifiers (the schemas' keys): nothing in them needs escaping in a selector.
  const boxes = names.filter((name) => /^[A-Za-z][\w-]*$/.test(name)).map((name) => `div[id^="${name}-field-"] > div:last-child`).join(',\n');
  return `@media (min-width: 60rem) {\n${boxes} { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1rem; align-items: start; }\n}\n`;
}
