import type { Unit, UnitId } from '@caibian/core';
import type { CaibianDb } from './db.ts';

/** Reads and writes units (单位); components reach units only through this. */
export interface UnitsRepository {
  /** Every unit, by id. */
  list(): Promise<Unit[]>;
  get(id: UnitId): Promise<Unit | undefined>;
  /** Adds or replaces units by id, in one transaction. */
  put(units: readonly Unit[]): Promise<void>;
  remove(id: UnitId): Promise<void>;
}

/** A {@link UnitsRepository} over `db`. */
export function createUnitsRepository(db: CaibianDb): UnitsRepository {
  return {
    list: () => db.units.toArray(),
    get: (id) => db.units.get(id),
    async put(units) {
      await db.transaction('rw', db.units, () => db.units.bulkPut(units.slice()));
    },
    remove: (id) => db.units.delete(id),
  };
}
