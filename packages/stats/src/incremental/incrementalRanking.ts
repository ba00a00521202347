import {
  type CompileOptions,
  createScorer,
  DEFAULT_GROUP,
  type Item,
  type Penalty,
  type Period,
  type RecordSet,
  type Scheme,
  type ScoreParts,
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
 * the records of the items the edit touches.
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

/** One period's unrounded sums per ranked unit, kept as the engine's parts plus every edit's difference. */
interface PeriodState {
  readonly period: Period;
  readonly slot: ReadonlyMap<UnitId, number>;
  /** Totals as a compensated sum (hi + lo), so that adding and taking back parts leaves no rounding drift. */
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  readonly scoredItems: Float64Array;
  readonly tieBreaks: readonly Float64Array[];
  readonly disqualified: Uint8Array;
  readonly average: boolean;
  readonly order: GroupOrder;
  /** Name, group and members of each ranked unit, as the full score gave them. */
  readonly rows: readonly UnitScore[];
}

/** A scheme split in three: item-borne points; with penalties too; quotas alone. */
interface Split {
  readonly items: readonly Scheme[];
  readonly penalties: readonly Scheme[] | null;
  readonly itemPercent: boolean;
  readonly quotas: readonly Scheme[] | null;
}

function split(list: readonly Scheme[]): Split {
  const items = list.map(({ quotas: _q, penalties: _p, ...rest }) => rest);
  const anyPenalty = list.some((s) => (s.penalties?.length ?? 0) > 0);
  const anyQuota = list.some((s) => (s.quotas?.length ?? 0) > 0);
  return {
    items,
    penalties: anyPenalty ? list.map(({ quotas: _q, ...rest }) => rest) : null,
    itemPercent: list.some((s) => s.penalties?.some((p) => p.type === 'itemPercent') === true),
    quotas: anyQuota
      ? list.map(
          ({ adoptions: _a, routes: _r, unadopted: _u, instructions: _i, attachments: _t, penalties: _p, ...rest }) =>
            rest,
        )
      : null,
  };
}

/**
 * Scores and ranks `records` for `periods` once, then keeps the rankings current edit by edit. The engine's sums
 * are additive over items: an edit re-scores only the items it touches (every item with the edited id, and its
 * rows) before and after, and adds the difference to their units, per period. What is per unit rather than per
 * item is re-scored for the units concerned only: penalties (a penalty's unit; with percentage penalties, the
 * units of the items touched) and quotas (the units of the items whose routes changed). A unit that changed moves
 * in its group by binary search; ranks are numbered when read. Units (the unit table) are fixed: a change there
 * means a new ranking.
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
  const list: readonly Scheme[] = Array.isArray(schemes) ? schemes : [schemes as Scheme];
  const parts = split(list);
  const store = new RecordStore(records);
  const unitTable = records.units;
  const top = topParents(unitTable, list);
  const members = new Map<UnitId, UnitId[]>();
  for (const u of unitTable) {
    const t = top(u.id);
    const m = members.get(t);
    if (m === undefined) members.set(t, [u.id]);
    else m.push(u.id);
  }
  const whole = store.snapshot();
  const scorer = createScorer(list, whole, options);
  const states = periods.map((period): PeriodState => {
    const result = scorer.score({ period, ledger: false });
    const sums = scorer.parts(period);
    const slot = new Map(sums.unitIds.map((id, k) => [id, k]));
    return {
      period,
      slot,
      hi: Float64Array.from(sums.totals),
      lo: new Float64Array(sums.totals.length),
      scoredItems: Float64Array.from(sums.scoredItems),
      tieBreaks: sums.tieBreaks.map((t) => Float64Array.from(t)),
      disqualified: Uint8Array.from(sums.disqualified),
      average: sums.method === 'average',
      order: new GroupOrder(result.units),
      rows: result.units,
    };
  });
  let cost: UpdateCost = { units: [], records: 0 };

  const partsOf = (variant: readonly Scheme[], set: RecordSet): ScoreParts[] => {
    const s = createScorer(variant, set, options);
    return periods.map((p) => s.parts(p));
  };

  /** What an edit can change: items by id, units whose penalties or quotas must be re-scored. */
  interface Scope {
    readonly ids: Set<string>;
    readonly penaltyUnits: Set<UnitId>;
    readonly quotaUnits: Set<UnitId>;
    /** The units named by edited item rows. */
    readonly itemUnits: UnitId[];
  }

  const rankedMembers = (units: Iterable<UnitId>): Set<UnitId> => {
    const out = new Set<UnitId>();
    for (const u of units) for (const m of members.get(top(u)) ?? [u]) out.add(m);
    return out;
  };

  /**
   * Widens the scope, before the edit, with the units of its items: those in the store and those of the edited
   * item rows (`itemUnits`), which together are every unit the items name before or after the edit.
   */
  const unitScope = (scope: Scope, quotas: boolean) => {
    const percent = parts.penalties !== null && parts.itemPercent;
    if (!percent && !(quotas && parts.quotas !== null)) return;
    const units = [...store.unitsOfIds(scope.ids), ...scope.itemUnits];
    if (percent) for (const u of units) scope.penaltyUnits.add(u);
    if (quotas && parts.quotas !== null) for (const u of units) scope.quotaUnits.add(u);
  };

  /** The parts of the scope as the records stand: item-borne, penalties and quotas. */
  const measure = (scope: Scope, quotas: boolean) => {
    const read: RecordSet[] = [];
    const items = scope.ids.size === 0 ? null : store.part(scope.ids);
    if (items !== null) read.push(items);
    const itemParts = items === null ? null : partsOf(parts.items, items);
    let penalty: { with: ScoreParts[]; without: ScoreParts[]; units: Set<UnitId> } | null = null;
    if (parts.penalties !== null && scope.penaltyUnits.size > 0) {
      const units = rankedMembers(scope.penaltyUnits);
      const rows = store.penaltiesOf(units);
      if (rows.length > 0) {
        const named = new Set<string>();
        for (const p of rows) if (p.itemId !== undefined) named.add(p.itemId);
        const set = store.part(named, rows, true, units);
        read.push(set);
        penalty = { with: partsOf(parts.penalties, set), without: partsOf(parts.items, set), units };
      } else penalty = { with: [], without: [], units };
    }
    let quota: { parts: ScoreParts[]; units: Set<UnitId> } | null = null;
    if (quotas && parts.quotas !== null && scope.quotaUnits.size > 0) {
      const units = rankedMembers(scope.quotaUnits);
      const set = store.part(store.itemIdsOf(units), [], true, units);
      read.push({ ...set, adoptions: [], instructions: [] });
      quota = { parts: partsOf(parts.quotas, set), units };
    }
    return { itemParts, penalty, quota, read };
  };

  /** The rows the sums of `units` can appear in: the units themselves (no roll-up) and their top-most parents. */
  const ranked = (units: Set<UnitId>): Set<UnitId> => new Set([...units, ...[...units].map(top)]);

  const edit = (scope: Scope, quotas: boolean, change: () => void) => {
    unitScope(scope, quotas);
    const before = measure(scope, quotas);
    change();
    const after = measure(scope, quotas);
    const changed = new Set<UnitId>();
    states.forEach((state, k) => {
      const apply = (sums: ScoreParts | undefined, sign: number, only: Set<UnitId> | null, totalsOnly: boolean) => {
        if (sums === undefined) return;
        sums.unitIds.forEach((id, j) => {
          if (only !== null && !only.has(id)) return;
          const at = state.slot.get(id);
          if (at === undefined) return;
          add(state, at, sign * (sums.totals[j] ?? 0));
          if (!totalsOnly) {
            state.scoredItems[at] = (state.scoredItems[at] ?? 0) + sign * (sums.scoredItems[j] ?? 0);
            sums.tieBreaks.forEach((values, t) => {
              const own = state.tieBreaks[t];
              if (own !== undefined) own[at] = (own[at] ?? 0) + sign * (values[j] ?? 0);
            });
          }
          changed.add(id);
        });
      };
      apply(before.itemParts?.[k], -1, null, false);
      apply(after.itemParts?.[k], 1, null, false);
      for (const side of [before, after]) {
        const sign = side === before ? -1 : 1;
        const p = side.penalty;
        if (p !== null) {
          const only = ranked(p.units);
          apply(p.with[k], sign, only, true);
          apply(p.without[k], -sign, only, true);
          if (side === after) {
            for (const r of only) {
              const at = state.slot.get(r);
              if (at === undefined) continue;
              const j = p.with[k]?.unitIds.indexOf(r) ?? -1;
              state.disqualified[at] = j >= 0 ? (p.with[k]?.disqualified[j] ?? 0) : 0;
              changed.add(r);
            }
          }
        }
        const q = side.quota;
        if (q !== null) apply(q.parts[k], sign, ranked(q.units), true);
      }
      for (const id of changed) {
        const at = state.slot.get(id);
        const row = at === undefined ? undefined : state.rows[at];
        if (at !== undefined && row !== undefined) state.order.set(unitScore(state, at, row));
      }
    });
    cost = {
      units: [...changed],
      records: after.read.reduce(
        (n, r) =>
          n + r.items.length + r.routes.length + r.adoptions.length + r.instructions.length + r.penalties.length,
        0,
      ),
    };
  };

  /** The scope of a row: its item id, or its penalty's unit. */
  const scopeOf = <T extends RecordTable>(table: T, rows: readonly (RowOf<T> | undefined)[]): Scope => {
    const scope: Scope = { ids: new Set(), penaltyUnits: new Set(), quotaUnits: new Set(), itemUnits: [] };
    for (const row of rows) {
      if (row === undefined) continue;
      if (table === 'penalties') scope.penaltyUnits.add((row as Penalty).unitId);
      else if (table === 'items') {
        scope.ids.add((row as Item).id);
        for (const u of (row as Item).units) scope.itemUnits.push(u.unitId);
      } else scope.ids.add((row as { itemId: string }).itemId);
    }
    return scope;
  };
  const touchesQuotas = (table: RecordTable) => table === 'routes' || table === 'items';

  return {
    records: () => store.snapshot(),
    units: (k = 0) => states[k]?.order.units() ?? [],
    ranking: (k = 0) => states[k]?.order.ranking() ?? [],
    add(table, row) {
      edit(scopeOf(table, [row]), touchesQuotas(table), () => store.add(table, row));
    },
    remove(table, row) {
      if (!store.has(table, row)) return false;
      const rows = store.tables[table] as RowOf<typeof table>[];
      // The last row takes the removed one's place: its order among its item's rows may change too.
      edit(scopeOf(table, [row, rows.at(-1)]), touchesQuotas(table), () => store.remove(table, row));
      return true;
    },
    replace(table, row, next) {
      if (!store.has(table, row)) return false;
      edit(scopeOf(table, [row, next]), touchesQuotas(table), () => store.replace(table, row, next));
      return true;
    },
    lastUpdate: () => cost,
  };
}

