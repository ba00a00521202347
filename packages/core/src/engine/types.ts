import type { IsoDate } from '../model/date.ts';
import type { ItemId, UnitId } from '../model/ids.ts';
import type { Clause, GroupParameterValues, ParameterValues } from './compileScheme.ts';

/** The group of units that have none (formats.md). */
export const DEFAULT_GROUP = '全部';

/** A closed range of dates, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Options of {@link score}. */
export interface ScoreOptions {
  /** Records count when their own date falls in this period. */
  readonly period: Period;
  /** Build the ledger (default true). Off is the fast path: totals only. */
  readonly ledger?: boolean;
  /** Parameter overrides by name, for every group (e.g. `{ provinceBase: 12 }`). */
  readonly parameters?: ParameterValues;
  /** Parameter overrides per group name (quota clauses). */
  readonly groupParameters?: GroupParameterValues;
}

/** Which record earned points: its table, its index in that table, its item and its date. */
export interface RecordRef {
  readonly kind: 'adoption' | 'route' | 'instruction' | 'penalty' | 'item';
  /** Index of the row in `records.adoptions`, `.routes`, `.instructions`, `.penalties` or `.items`. */
  readonly index: number;
  readonly itemId?: ItemId;
  readonly date: IsoDate;
}

/** One line of the ledger: these points, for this unit, from this record, under this clause. */
export interface LedgerEntry {
  /** The ranked unit credited (the top-most parent under roll-up). */
  readonly unitId: UnitId;
  /** The unit the record names (differs from `unitId` for a rolled-up unit). */
  readonly sourceUnitId: UnitId;
  readonly points: number;
  readonly record: RecordRef;
  readonly clause: Clause;
  readonly schemeId: string;
  /** A Chinese detail, e.g. 联合报送，分得 1/2. */
  readonly note?: string;
}

/** A ranked unit's result. */
export interface UnitScore {
  readonly unitId: UnitId;
  readonly name: string;
  /** The unit's group, or 全部. */
  readonly group: string;
  /** Sum of the unit's points (rolled-up units included), rounded to 1e-9. */
  readonly total: number;
  /** What ranks: the total, or total ÷ scored items under an averaging scheme (null when there is none). */
  readonly score: number | null;
  /** Distinct items of the unit scored in the period. */
  readonly scoredItems: number;
  /** Out of the year's awards: a flag only; it changes neither score nor rank. */
  readonly disqualified: boolean;
  /** Tie-break values in the scheme's order, higher first. */
  readonly tieBreak: readonly number[];
  /** Units that rolled into this one. */
  readonly members: readonly UnitId[];
}

/** The result of {@link score}. */
export interface ScoreResult {
  readonly schemeIds: readonly string[];
  readonly period: Period;
  readonly method: 'sum' | 'average';
  /** The tie-breaks `UnitScore.tieBreak` holds, in order. */
  readonly tieBreaks: readonly Clause[];
  /** Every ranked unit (units without parent), in the order of the unit table. */
  readonly units: readonly UnitScore[];
  /** Every point, tied to its record and clause; empty when `ledger: false`. */
  readonly ledger: readonly LedgerEntry[];
}
