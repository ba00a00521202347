import { TIE_TOLERANCE } from './competitionRanks.ts';

/** What ranking needs of a unit: its score (null = nothing to average) and its tie-break values. */
export interface Rankable {
  readonly score: number | null;
  /** The scheme's tie-break values in order, higher first; empty when the scheme has none. */
  readonly tieBreak?: readonly number[];
}

/** A row with its rank. */
export type Ranked<T> = T & { readonly rank: number };

function compareNumber(a: number, b: number): number {
  return Math.abs(a - b) <= TIE_TOLERANCE ? 0 : b - a;
}

/**
 * Orders two rows for a ranking: higher score first, a null score after every number, then each
 * tie-break value (higher first). 0 means they share a rank.
 */
export function compareRankable(a: Rankable, b: Rankable): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  } else {
    const byScore = compareNumber(a.score, b.score);
    if (byScore !== 0) return byScore;
  }
  const length = Math.max(a.tieBreak?.length ?? 0, b.tieBreak?.length ?? 0);
  for (let i = 0; i < length; i += 1) {
    const byTie = compareNumber(a.tieBreak?.[i] ?? 0, b.tieBreak?.[i] ?? 0);
    if (byTie !== 0) return byTie;
  }
  return 0;
}

/**
 * Ranks `rows` by standard competition ranking (1, 2, 2, 4): higher score first, ties broken by the
 * tie-break values, rows still equal share a rank. Returns new rows in rank order; rows of equal rank
 * keep `order` (default: the input order) so a table is stable.
 *
 * @example
 * rankRows([{ unit: '甲', score: 5 }, { unit: '乙', score: 9 }, { unit: '丙', score: 5 }]);
 * // [{ unit: '乙', rank: 1 }, { unit: '甲', rank: 2 }, { unit: '丙', rank: 2 }] (scores kept)
 */
export function rankRows<T extends Rankable>(rows: readonly T[], order?: (a: T, b: T) => number): Ranked<T>[] {
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareRankable(a.row, b.row) || (order ? order(a.row, b.row) : 0) || a.index - b.index);
  const ranked: Ranked<T>[] = [];
  sorted.forEach(({ row }, position) => {
    const previous = ranked[position - 1];
    const rank = previous !== undefined && compareRankable(previous, row) === 0 ? previous.rank : position + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}
