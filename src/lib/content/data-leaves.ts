/**
 * The values of parsed frontmatter (or site.yaml) one by one, each with its field path: the checks of
 * text in fields (unsafe links, Chinese copy, personal data) walk the data this one way.
 */
export type FieldPathParts = (string | number)[];

/**
 * Every leaf value (string, number, date, …) in `data` with its path, in order; `skip(key, at)` leaves
 * out a key's whole value (`at` is the path of the object holding the key).
 */
export function* leavesOf(
  data: unknown,
  skip: (key: string, at: FieldPathParts) => boolean = () => false,
  at: FieldPathParts = [],
): Generator<{ value: unknown; at: FieldPathParts }> {
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* leavesOf(item, skip, [...at, index]);
  } else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) if (!skip(key, at)) yield* leavesOf(value, skip, [...at, key]);
  } else {
    yield { value: data, at };
  }
}
