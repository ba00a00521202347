import type { Item, RecordSet } from '@caibian/core';
import type { CaibianDb } from './db.ts';
import { headOf, importedStatus, LOCKED_STATUSES, toItemRow } from './itemRows.ts';
import {
  type ItemHeadSegmentRow,
  type ItemRow,
  RECORD_KINDS,
  type RecordKind,
  type RecordOfKind,
  type SegmentRow,
} from './rows.ts';
import { appendToSegment, emptySegment, segmentingId, segmentOf } from './segments.ts';

/** Where an import stands: `done` of `total` rows written, and the table being written. */
export interface ImportProgress {
  phase: 'units' | 'items' | RecordKind | 'commissions' | 'urgentEvents' | 'done';
  done: number;
  total: number;
}

/** What an import wrote: rows put by id, and records added or skipped as already stored. */
export interface ImportSummary {
  units: number;
  items: number;
  /**
   * Items already stored and signed off (已签发, 已报送) whose stored content was kept: what was signed is what
   * stays, as `items.save` guards it; their records (routes, adoptions…) are still imported.
   */
  kept: number;
  commissions: number;
  urgentEvents: number;
  added: Record<RecordKind, number>;
  skipped: Record<RecordKind, number>;
}

const ITEM_CHUNK = 2_000;
const SEGMENT_CHUNK = 32;

/**
 * Imports `records` into `db` in one transaction: everything is written or, if anything fails (a full
 * disk, a closed database), nothing is. Items new to the database start as 已报送 when routed, 已签发 when
 * signed, else 草稿; items already stored keep their workflow and get the imported content, except signed-off
 * ones, which keep their stored content (counted in `kept`).
 * `onProgress` is called after every chunk (a few thousand rows), so a progress bar can follow.
 *
 * @example
 * const summary = await importRecordSet(db, parsed.value, (p) => setPercent((100 * p.done) / p.total));
 */
export async function importRecordSet(
  db: CaibianDb,
  records: RecordSet,
  onProgress: (progress: ImportProgress) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<ImportSummary> {
  const recordCount = RECORD_KINDS.reduce((n, kind) => n + records[kind].length, 0);
  const total =
    records.units.length +
    records.items.length +
    recordCount +
    records.commissions.length +
    records.urgentEvents.length;
  let done = 0;
  const step = (phase: ImportProgress['phase'], n: number) => {
    done += n;
    onProgress({ phase, done, total });
  };
  const summary: ImportSummary = {
    units: records.units.length,
    items: records.items.length,
    kept: 0,
    commissions: records.commissions.length,
    urgentEvents: records.urgentEvents.length,
    added: { routes: 0, adoptions: 0, instructions: 0, penalties: 0 },
    skipped: { routes: 0, adoptions: 0, instructions: 0, penalties: 0 },
  };
  const tables = [db.units, db.items, db.itemHeads, db.recordSegments, db.commissions, db.urgentEvents];
  await db.transaction('rw', tables, async () => {
    await db.units.bulkPut(records.units);
    step('units', records.units.length);
    summary.kept = await putItems(db, records, now().toISOString(), (n) => step('items', n));
    for (const kind of RECORD_KINDS) {
      const { added, skipped } = await putRecords(db, kind, records[kind], (n) => step(kind, n));
      summary.added[kind] = added;
      summary.skipped[kind] = skipped;
    }
    await db.commissions.bulkPut(records.commissions);
    step('commissions', records.commissions.length);
    await db.urgentEvents.bulkPut(records.urgentEvents);
    step('urgentEvents', records.urgentEvents.length);
  });
  onProgress({ phase: 'done', done: total, total });
  return summary;
}

/** Puts the items (and their heads); returns how many signed-off items kept their stored content. */
async function putItems(
  db: CaibianDb,
  records: RecordSet,
  now: string,
  progress: (n: number) => void,
): Promise<number> {
  const routed = new Set<string>(records.routes.map((r) => r.itemId));
  const hadItems = (await db.items.count()) > 0;
  const written: Item[] = [];
  for (let start = 0; start < records.items.length; start += ITEM_CHUNK) {
    const chunk = records.items.slice(start, start + ITEM_CHUNK);
    const existing = hadItems ? await db.items.bulkGet(chunk.map((item) => item.id)) : [];
    const rows: ItemRow[] = [];
    chunk.forEach((item, i) => {
      const old = existing[i];
      if (old && LOCKED_STATUSES.includes(old.status)) return;
      written.push(item);
      rows.push(
        old
          ? toItemRow(item, { ...old, revision: old.revision + 1, updatedAt: now })
          : toItemRow(item, {
              status: importedStatus(item, routed.has(item.id)),
              comments: [],
              revision: 1,
              updatedAt: now,
            }),
      );
    });
    await db.items.bulkPut(rows);
    progress(chunk.length);
  }
  await putHeads(db, written);
  return records.items.length - written.length;
}

/** Puts the heads of `items` into their head segments (replacing a head with the same id). */
export async function putHeads(db: CaibianDb, items: readonly Item[]): Promise<void> {
  const bySegment = new Map<number, Item[]>();
  for (const item of items) {
    const segment = segmentOf(item.id);
    const list = bySegment.get(segment);
    if (list) list.push(item);
    else bySegment.set(segment, [item]);
  }
  const segments = [...bySegment.keys()];
  const existing = await db.itemHeads.bulkGet(segments);
  const rows = segments.map((segment, i): ItemHeadSegmentRow => {
    const old = existing[i]?.heads ?? [];
    const incoming = bySegment.get(segment) ?? [];
    const replaced = new Set(incoming.map((item) => item.id as string));
    const kept = old.length > 0 ? old.filter((head) => !replaced.has(head.id)) : old;
    return { segment, heads: [...kept, ...incoming.map(headOf)] };
  });
  await db.itemHeads.bulkPut(rows);
}

async function putRecords<K extends RecordKind>(
  db: CaibianDb,
  kind: K,
  records: readonly RecordOfKind[K][],
  progress: (n: number) => void,
): Promise<{ added: number; skipped: number }> {
  const bySegment = new Map<number, RecordOfKind[K][]>();
  for (const record of records) {
    const segment = segmentOf(segmentingId(kind, record));
    const list = bySegment.get(segment);
    if (list) list.push(record);
    else bySegment.set(segment, [record]);
  }
  const segments = [...bySegment.keys()];
  let added = 0;
  for (let start = 0; start < segments.length; start += SEGMENT_CHUNK) {
    const chunk = segments.slice(start, start + SEGMENT_CHUNK);
    const existing = await db.recordSegments.bulkGet(chunk.map((segment) => [kind, segment] as [string, number]));
    let written = 0;
    const rows = chunk.map((segment, i) => {
      const incoming = bySegment.get(segment) ?? [];
      written += incoming.length;
      const old = (existing[i] as SegmentRow<K> | undefined) ?? emptySegment(kind, segment);
      const next = appendToSegment(old, incoming);
      added += next.added;
      return next.row;
    });
    await db.recordSegments.bulkPut(rows);
    progress(written);
  }
  return { added, skipped: records.length - added };
}