/** Adds `x` to a compensated total (TwoSum: the rounding error of each addition is kept in `lo`). */
function add(state: PeriodState, at: number, x: number): void {
  const hi = state.hi[at] ?? 0;
  const sum = hi + x;
  const back = sum - hi;
  state.lo[at] = (state.lo[at] ?? 0) + (hi - (sum - back) + (x - back));
  state.hi[at] = sum;
}

/** A ranked unit's score from the state's sums, as the engine rounds it. */
function unitScore(state: PeriodState, at: number, row: UnitScore): UnitScore {
  const total = (state.hi[at] ?? 0) + (state.lo[at] ?? 0);
  const scoredItems = state.scoredItems[at] ?? 0;
  const rounded = round9(total);
  return {
    unitId: row.unitId,
    name: row.name,
    group: row.group ?? DEFAULT_GROUP,
    total: rounded,
    score: state.average ? (scoredItems > 0 ? round9(total / scoredItems) : null) : rounded,
    scoredItems,
    disqualified: state.disqualified[at] === 1,
    tieBreak: state.tieBreaks.length === 0 ? row.tieBreak : state.tieBreaks.map((values) => values[at] ?? 0),
    members: row.members,
  };
}

function round9(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

/** Each unit's ranked row: its top-most parent under roll-up (the scheme's default), else itself. */
function topParents(units: RecordSet['units'], list: readonly Scheme[]): (unit: UnitId) => UnitId {
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
