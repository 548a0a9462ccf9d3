import { distance } from 'fastest-levenshtein';

/**
 * The candidates nearest to `word`, closest first, for "did you mean" hints.
 * Only candidates within a third of the word's length (at least 2 edits) count as near.
 */
export function closestMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const target = word.toLowerCase();
  const allowedDistance = Math.max(2, Math.ceil(target.length / 3));
  return candidates
    .map((candidate) => ({ candidate, cost: distance(target, candidate.toLowerCase()) }))
    .filter(({ cost, candidate }) => cost <= allowedDistance || candidate.toLowerCase().includes(target))
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
