import type { UnitId } from '../model/ids.ts';
import type { Unit } from '../model/records.ts';

/**
 * The unit a unit's figures count for under roll-up: its top-most parent (上级单位), or itself. Follows parents
 * until one has none; stops at a repeat, so a cycle (which `parseRecordSet` rejects) cannot loop forever.
 */
export function rollUpTarget(units: readonly Unit[], unit: UnitId): UnitId {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<UnitId>([unit]);
  let at = unit;
  for (let up = parent.get(at); up !== undefined && !seen.has(up); up = parent.get(at)) {
    seen.add(up);
    at = up;
  }
  return at;
}

/** `unit` and every unit below it at any depth (children, grandchildren, …), `unit` first. */
export function unitAndDescendants(units: readonly Unit[], unit: UnitId): UnitId[] {
  const out: UnitId[] = [unit];
  const seen = new Set<UnitId>(out);
  for (let i = 0; i < out.length; i++) {
    for (const u of units) {
      if (u.parentId === out[i] && !seen.has(u.id)) {
        seen.add(u.id);
        out.push(u.id);
      }
    }
  }
  return out;
}
