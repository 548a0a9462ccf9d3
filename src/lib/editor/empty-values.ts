/**
 * Decap saves an optional field that was filled and then cleared as an empty value (`nameEn: ''`),
 * and an optional group left blank as `{}`; the schemas read both as written, and refuse them. The
 * editor's server takes them out before checking and saving: a field left empty is a field not given.
 */
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/;

const isEmpty = (node: unknown) =>
  (isScalar(node) && (node.value === '' || node.value === null)) || (isMap(node) && node.items.length === 0) || node === null;

/** The entry's text without empty fields (unchanged when it has none, or no frontmatter). */
export function withoutEmptyValues(raw: string): string {
  const match = FRONTMATTER.exec(raw);
  if (!match) return raw;
  const doc = parseDocument(match[1] ?? '');
  if (doc.errors.length > 0) return raw; // the check reports the YAML error as it is
  let removed = 0;
  // An object whose fields were all empty is empty itself once they are gone: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    visit(doc, {
      Pair(_, pair) {
        if (isEmpty(pair.value)) {
          changed = true;
          removed += 1;
          return visit.REMOVE;
        }
        return undefined;
      },
      Seq(_, seq) {
        if (isSeq(seq)) seq.items = seq.items.filter((item) => !(isMap(item) && item.items.length === 0));
        return undefined;
      },
    });
  }
  if (removed === 0) return raw;
  return `---\n${doc.toString()}---${match[2]}${raw.slice(match[0].length)}`;
}
