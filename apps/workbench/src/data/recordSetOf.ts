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
  const set: RecordSet = {
    version: RECORD_SET_VERSION,
    units: rows.units as UnitRow[],
    items: [],
    routes: [],
    adoptions: [],
    instructions: [],
    penalties: [],
    commissions: rows.commissions as CommissionRow[],
    urgentEvents: rows.urgentEvents as UrgentEventRow[],
  };
  for (const row of rows.heads) for (const head of row.heads) set.items.push(head);
  for (const row of rows.segments) {
    const target = set[row.kind] as RecordOfKind[RecordKind][];
    for (const record of row.records) target.push(record);
  }
  return set;
}
