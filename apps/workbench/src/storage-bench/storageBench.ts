import type { RecordSet } from '@caibian/core';
import Dexie from 'dexie';
import { CaibianDb } from '../data/db.ts';
import { importRecordSet } from '../data/importRecordSet.ts';
import { loadRecordSet } from '../data/recordsRepository.ts';
import { segmentOf } from '../data/segments.ts';

/** Figures of one benchmark run, in milliseconds unless named otherwise. */
export type BenchFigures = Record<string, number>;

const ms = (start: number) => Math.round(performance.now() - start);

/**
 * The app's own path: imports `set` with `importRecordSet` into a fresh database, reopens it and reads
 * every scoring record back with `loadRecordSet`. Reports the import time per phase.
 */
export async function benchAppPath(set: RecordSet, options: { relaxed?: boolean } = {}): Promise<BenchFigures> {
  const name = `bench-app-${options.relaxed ? 'relaxed' : 'default'}`;
  await Dexie.delete(name);
  const dbOptions = options.relaxed ? { chromeTransactionDurability: 'relaxed' as const } : {};
  const db = new CaibianDb(name, dbOptions);
  const phases: Record<string, number> = {};
  let last = performance.now();
  const start = last;
  await importRecordSet(db, set, (p) => {
    const now = performance.now();
    phases[p.phase] = (phases[p.phase] ?? 0) + (now - last);
    last = now;
  });
  const importMs = ms(start);
  db.close();
  const reopened = new CaibianDb(name, dbOptions);
  await reopened.open();
  let t = performance.now();
  const loaded = await loadRecordSet(reopened);
  const loadMs = ms(t);
  t = performance.now();
  const segments = await reopened.recordSegments.toArray();
  const segmentsMs = ms(t);
  t = performance.now();
  const heads = await reopened.itemHeads.toArray();
  const headsMs = ms(t);
  t = performance.now();
  const itemRows = await reopened.items.toArray();
  const itemRowsMs = ms(t);
  reopened.close();
  await Dexie.delete(name);
  return {
    import_ms: importMs,
    import_items_ms: Math.round((phases.items ?? 0) + (phases.units ?? 0)),
    import_records_ms: Math.round(
      (phases.routes ?? 0) + (phases.adoptions ?? 0) + (phases.instructions ?? 0) + (phases.penalties ?? 0),
    ),
    load_record_set_ms: loadMs,
    loaded_records: loaded.routes.length + loaded.adoptions.length + loaded.instructions.length,
    read_record_segments_ms: segmentsMs,
    record_segments: segments.length,
    read_item_heads_ms: headsMs,
    item_head_rows: heads.length,
    read_all_item_rows_ms: itemRowsMs,
    item_rows: itemRows.length,
  };
}

/** Alternatives for items: one row each without indexes, and chunks of 500 items per row. */
export async function benchItemLayouts(set: RecordSet): Promise<BenchFigures> {
  const db = new Dexie('bench-items');
  db.version(1).stores({ plain: 'id', chunks: 'chunk' });
  await db.open();
  let t = performance.now();
  await db.transaction('rw', db.table('plain'), async () => {
    for (let i = 0; i < set.items.length; i += 2_000) {
      await db.table('plain').bulkPut(set.items.slice(i, i + 2_000));
    }
  });
  const plainMs = ms(t);
  t = performance.now();
  await db.transaction('rw', db.table('chunks'), async () => {
    const rows = [];
    for (let i = 0; i < set.items.length; i += 500) rows.push({ chunk: i / 500, items: set.items.slice(i, i + 500) });
    for (let i = 0; i < rows.length; i += 20) await db.table('chunks').bulkPut(rows.slice(i, i + 20));
  });
  const chunksMs = ms(t);
  t = performance.now();
  const chunks = await db.table('chunks').toArray();
  const chunksReadMs = ms(t);
  db.close();
  await Dexie.delete('bench-items');
  return {
    items_per_row_no_index_write_ms: plainMs,
    items_chunked_500_write_ms: chunksMs,
    items_chunked_read_all_ms: chunksReadMs,
    items_chunked_rows: chunks.length,
  };
}

type Columns = Record<string, unknown[]>;

function toColumns(records: readonly object[]): Columns {
  const columns: Columns = {};
  records.forEach((record, i) => {
    for (const [key, value] of Object.entries(record)) {
      let column = columns[key];
      if (!column) {
        column = new Array(records.length);
        columns[key] = column;
      }
      column[i] = value;
    }
  });
  return columns;
}

function fromColumns(columns: Columns, length: number): object[] {
  const keys = Object.keys(columns);
  const out: object[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const record: Record<string, unknown> = {};
    for (const key of keys) {
      const value = columns[key]?.[i];
      if (value !== undefined) record[key] = value;
    }
    out[i] = record;
  }
  return out;
}

/**
 * Alternatives for scoring records: one row per adoption (the naive layout, on at most `perRowLimit`
 * adoptions), and columnar segments (one array per field) for routes, adoptions and instructions.
 */
export async function benchRecordLayouts(set: RecordSet, perRowLimit = 50_000): Promise<BenchFigures> {
  const db = new Dexie('bench-records');
  db.version(1).stores({ perRow: '++id, itemId', columnar: '[kind+segment]' });
  await db.open();
  const sample = set.adoptions.slice(0, perRowLimit);
  let t = performance.now();
  await db.transaction('rw', db.table('perRow'), async () => {
    for (let i = 0; i < sample.length; i += 5_000) await db.table('perRow').bulkAdd(sample.slice(i, i + 5_000));
  });
  const perRowWrite = ms(t);
  t = performance.now();
  const perRowRead = (await db.table('perRow').toArray()).length;
  const perRowReadMs = ms(t);

  t = performance.now();
  await db.transaction('rw', db.table('columnar'), async () => {
    for (const kind of ['routes', 'adoptions', 'instructions'] as const) {
      const groups = new Map<number, object[]>();
      for (const record of set[kind]) {
        const segment = segmentOf(record.itemId);
        const list = groups.get(segment) ?? [];
        list.push(record);
        groups.set(segment, list);
      }
      const rows = [...groups].map(([segment, records]) => ({
        kind,
        segment,
        length: records.length,
        columns: toColumns(records),
      }));
      for (let i = 0; i < rows.length; i += 32) await db.table('columnar').bulkPut(rows.slice(i, i + 32));
    }
  });
  const columnarWrite = ms(t);
  db.close();
  const reopened = new Dexie('bench-records');
  reopened.version(1).stores({ perRow: '++id, itemId', columnar: '[kind+segment]' });
  t = performance.now();
  const rows = (await reopened.table('columnar').toArray()) as { length: number; columns: Columns }[];
  const columnarRawMs = ms(t);
  let rebuilt = 0;
  for (const row of rows) rebuilt += fromColumns(row.columns, row.length).length;
  const columnarReadMs = ms(t);
  reopened.close();
  await Dexie.delete('bench-records');
  return {
    per_row_adoptions: sample.length,
    per_row_adoptions_write_ms: perRowWrite,
    per_row_adoptions_read_ms: perRowReadMs,
    per_row_read_rows: perRowRead,
    columnar_import_ms: columnarWrite,
    columnar_read_raw_ms: columnarRawMs,
    columnar_read_and_rebuild_ms: columnarReadMs,
    columnar_records: rebuilt,
  };
}
