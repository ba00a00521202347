import { RECORD_SET_VERSION, type RecordSet } from '@caibian/core';
import type {
  CommissionRow,
  ItemHeadSegmentRow,
  RecordKind,
  RecordOfKind,
  SegmentRow,
  UnitRow,
  UrgentEventRow,
} from './rows.ts';

/** The stored rows a {@link RecordSet} is assembled from (see {@link recordSetOf}). */
export interface RecordSetRows {
  readonly units: readonly UnitRow[];
  readonly heads: readonly ItemHeadSegmentRow[];
  /** Segment rows in key order (`[kind+segment]`), as a read of the whole table gives them. */
  readonly segments: readonly SegmentRow[];
  readonly commissions: readonly CommissionRow[];
  readonly urgentEvents: readonly UrgentEventRow[];
}

/**
 * The core {@link RecordSet} of stored rows: items from their head segments, each kind of record from its
 * segment rows in key order. Shared by `records.loadRecordSet()` and the ranking worker's own read
 * (`readRankingInputs.ts`), so both give the same records in the same order.
 */
export function recordSetOf(rows: RecordSetRows): RecordSet {
  // Joined with one `concat` per table rather than pushed row by row: 550k records at issue 7's scale.
  const parts: { [K in RecordKind]: RecordOfKind[K][][] } = {
    routes: [],
    adoptions: [],
    instructions: [],
    penalties: [],
  };
  for (const row of rows.segments) (parts[row.kind] as RecordOfKind[RecordKind][][]).push(row.records);
  const join = <T>(lists: readonly (readonly T[])[]): T[] => ([] as T[]).concat(...lists);
  return {
    version: RECORD_SET_VERSION,
    units: rows.units as UnitRow[],
    items: join(rows.heads.map((row) => row.heads)),
    routes: join(parts.routes),
    adoptions: join(parts.adoptions),
    instructions: join(parts.instructions),
    penalties: join(parts.penalties),
    commissions: rows.commissions as CommissionRow[],
    urgentEvents: rows.urgentEvents as UrgentEventRow[],
  };
}
