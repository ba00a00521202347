import { LEVELS, type Level, type RecordSet, type UnitId } from '@caibian/core';

/** A unit's figures at one level, as core's `unitTracking` counts them. */
export interface LevelCounts {
  /** Distinct items with a route (报送) at this level dated in the period. */
  readonly submitted: number;
  /** Of those, the items with an adoption at this level dated on or before the period's end. */
  readonly adoptedOfSubmitted: number;
  /** `adoptedOfSubmitted ÷ submitted`; null when nothing was submitted. */
  readonly rate: number | null;
  /** Distinct items adopted at this level in the period. */
  readonly adopted: number;
  /** Instructions in the period by leaders of this rank. */
  readonly instructions: number;
}

/** A ranked unit's tracking figures for a period (units rolled into it included). */
export interface UnitFigures {
  /** Distinct items with a route dated in the period. */
  readonly submitted: number;
  /** Distinct items with an adoption dated in the period. */
  readonly adopted: number;
  readonly byLevel: Readonly<Record<Level, LevelCounts>>;
}

const LEVEL_INDEX = new Map<string, number>(LEVELS.map((l, i) => [l, i]));

/**
 * Figures of every ranked unit for one period in one pass over the records: items submitted and adopted,
 * adoption rate and instructions by level. `rankedOf` maps a unit to the row it counts for (its top-most parent
 * under roll-up); a joint item counts once per row. Equals core's `trackUnits(records, period, { rollUp: true })`
 * for those figures, at O(records) instead of O(units × records).
 *
 * @example
 * unitFigures(records, monthPeriod(2024, 3), rankedOf).get(unitId('海州区'))?.byLevel.省.rate;
 */
export function unitFigures(
  records: Pick<RecordSet, 'items' | 'routes' | 'adoptions' | 'instructions'>,
  period: { readonly from: string; readonly to: string },
  rankedOf: (unit: UnitId) => UnitId,
): Map<UnitId, UnitFigures> {
  const rowsOfItem = new Map<string, UnitId[]>();
  for (const item of records.items) {
    if (rowsOfItem.has(item.id)) continue;
    const rows: UnitId[] = [];
    for (const u of item.units) {
      const row = rankedOf(u.unitId);
      if (!rows.includes(row)) rows.push(row);
    }
    rowsOfItem.set(item.id, rows);
  }
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  // Per row: sets of item ids (all levels, then per level), and instruction counts per level.
  const sets = new Map<UnitId, { submitted: Set<string>; adopted: Set<string>; levels: Set<string>[][] }>();
  const instructions = new Map<UnitId, number[]>();
  const setsOf = (row: UnitId) => {
    let s = sets.get(row);
    if (s === undefined) {
      s = { submitted: new Set(), adopted: new Set(), levels: LEVELS.map(() => [new Set(), new Set(), new Set()]) };
      sets.set(row, s);
    }
    return s;
  };
  // levels[l][0]: submitted at l in the period; [1]: adopted at l in the period; [2]: adopted at l by the end.
  for (const r of records.routes) {
    if (!inPeriod(r.date)) continue;
    const l = LEVEL_INDEX.get(r.level) ?? -1;
    for (const row of rowsOfItem.get(r.itemId) ?? []) {
      const s = setsOf(row);
      s.submitted.add(r.itemId);
      s.levels[l]?.[0]?.add(r.itemId);
    }
  }
  for (const a of records.adoptions) {
    if (a.date > period.to) continue;
    const l = LEVEL_INDEX.get(a.level) ?? -1;
    const within = a.date >= period.from;
    for (const row of rowsOfItem.get(a.itemId) ?? []) {
      const s = setsOf(row);
      s.levels[l]?.[2]?.add(a.itemId);
      if (!within) continue;
      s.adopted.add(a.itemId);
      s.levels[l]?.[1]?.add(a.itemId);
    }
  }
  for (const i of records.instructions) {
    if (!inPeriod(i.date)) continue;
    const l = LEVEL_INDEX.get(i.rank) ?? -1;
    for (const row of rowsOfItem.get(i.itemId) ?? []) {
      let counts = instructions.get(row);
      if (counts === undefined) {
        counts = LEVELS.map(() => 0);
        instructions.set(row, counts);
      }
      counts[l] = (counts[l] ?? 0) + 1;
    }
  }
  const out = new Map<UnitId, UnitFigures>();
  for (const row of new Set([...sets.keys(), ...instructions.keys()])) {
    const s = setsOf(row);
    const byLevel = Object.fromEntries(
      LEVELS.map((level, l): [Level, LevelCounts] => {
        const [sent, taken, takenByEnd] = s.levels[l] ?? [];
        let adoptedOfSubmitted = 0;
        for (const id of sent ?? []) if (takenByEnd?.has(id)) adoptedOfSubmitted++;
        const submitted = sent?.size ?? 0;
        return [
          level,
          {
            submitted,
            adoptedOfSubmitted,
            rate: submitted === 0 ? null : adoptedOfSubmitted / submitted,
            adopted: taken?.size ?? 0,
            instructions: instructions.get(row)?.[l] ?? 0,
          },
        ];
      }),
    ) as Record<Level, LevelCounts>;
    out.set(row, { submitted: s.submitted.size, adopted: s.adopted.size, byLevel });
  }
  return out;
}

/** Figures of a unit with no record in the period. */
export function emptyFigures(): UnitFigures {
  const level: LevelCounts = { submitted: 0, adoptedOfSubmitted: 0, rate: null, adopted: 0, instructions: 0 };
  return {
    submitted: 0,
    adopted: 0,
    byLevel: Object.fromEntries(LEVELS.map((l) => [l, level])) as Record<Level, LevelCounts>,
  };
}
