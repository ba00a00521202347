import type { Brand } from '@caibian/core';
import type { RecordKind, RecordOfKind, SegmentRow } from './rows.ts';
import { SEGMENT_COUNT } from './schema.ts';

/**
 * Pure helpers for scoring records stored in segments: which segment a record belongs to, record keys,
 * and the changes to one segment row. No IndexedDB here; `recordsRepository.ts` does the reads and writes.
 */

/** A stored scoring record's handle: `${kind}/${segment}/${seq}`; stable until the record is removed. */
export type RecordKey = Brand<string, 'RecordKey'>;

/**
 * FNV-1a over the UTF-16 code units of `text`: a stable 32-bit hash (the same in every browser, forever,
 * because stored rows depend on it).
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The id a record is segmented by: its item, or for a penalty without an item, its unit. */
export function segmentingId<K extends RecordKind>(kind: K, record: RecordOfKind[K]): string {
  if (kind === 'penalties') {
    const penalty = record as RecordOfKind['penalties'];
    return penalty.itemId ?? `unit:${penalty.unitId}`;
  }
  return (record as RecordOfKind['routes']).itemId;
}

/** The segment of an item's records (every kind of record of one item lands in the same segment number). */
export function segmentOf(id: string): number {
  return stableHash(id) % SEGMENT_COUNT;
}

/** Builds a {@link RecordKey}. */
export function recordKey(kind: RecordKind, segment: number, seq: number): RecordKey {
  return `${kind}/${segment}/${seq}` as RecordKey;
}

/** Reads a {@link RecordKey}; `null` when it is not one. */
export function parseRecordKey(key: string): { kind: RecordKind; segment: number; seq: number } | null {
  const m = /^(routes|adoptions|instructions|penalties)\/(\d+)\/(\d+)$/.exec(key);
  if (!m) return null;
  return { kind: m[1] as RecordKind, segment: Number(m[2]), seq: Number(m[3]) };
}

/** An empty segment row. */
export function emptySegment<K extends RecordKind>(kind: K, segment: number): SegmentRow<K> {
  return { kind, segment, seqs: [], records: [], nextSeq: 0 };
}

/** A canonical text of a record, used to skip records an import already holds. */
export function recordFingerprint(record: object): string {
  return JSON.stringify(record, Object.keys(record).sort());
}

/**
 * Appends `records` to a copy of `row`, skipping any the row already held (same fingerprint) so that
 * importing the same workbook twice does not count an adoption twice; repeats inside `records` are kept as
 * given. Returns the new row and how many were added.
 */
export function appendToSegment<K extends RecordKind>(
  row: SegmentRow<K>,
  records: readonly RecordOfKind[K][],
): { row: SegmentRow<K>; added: number } {
  const seen = row.records.length > 0 ? new Set(row.records.map(recordFingerprint)) : null;
  const next: SegmentRow<K> = { ...row, seqs: row.seqs.slice(), records: row.records.slice() };
  let added = 0;
  for (const record of records) {
    if (seen) {
      const fp = recordFingerprint(record);
      if (seen.has(fp)) continue;
    }
    next.seqs.push(next.nextSeq);
    next.records.push(record);
    next.nextSeq += 1;
    added += 1;
  }
  return { row: next, added };
}

/** A copy of `row` without the record `seq`; `null` when the segment has no such record. */
export function removeFromSegment<K extends RecordKind>(row: SegmentRow<K>, seq: number): SegmentRow<K> | null {
  const at = row.seqs.indexOf(seq);
  if (at < 0) return null;
  return {
    ...row,
    seqs: row.seqs.filter((_, i) => i !== at),
    records: row.records.filter((_, i) => i !== at),
  };
}

/** A copy of `row` with record `seq` replaced in place (same key); `null` when there is no such record. */
export function replaceInSegment<K extends RecordKind>(
  row: SegmentRow<K>,
  seq: number,
  record: RecordOfKind[K],
): SegmentRow<K> | null {
  const at = row.seqs.indexOf(seq);
  if (at < 0) return null;
  const records = row.records.slice();
  records[at] = record;
  return { ...row, records };
}
