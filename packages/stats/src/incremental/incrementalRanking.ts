import {
  type CompileOptions,
  createScorer,
  type Period,
  type RecordSet,
  type Scheme,
  type UnitId,
  type UnitScore,
} from '@caibian/core';
import type { GroupRanking } from '../rank/rankGroups.ts';
import { GroupOrder } from './groupOrder.ts';
import { RecordStore, type RecordTable, type RowOf } from './recordStore.ts';

/** What the last edit cost: the ranked units re-scored and the records read to do it. */
export interface UpdateCost {
  readonly units: readonly UnitId[];
  readonly records: number;
}

/**
 * Rankings kept up to date as records are added, changed or removed, for a fixed list of periods. Equal to
 * scoring and ranking the whole record set again after each edit (a property test checks it), at the cost of
 * the records of the units the edit touches.
 */
export interface IncrementalRanking {
  /** The records as they stand (live tables: read, do not change). */
  records(): RecordSet;
  /** The units of period `k` (default 0), as `ScoreResult.units`: in unit table order. */
  units(k?: number): readonly UnitScore[];
  /** Period `k`'s ranking, group by group, as {@link rankGroups} gives it. */
  ranking(k?: number): readonly GroupRanking[];
  add<T extends RecordTable>(table: T, row: RowOf<T>): void;
  /** False when `row` is not in the table (by identity). */
  remove<T extends RecordTable>(table: T, row: RowOf<T>): boolean;
  /** Puts `next` in the place of `row`; false when `row` is not in the table. */
  replace<T extends RecordTable>(table: T, row: RowOf<T>, next: RowOf<T>): boolean;
  /** What the last edit re-scored. */
  lastUpdate(): UpdateCost;
}

/**
 * Scores and ranks `records` for `periods` once, then keeps the rankings current edit by edit. An edit names
 * the units whose totals it can change (an item's units; a penalty's unit); their ranked rows (top-most
 * parents) are scored again by the engine over just the records bearing on them (their units' items, those
 * items' rows, their penalties; quotas, penalties and averages are per unit, so this is exact), and only their
 * groups are re-ordered (the unit moves by binary search; ranks are numbered when read). Units (the unit table) are fixed: a change there means a new ranking.
 *
 * @example
 * const live = createIncrementalRanking(getPreset('lianyungang'), records, [yearPeriod(2024)]);
 * live.add('adoptions', { itemId, level: '省', publication: '信息简报', date: '2024-05-06' });
 * live.ranking()[0].rows[0]; // the 县区组 leader after the new adoption
 */
export function createIncrementalRanking(
  schemes: Scheme | readonly Scheme[],
  records: RecordSet,
  periods: readonly Period[],
  options: CompileOptions = {},
): IncrementalRanking {
  const store = new RecordStore(records);
  const unitTable = records.units;
  const top = topParents(unitTable, schemes);
  const members = new Map<UnitId, UnitId[]>();
  for (const u of unitTable) {
    const t = top(u.id);
    members.set(t, [...(members.get(t) ?? []), u.id]);
  }
  const scorer = createScorer(schemes, store.snapshot(), options);
  const orders = periods.map((period) => new GroupOrder(scorer.score({ period, ledger: false }).units));
  let cost: UpdateCost = { units: [], records: 0 };

  const update = (touched: readonly UnitId[]) => {
    const ranked = new Set(touched.map(top));
    const scope = new Set<UnitId>();
    for (const r of ranked) for (const m of members.get(r) ?? [r]) scope.add(m);
    const part = store.gather(scope);
    const partScorer = createScorer(schemes, part, options);
    periods.forEach((period, k) => {
      const order = orders[k] as GroupOrder;
      for (const u of partScorer.score({ period, ledger: false }).units) if (ranked.has(u.unitId)) order.set(u);
    });
    cost = {
      units: [...ranked],
      records: part.items.length + part.routes.length + part.adoptions.length + part.instructions.length,
    };
  };

  return {
    records: () => store.snapshot(),
    units: (k = 0) => orders[k]?.units() ?? [],
    ranking: (k = 0) => orders[k]?.ranking() ?? [],
    add(table, row) {
      store.add(table, row);
      update(store.unitsOf(table, row));
    },
    remove(table, row) {
      if (!store.has(table, row)) return false;
      const touched = store.unitsOf(table, row);
      const moved = store.remove(table, row);
      update(moved ? [...touched, ...store.unitsOf(table, moved)] : touched);
      return true;
    },
    replace(table, row, next) {
      if (!store.has(table, row)) return false;
      const before = store.unitsOf(table, row);
      store.replace(table, row, next);
      update([...before, ...store.unitsOf(table, next)]);
      return true;
    },
    lastUpdate: () => cost,
  };
}

/** Each unit's ranked row: its top-most parent under roll-up (the scheme's default), else itself. */
function topParents(units: RecordSet['units'], schemes: Scheme | readonly Scheme[]): (unit: UnitId) => UnitId {
  const list: readonly Scheme[] = Array.isArray(schemes) ? schemes : [schemes as Scheme];
  if (list.every((s) => s.rollUp === false)) return (u) => u;
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  return (unit) => {
    let at = unit;
    const seen = new Set<UnitId>([at]);
    for (let up = parent.get(at); up !== undefined && parent.has(up) && !seen.has(up); up = parent.get(at)) {
      seen.add(up);
      at = up;
    }
    return at;
  };
}
