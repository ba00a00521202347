import type { UnitScore } from '@caibian/core';
import { type Ranked, rankRows } from './rankRows.ts';

/** One group's ranking: its name and its units in rank order. */
export interface GroupRanking {
  readonly group: string;
  readonly rows: readonly Ranked<UnitScore>[];
}

/**
 * Ranks the units of a score result within each group (standard competition ranking, the scheme's
 * tie-breaks, null scores last). Groups come in the order their first unit appears in the unit table;
 * `only` keeps one group.
 *
 * @example
 * const result = score(getPreset('lianyungang'), records, { period });
 * rankGroups(result.units); // [{ group: '县区组', rows: [{ rank: 1, name: '海州区', score: 63, … }] }, …]
 */
export function rankGroups(units: readonly UnitScore[], only?: string): GroupRanking[] {
  const groups = new Map<string, UnitScore[]>();
  for (const unit of units) {
    if (only !== undefined && unit.group !== only) continue;
    const list = groups.get(unit.group);
    if (list) list.push(unit);
    else groups.set(unit.group, [unit]);
  }
  return [...groups].map(([group, rows]) => ({ group, rows: rankRows(rows) }));
}
