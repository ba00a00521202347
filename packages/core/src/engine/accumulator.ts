import type { IsoDate } from '../model/date.ts';
import type { ItemId, UnitId } from '../model/ids.ts';
import type { Unit } from '../model/records.ts';
import { type Binding, creditedAt, shareAt } from './bindScheme.ts';
import type { Clause } from './compileScheme.ts';
import type { RecordIndex } from './recordIndex.ts';
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
  /** What entries share (null when the ledger is off). */
  readonly book: LedgerBook | null;
  /** Items whose per-unit points are tracked (for percentage penalties), and the amounts by item·units + unit. */
  track: Uint8Array | null;
  readonly tracked: Map<number, number>;
}

/** A fresh accumulator for `unitCount` units; `ledger` is the index's book when the ledger is on. */
export function createAccumulator(
  unitCount: number,
  counted: Uint8Array,
  rankedOf: Int32Array,
  tieBreaks: number,
  ledger: LedgerBook | null,
): Accumulator {
  return {
    totals: new Float64Array(unitCount),
    disqualified: new Uint8Array(unitCount),
    scoredItems: new Float64Array(unitCount),
    tieBreaks: Array.from({ length: tieBreaks }, () => new Float64Array(unitCount)),
    counted,
    rankedOf,
    ledger: ledger === null ? null : [],
    book: ledger,
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

/**
 * What the ledger reuses across entries and periods of one record index: unit ids, one record reference per
 * cited row (the same row is cited by a month and by the year), one frozen clause per clause, and notes.
 * Entries stay plain data (they are posted to workers and printed as JSON); only their parts are shared.
 */
export interface LedgerBook {
  readonly index: RecordIndex;
  readonly unitIds: readonly UnitId[];
  /** References by position in a date order (`ByDate.order`), filled as periods cite them. */
  readonly byOrder: WeakMap<Int32Array, (RecordRef | undefined)[]>;
  /** References by row, for the tables cited out of date order (penalties, quotas). */
  readonly byRow: Map<RecordRef['kind'], (RecordRef | undefined)[]>;
  /** Shared entries per binding and date order ({@link entriesInOrder}). */
  readonly entries: WeakMap<Binding, WeakMap<Int32Array, SharedEntries>>;
}

/** Entries by position in a date order, made under one roll-up table (it decides an entry's `unitId`). */
interface SharedEntries {
  readonly rankedOf: Int32Array;
  readonly entries: (LedgerEntry | undefined)[];
}

const books = new WeakMap<RecordIndex, LedgerBook>();

/** The ledger book of `index`, made on first use. */
export function ledgerBook(index: RecordIndex): LedgerBook {
  let book = books.get(index);
  if (book === undefined) {
    const units = index.records.units;
    const unitIds = new Array<UnitId>(units.length);
    for (let i = 0; i < units.length; i++) unitIds[i] = (units[i] as Unit).id;
    book = { index, unitIds, byOrder: new WeakMap(), byRow: new Map(), entries: new WeakMap() };
    books.set(index, book);
  }
  return book;
}

/**
 * The references of the rows of a date order (`order[k]` is a row), by position: a period's loop reads and
 * fills them in sequence, and builds each from the index (no visit to the record object).
 */
export function refsInOrder(acc: Accumulator, order: Int32Array): (RecordRef | undefined)[] {
  const book = acc.book as LedgerBook;
  let refs = book.byOrder.get(order);
  if (refs === undefined) {
    refs = new Array<RecordRef | undefined>(order.length);
    book.byOrder.set(order, refs);
  }
  return refs;
}

/**
 * The entries of rows that earn exactly one entry (one unit takes all the points under one clause), by position
 * in date order `order` of binding `b`: an entry depends only on its row, so a month and the year share it as
 * they share references (results are read-only data). Null when entries cannot be shared: points tracked per
 * unit (percentage penalties), or a roll-up other than the one the entries were made under.
 */
export function entriesInOrder(acc: Accumulator, b: Binding, order: Int32Array): (LedgerEntry | undefined)[] | null {
  const book = acc.book;
  if (book === null || acc.track !== null) return null;
  let byOrder = book.entries.get(b);
  if (byOrder === undefined) {
    byOrder = new WeakMap();
    book.entries.set(b, byOrder);
  }
  let shared = byOrder.get(order);
  if (shared === undefined) {
    shared = { rankedOf: acc.rankedOf, entries: new Array<LedgerEntry | undefined>(order.length) };
    byOrder.set(order, shared);
  }
  return shared.rankedOf === acc.rankedOf ? shared.entries : null;
}

/**
 * Credits `points` to `unit` alone, citing the entry at position `k` of `entries` (from {@link entriesInOrder}),
 * made on first use from `record` and `clause`.
 */
export function creditShared(
  acc: Accumulator,
  b: Binding,
  entries: (LedgerEntry | undefined)[],
  k: number,
  unit: number,
  points: number,
  record: RecordRef,
  clause: Clause,
): void {
  acc.totals[unit] = (acc.totals[unit] ?? 0) + points;
  let entry = entries[k];
  if (entry === undefined) {
    entry = entryOf(acc, b, unit, points, record, clause, undefined);
    entries[k] = entry;
  }
  (acc.ledger as LedgerEntry[]).push(entry);
}

/**
 * Position `k`'s reference in `refs` (from {@link refsInOrder}): row `row` of table `kind`, dated `date`
 * (YYYYMMDD), of item `item`. Made on first use, then shared by every entry and period citing the row.
 */
export function refAt(
  acc: Accumulator,
  refs: (RecordRef | undefined)[],
  k: number,
  kind: 'adoption' | 'route' | 'instruction',
  row: number,
  date: number,
  item: number,
): RecordRef {
  let at = refs[k];
  if (at === undefined) {
    const itemId = (acc.book as LedgerBook).index.itemIds[item];
    at = ref(kind, row, dateText(date), itemId);
    refs[k] = at;
  }
  return at;
}

const dateTexts = new Map<number, string>();
let lastDate = -1;
let lastText = '';

/**
 * A YYYYMMDD number as `YYYY-MM-DD` (the form of every record date), built once per day; rows are cited in
 * date order, so the last answer mostly serves the next row.
 */
function dateText(date: number): string {
  if (date === lastDate) return lastText;
  let text = dateTexts.get(date);
  if (text === undefined) {
    const year = Math.floor(date / 10_000);
    const month = Math.floor(date / 100) % 100;
    const day = date % 100;
    text = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    if (dateTexts.size < 100_000) dateTexts.set(date, text);
  }
  lastDate = date;
  lastText = text;
  return text;
}

/**
 * The reference of row `row` of table `kind` (penalties, quota routes), made once per row and index, read
 * from the record. Uncached when the ledger is off.
 */
export function rowRef(
  acc: Accumulator,
  kind: 'penalty' | 'route',
  row: number,
  rows: readonly { readonly date: string; readonly itemId?: string | undefined }[],
): RecordRef {
  const book = acc.book;
  const record = rows[row];
  if (book === null) {
    return ref(kind, row, record === undefined ? '' : record.date, record === undefined ? undefined : record.itemId);
  }
  let cache = book.byRow.get(kind);
  if (cache === undefined) {
    cache = new Array<RecordRef | undefined>(rows.length);
    book.byRow.set(kind, cache);
  }
  let at = cache[row];
  if (at === undefined) {
    at = ref(kind, row, record === undefined ? '' : record.date, record === undefined ? undefined : record.itemId);
    cache[row] = at;
  }
  return at;
}

const sharedClauses = new WeakMap<Clause, Clause>();

/** One frozen `{ id, label }` per compiled clause, cited by every entry under it (never copied per entry). */
export function sharedClause(clause: Clause): Clause {
  let shared = sharedClauses.get(clause);
  if (shared === undefined) {
    shared = Object.freeze({ id: clause.id, label: clause.label });
    sharedClauses.set(clause, shared);
  }
  return shared;
}

const EACH_IN_FULL = '联合信息，每个单位全额计分';
/** Joint-item details by share, and notes joined to details: built once per distinct text. */
const shareDetails = new Map<number, string>();
const joinedNotes = new Map<string, Map<string, string>>();

function jointDetail(each: boolean, share: number): string {
  if (each) return EACH_IN_FULL;
  let detail = shareDetails.get(share);
  if (detail === undefined) {
    detail = `联合信息，分得 ${formatShare(share)}`;
    if (shareDetails.size < 4096) shareDetails.set(share, detail);
  }
  return detail;
}

function joinNote(note: string | undefined, detail: string): string {
  if (note === undefined) return detail;
  let byDetail = joinedNotes.get(note);
  if (byDetail === undefined) {
    byDetail = new Map();
    if (joinedNotes.size < 4096) joinedNotes.set(note, byDetail);
  }
  let joined = byDetail.get(detail);
  if (joined === undefined) {
    joined = `${note}；${detail}`;
    if (byDetail.size < 4096) byDetail.set(detail, joined);
  }
  return joined;
}

/**
 * Like {@link credit}, also writing one ledger entry per unit credited. `clause` is cited as is: pass a
 * {@link sharedClause}.
 */
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
  const totals = acc.totals;
  for (let s = start; s < end; s++) {
    if (!creditedAt(b, s)) continue;
    const unit = itemUnits[s] ?? 0;
    const share = each ? 1 : shareAt(b, s, start, end);
    const amount = points * share;
    totals[unit] = (totals[unit] ?? 0) + amount;
    if (track) addTracked(acc, b, item, unit, amount);
    (acc.ledger as LedgerEntry[]).push(
      entryOf(acc, b, unit, amount, record, clause, joint ? joinNote(note, jointDetail(each, share)) : note),
    );
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
  acc.ledger?.push(entryOf(acc, b, unit, points, record, sharedClause(clause), note));
}

/** Every entry has one of two shapes (with and without a note), built by a literal: no spread, no copy. */
function entryOf(
  acc: Accumulator,
  b: Binding,
  unit: number,
  points: number,
  record: RecordRef,
  clause: Clause,
  note: string | undefined,
): LedgerEntry {
  const unitIds = (acc.book as LedgerBook).unitIds;
  const sourceUnitId = unitIds[unit] as UnitId;
  const unitId = unitIds[acc.rankedOf[unit] ?? unit] as UnitId;
  const schemeId = b.compiled.scheme.id;
  return note === undefined
    ? { unitId, sourceUnitId, points, record, clause, schemeId }
    : { unitId, sourceUnitId, points, record, clause, schemeId, note };
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
