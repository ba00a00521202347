import { fail, type ItemId, invariant, ok, type Problem, type RecordSet, type Result } from '@caibian/core';
import type { CaibianDb } from './db.ts';
import { type ImportProgress, type ImportSummary, importRecordSet } from './importRecordSet.ts';
import { recordSetOf } from './recordSetOf.ts';
import { RECORD_KINDS, type RecordKind, type RecordOfKind, type SegmentRow } from './rows.ts';
import {
  emptySegment,
  parseRecordKey,
  type RecordKey,
  recordKey,
  removeFromSegment,
  replaceInSegment,
  segmentingId,
  segmentOf,
} from './segments.ts';

/** A stored scoring record with its key (for editing or removing it). */
export interface StoredRecord<K extends RecordKind> {
  key: RecordKey;
  record: RecordOfKind[K];
}

/** One change to the scoring records; a list of them is applied in one transaction. */
export type RecordChange =
  | { op: 'add'; kind: RecordKind; record: RecordOfKind[RecordKind] }
  | { op: 'update'; key: RecordKey; record: RecordOfKind[RecordKind] }
  | { op: 'remove'; key: RecordKey };

/** The scoring records of one item, each with its key. */
export type ItemRecords = { [K in RecordKind]: StoredRecord<K>[] };

/** Reads and writes the scoring records (报送, 采用, 批示, 扣分); components reach them only through this. */
export interface RecordsRepository {
  /** Adds a record and returns its key. */
  add<K extends RecordKind>(kind: K, record: RecordOfKind[K]): Promise<RecordKey>;
  /** Replaces the record `key`; its key changes when its item changes. Fails when the record is gone. */
  update<K extends RecordKind>(key: RecordKey, record: RecordOfKind[K]): Promise<Result<RecordKey, Problem>>;
  /** Removes the record `key`; `false` when it was already gone. */
  remove(key: RecordKey): Promise<boolean>;
  /** Applies every change in one transaction: all are written or none (a missing record fails them all). */
  apply(changes: readonly RecordChange[]): Promise<Result<RecordKey[], Problem>>;
  /** Every record of one item (and penalties naming it), with keys, in the order they were added. */
  forItem(itemId: ItemId): Promise<ItemRecords>;
  /**
   * Every unit, item (without bodies), record, commission and urgent event as a core {@link RecordSet},
   * ready for scoring. Records of one item keep the order they were added in. Reads a few hundred
   * segment rows rather than one row per record.
   */
  loadRecordSet(): Promise<RecordSet>;
  /**
   * Imports a validated record set in one transaction (all or nothing), reporting progress. Units, items,
   * commissions and urgent events are put by id; records already stored are not added twice.
   */
  importRecordSet(records: RecordSet, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary>;
}

class MissingRecord extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Applies `changes` to the segment rows; must run inside a rw transaction over `recordSegments`. */
export async function applyRecordChanges(db: CaibianDb, changes: readonly RecordChange[]): Promise<RecordKey[]> {
  const rows = new Map<string, SegmentRow>();
  const rowFor = async (kind: RecordKind, segment: number): Promise<SegmentRow> => {
    const id = `${kind}/${segment}`;
    let row = rows.get(id);
    if (!row) {
      row = (await db.recordSegments.get([kind, segment])) ?? emptySegment(kind, segment);
      rows.set(id, row);
    }
    return row;
  };
  const keys: RecordKey[] = [];
  const append = async (kind: RecordKind, record: RecordOfKind[RecordKind]) => {
    const segment = segmentOf(segmentingId(kind, record));
    const row = await rowFor(kind, segment);
    const seq = row.nextSeq;
    rows.set(`${kind}/${segment}`, {
      ...row,
      seqs: [...row.seqs, seq],
      records: [...row.records, record],
      nextSeq: seq + 1,
    });
    return recordKey(kind, segment, seq);
  };
  for (const change of changes) {
    if (change.op === 'add') {
      keys.push(await append(change.kind, change.record));
      continue;
    }
    const at = parseRecordKey(change.key);
    if (!at) throw new MissingRecord(change.key);
    const row = await rowFor(at.kind, at.segment);
    if (change.op === 'remove') {
      const next = removeFromSegment(row, at.seq);
      if (!next) throw new MissingRecord(change.key);
      rows.set(`${at.kind}/${at.segment}`, next);
      keys.push(change.key);
    } else if (segmentOf(segmentingId(at.kind, change.record)) === at.segment) {
      const next = replaceInSegment(row, at.seq, change.record);
      if (!next) throw new MissingRecord(change.key);
      rows.set(`${at.kind}/${at.segment}`, next);
      keys.push(change.key);
    } else {
      const next = removeFromSegment(row, at.seq);
      if (!next) throw new MissingRecord(change.key);
      rows.set(`${at.kind}/${at.segment}`, next);
      keys.push(await append(at.kind, change.record));
    }
  }
  await db.recordSegments.bulkPut([...rows.values()]);
  return keys;
}

function missing(key: string): Problem {
  return { code: 'record_missing', message: `记录已不存在（可能已在其他标签页中删除）：${key}`, path: [] };
}

/** A {@link RecordsRepository} over `db`. */
export function createRecordsRepository(db: CaibianDb, now: () => Date = () => new Date()): RecordsRepository {
  const apply = async (changes: readonly RecordChange[]): Promise<Result<RecordKey[], Problem>> => {
    try {
      // The scope must be a native async function: Dexie then keeps the transaction across native awaits.
      return ok(await db.transaction('rw', db.recordSegments, async () => await applyRecordChanges(db, changes)));
    } catch (error) {
      if (error instanceof MissingRecord) return fail([missing(error.key)]);
      throw error;
    }
  };
  return {
    async add(kind, record) {
      const result = await apply([{ op: 'add', kind, record }]);
      invariant(result.ok && result.value[0], 'adding a record cannot miss a record');
      return result.value[0];
    },
    async update(key, record) {
      const result = await apply([{ op: 'update', key, record }]);
      return result.ok ? ok(result.value[0] as RecordKey) : result;
    },
    async remove(key) {
      return (await apply([{ op: 'remove', key }])).ok;
    },
    apply,
    async forItem(itemId) {
      const segment = segmentOf(itemId);
      const rows = await db.recordSegments.bulkGet(RECORD_KINDS.map((kind) => [kind, segment] as [string, number]));
      const out = { routes: [], adoptions: [], instructions: [], penalties: [] } as ItemRecords;
      rows.forEach((row, i) => {
        const kind = RECORD_KINDS[i] as RecordKind;
        if (!row) return;
        row.records.forEach((record, j) => {
          if ((record as { itemId?: string }).itemId !== itemId) return;
          (out[kind] as StoredRecord<RecordKind>[]).push({
            key: recordKey(kind, segment, row.seqs[j] as number),
            record,
          });
        });
      });
      return out;
    },
    loadRecordSet: () => loadRecordSet(db),
    importRecordSet: (records, onProgress) => importRecordSet(db, records, onProgress, now),
  };
}

/** See {@link RecordsRepository.loadRecordSet}; one read transaction, so the set is consistent. */
export function loadRecordSet(db: CaibianDb): Promise<RecordSet> {
  const tables = [db.units, db.itemHeads, db.recordSegments, db.commissions, db.urgentEvents];
  return db.transaction('r', tables, async () => {
    const [units, heads, segments, commissions, urgentEvents] = await Promise.all([
      db.units.toArray(),
      db.itemHeads.toArray(),
      db.recordSegments.toArray(),
      db.commissions.toArray(),
      db.urgentEvents.toArray(),
    ]);
    return recordSetOf({ units, heads, segments, commissions, urgentEvents });
  });
}
