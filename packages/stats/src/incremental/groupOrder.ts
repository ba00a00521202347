import type { UnitId, UnitScore } from '@caibian/core';
import type { GroupRanking } from '../rank/rankGroups.ts';
import { compareRankable, type Ranked } from '../rank/rankRows.ts';

/**
 * One period's units kept in rank order group by group, so that a unit whose score changed moves by two binary
 * searches (out at its old place, in at its new one) instead of a re-sort. The order equals {@link rankRows}:
 * by score, tie-breaks, then unit table order; rank numbers and row objects are built when read.
 */
export class GroupOrder {
  readonly #position: ReadonlyMap<UnitId, number>;
  readonly #groups = new Map<string, UnitScore[]>();
  readonly #byId = new Map<UnitId, UnitScore>();
  readonly #read = new Map<string, GroupRanking>();

  /** `units` in unit table order (as `ScoreResult.units`). */
  constructor(units: readonly UnitScore[]) {
    this.#position = new Map(units.map((u, i) => [u.unitId, i]));
    for (const u of units) {
      this.#byId.set(u.unitId, u);
      const list = this.#groups.get(u.group);
      if (list) list.push(u);
      else this.#groups.set(u.group, [u]);
    }
    for (const list of this.#groups.values()) list.sort((a, b) => this.#compare(a, b));
  }

  #compare(a: UnitScore, b: UnitScore): number {
    return compareRankable(a, b) || (this.#position.get(a.unitId) ?? 0) - (this.#position.get(b.unitId) ?? 0);
  }

  /** The first index in `list` whose unit does not come before `unit`. */
  #search(list: readonly UnitScore[], unit: UnitScore): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#compare(list[mid] as UnitScore, unit) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Replaces a unit's score and moves it to its new place in its group; false for an unknown unit. */
  set(unit: UnitScore): boolean {
    const old = this.#byId.get(unit.unitId);
    const list = this.#groups.get(unit.group);
    if (old === undefined || list === undefined) return false;
    list.splice(this.#search(list, old), 1);
    list.splice(this.#search(list, unit), 0, unit);
    this.#byId.set(unit.unitId, unit);
    this.#read.delete(unit.group);
    return true;
  }

  /** A unit's current score. */
  get(unit: UnitId): UnitScore | undefined {
    return this.#byId.get(unit);
  }

  /** The units in unit table order. */
  units(): UnitScore[] {
    return [...this.#byId.values()];
  }

  /** Every group ranked (1, 2, 2, 4), groups in order of their first unit, as {@link rankGroups} gives. */
  ranking(): GroupRanking[] {
    return [...this.#groups].map(([group, list]) => {
      let ranked = this.#read.get(group);
      if (ranked === undefined) {
        const rows: Ranked<UnitScore>[] = [];
        list.forEach((unit, i) => {
          const previous = rows[i - 1];
          const rank = previous !== undefined && compareRankable(previous, unit) === 0 ? previous.rank : i + 1;
          rows.push({ ...unit, rank });
        });
        ranked = { group, rows };
        this.#read.set(group, ranked);
      }
      return ranked;
    });
  }
}
