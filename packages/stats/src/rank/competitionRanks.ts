/** Two scores closer than this are a tie: float rounding must not split equal totals. */
export const TIE_TOLERANCE = 1e-9;

/**
 * Standard competition ranks (1, 2, 2, 4) of `scores`, highest first; `null` (nothing to score)
 * ranks after every number. Returns ranks in the input order.
 *
 * @example
 * competitionRanks([10, 30, 30, 5]); // [3, 1, 1, 4]
 */
export function competitionRanks(scores: readonly (number | null)[]): number[] {
  const order = scores.map((score, index) => ({ score, index }));
  order.sort((a, b) => compareScores(a.score, b.score));
  const ranks = new Array<number>(scores.length);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    const rank =
      previous !== undefined && compareScores(previous.score, entry.score) === 0
        ? (ranks[previous.index] ?? position + 1)
        : position + 1;
    ranks[entry.index] = rank;
  });
  return ranks;
}

function compareScores(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (Math.abs(a - b) <= TIE_TOLERANCE) return 0;
  return b - a;
}
