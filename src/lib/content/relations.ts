/**
 * Links between entries in both directions. Content stores each link once (a story lists its shops);
 * pages need the other direction too (a shop lists its stories). Pure, so it is tested directly.
 */
export interface Ref {
  id: string;
  collection: string;
}

/** For each target id, the source entries whose `refsOf` include it, in the sources' order. */
export function backlinks<S extends { id: string }>(sources: readonly S[], refsOf: (source: S) => readonly Ref[] | Ref | undefined): Map<string, S[]> {
  const index = new Map<string, S[]>();
  for (const source of sources) {
    const refs = refsOf(source);
    for (const ref of refs === undefined ? [] : Array.isArray(refs) ? refs : [refs as Ref]) {
      const list = index.get(ref.id) ?? [];
      if (!list.includes(source)) list.push(source);
      index.set(ref.id, list);
    }
  }
  return index;
}

/** The entries of `all` named by `refs`, in the order of `refs`, skipping none (integrity checks ran before). */
export function resolve<T extends { id: string }>(refs: readonly Ref[] | undefined, all: ReadonlyMap<string, T>): T[] {
  return (refs ?? []).map((ref) => all.get(ref.id)).filter((entry): entry is T => entry !== undefined);
}

/** The chain of parents of an entry, nearest first; stops at a loop rather than running forever. */
export function ancestors<T extends { id: string }>(start: T, parentOf: (entry: T) => T | undefined): T[] {
  const chain: T[] = [];
  const seen = new Set([start.id]);
  for (let current = parentOf(start); current && !seen.has(current.id); current = parentOf(current)) {
    chain.push(current);
    seen.add(current.id);
  }
  return chain;
}

/** The entries before and after `id` in `list` (previous is the one listed first). */
export function adjacent<T extends { id: string }>(list: readonly T[], id: string): { prev?: T; next?: T } {
  const index = list.findIndex((entry) => entry.id === id);
  if (index < 0) return {};
  return { prev: list[index - 1], next: list[index + 1] };
}
