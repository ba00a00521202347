/**
 * Helpers for reading score results in tests. Not part of the package's public entry.
 */
import type { ScoreResult } from '../engine/types.ts';

/** Each ranked unit's score by unit id. */
export function scoresOf(result: ScoreResult): Record<string, number | null> {
  return Object.fromEntries(result.units.map((u) => [u.unitId, u.score]));
}

/** The sum of the ledger's points per ranked unit. */
export function ledgerTotals(result: ScoreResult): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const e of result.ledger) totals[e.unitId] = (totals[e.unitId] ?? 0) + e.points;
  return totals;
}

/** The ledger entries of one unit under one clause. */
export function entriesOf(result: ScoreResult, unitId: string, clauseId: string) {
  return result.ledger.filter((e) => e.unitId === unitId && e.clause.id === clauseId);
}
