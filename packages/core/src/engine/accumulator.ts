import type { IsoDate } from '../model/date.ts';
import type { ItemId, UnitId } from '../model/ids.ts';
import { type Binding, creditedAt, shareAt } from './bindScheme.ts';
import type { Clause } from './compileScheme.ts';
import type { LedgerEntry, RecordRef } from './types.ts';

/** What one period's scoring adds up, per unit of the unit table (before roll-up). */
export interface Accumulator {
  readonly totals: Float64Array;
  readonly disqualified: Uint8Array;
  /** Per ranked unit: distinct scored items, and tie-break values. */
  readonly scoredItems: Float64Array;
  readonly tieBreaks: Float64Array[];
  /** Items already counted as scored (across schemes): the index's, cleared when the period is done. */
  readonly counted: Uint8Array;
  readonly rankedOf: Int32Array;
  readonly ledger: LedgerEntry[] | null;
  /** Items whose per-unit points are tracked (for percentage penalties), and the amounts by item·units + unit. */
  track: Uint8Array | null;
  readonly tracked: Map<number, number>;
}

/** A fresh accumulator for `unitCount` units. */
export function createAccumulator(
  unitCount: number,
  counted: Uint8Array,
  rankedOf: Int32Array,
  tieBreaks: number,
  ledger: boolean,
): Accumulator {
  return {
    totals: new Float64Array(unitCount),
    disqualified: new Uint8Array(unitCount),
    scoredItems: new Float64Array(unitCount),
    tieBreaks: Array.from({ length: tieBreaks }, () => new Float64Array(unitCount)),
    counted,
    rankedOf,
    ledger: ledger ? [] : null,
    track: null,
    tracked: new Map(),
  };
}

/**
 * Credits `points` earned by `item` to its units: the full points to each (`each`) or their shares. The fast
 * path: no allocation.
 */
export function credit(acc: Accumulator, b: Binding, item: number, points: number, each: boolean): void {
  const { itemUnitStart, itemUnits } = b.index;
  const start = itemUnitStart[item] ?? 0;
  const end = itemUnitStart[item + 1] ?? 0;
  const track = acc.track !== null && acc.track[item] === 1;
  for (let s = start; s < end; s++) {
    if (!creditedAt(b, s)) continue;
    const unit = itemUnits[s] ?? 0;
    const amount = each ? points : points * shareAt(b, s, start, end);
    acc.totals[unit] = (acc.totals[unit] ?? 0) + amount;
    if (track) addTracked(acc, b, item, unit, amount);
  }
}

function addTracked(acc: Accumulator, b: Binding, item: number, unit: number, amount: number): void {
  const key = item * b.index.records.units.length + unit;
  acc.tracked.set(key, (acc.tracked.get(key) ?? 0) + amount);
}

/** Like {@link credit}, also writing one ledger entry per unit credited. */
export function creditLedger(
  acc: Accumulator,
  b: Binding,
  item: number,
  points: number,
  each: boolean,
  record: RecordRef,
  clause: Clause,
  note?: string,
): void {
  const { itemUnitStart, itemUnits } = b.index;
  const start = itemUnitStart[item] ?? 0;
  const end = itemUnitStart[item + 1] ?? 0;
  const joint = end - start > 1;
  const track = acc.track !== null && acc.track[item] === 1;
  for (let s = start; s < end; s++) {
    if (!creditedAt(b, s)) continue;
    const unit = itemUnits[s] ?? 0;
    const share = each ? 1 : shareAt(b, s, start, end);
    const amount = points * share;
    acc.totals[unit] = (acc.totals[unit] ?? 0) + amount;
    if (track) addTracked(acc, b, item, unit, amount);
    const detail = joint ? (each ? '联合信息，每个单位全额计分' : `联合信息，分得 ${formatShare(share)}`) : undefined;
    const text = [note, detail].filter((t) => t !== undefined).join('；');
    pushEntry(acc, b, unit, amount, record, clause, text === '' ? undefined : text);
  }
}

/** Adds points straight to a unit (penalties, quotas), with a ledger entry when the ledger is on. */
export function creditUnit(
  acc: Accumulator,
  b: Binding,
  unit: number,
  points: number,
  record: RecordRef,
  clause: Clause,
  note?: string,
): void {
  acc.totals[unit] = (acc.totals[unit] ?? 0) + points;
  if (acc.ledger !== null) pushEntry(acc, b, unit, points, record, clause, note);
}

function pushEntry(
  acc: Accumulator,
  b: Binding,
  unit: number,
  points: number,
  record: RecordRef,
  clause: Clause,
  note: string | undefined,
): void {
  const units = b.index.records.units;
  const source = units[unit]?.id as UnitId;
  const ranked = units[acc.rankedOf[unit] ?? unit]?.id as UnitId;
  const entry: LedgerEntry = {
    unitId: ranked,
    sourceUnitId: source,
    points,
    record,
    clause: { id: clause.id, label: clause.label },
    schemeId: b.compiled.scheme.id,
    ...(note === undefined ? {} : { note }),
  };
  acc.ledger?.push(entry);
}

/** A record reference. */
export function ref(kind: RecordRef['kind'], index: number, date: string, itemId: string | undefined): RecordRef {
  return itemId === undefined
    ? { kind, index, date: date as IsoDate }
    : { kind, index, date: date as IsoDate, itemId: itemId as ItemId };
}

function formatShare(share: number): string {
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(share * d);
    if (Math.abs(n / d - share) < 1e-9) return d === 1 ? String(n) : `${n}/${d}`;
  }
  return String(Math.round(share * 1e4) / 1e4);
}
