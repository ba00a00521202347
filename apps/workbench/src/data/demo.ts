import type { CommissionId, EventId, ItemId, RecordSet, UnitId } from '@caibian/core';
import type { Repositories } from './createRepositories.ts';
import type { CaibianDb, NoteRow } from './db.ts';
import { guardStorage } from './errors.ts';
import type { ImportProgress } from './importRecordSet.ts';
import type { ItemAction } from './itemRows.ts';
import type { SegmentRow } from './rows.ts';

/** Notes a new demo database starts with. */
export const DEMO_NOTES: readonly Omit<NoteRow, 'id'>[] = [
  { text: '周五前催报：城关镇、石桥镇一季度经验材料（约稿）', createdAt: '2024-03-04T09:00:00+08:00' },
  { text: '《报阅》第12期拟用：柳溪镇茶叶产业带动村集体增收做法', createdAt: '2024-03-05T15:20:00+08:00' },
];

/**
 * Fills a database with demo notes when it is first created (never touches an existing one).
 * Used by `pnpm start`, which builds the workbench with `VITE_CAIBIAN_DEMO=1`.
 */
export function seedDemoOnCreate(db: CaibianDb): void {
  db.on('populate', (tx) => {
    tx.table('notes').bulkAdd(DEMO_NOTES.map((note) => ({ ...note })));
  });
}

/** A workflow step applied to a demo item after the import (送审, 退改, 签发). */
export interface DemoStep {
  itemId: ItemId;
  action: ItemAction;
  comment?: string;
  signer?: string;
}

/** Demo data as generated: the records, the workflow of the newest items, and the settings it suggests. */
export interface DemoDataset {
  records: RecordSet;
  workflow: DemoStep[];
  settings: { ourUnit: UnitId; scheme: string };
}

/** Settings key of the list of demo rows (the manifest): present exactly while demo data is loaded. */
export const DEMO_MANIFEST_KEY = 'demo';
/** Settings key set when the user declined or removed the demo: it is then never offered or loaded again. */
export const DEMO_DECLINED_KEY = 'demoDeclined';

/** Every row the demo wrote, so that it can be removed without touching the user's own data. */
export interface DemoManifest {
  version: 1;
  loadedAt: string;
  units: UnitId[];
  items: ItemId[];
  commissions: CommissionId[];
  urgentEvents: EventId[];
  /** Settings the demo set (only those that were unset before), with the value it set. */
  settings: Record<string, unknown>;
}

/** Where the demo stands: loaded, offered (an empty database never offered before), or neither. */
export type DemoState = 'loaded' | 'offer' | 'none';

/** Loads and removes demo data; every function maps storage failures into named errors. */
export interface DemoData {
  state(): Promise<DemoState>;
  /** Writes the manifest first, then imports the records in one transaction and applies the workflow. */
  load(dataset: DemoDataset, onProgress?: (progress: ImportProgress) => void): Promise<void>;
  /** Removes every demo row (and the demo notes, if unchanged) in one transaction. Returns rows removed. */
  remove(): Promise<number>;
  /** Stops offering the demo. */
  decline(): Promise<void>;
}

async function isEmpty(repositories: Repositories): Promise<boolean> {
  const [units, items] = await Promise.all([
    repositories.units.list(),
    repositories.items.list({}, { offset: 0, limit: 1 }),
  ]);
  return units.length === 0 && items.total === 0;
}

/**
 * Demo data over `db`: loaded through `records.importRecordSet` and the items repository, tracked in a
 * manifest (settings key `demo`), removed in one transaction over every table it touched.
 *
 * @example
 * const demo = createDemoData(db, repositories);
 * if ((await demo.state()) === 'offer') await demo.load(generateDemo({ today: '2026-11-26' }));
 */
export function createDemoData(
  db: CaibianDb,
  repositories: Repositories,
  now: () => Date = () => new Date(),
): DemoData {
  return {
    async state() {
      if (await repositories.settings.get<DemoManifest | null>(DEMO_MANIFEST_KEY, null)) return 'loaded';
      if (await repositories.settings.get(DEMO_DECLINED_KEY, false)) return 'none';
      return (await isEmpty(repositories)) ? 'offer' : 'none';
    },
    async load(dataset, onProgress) {
      const { records } = dataset;
      const settings: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(dataset.settings)) {
        if ((await repositories.settings.get<unknown>(key, undefined)) === undefined) settings[key] = value;
      }
      const manifest: DemoManifest = {
        version: 1,
        loadedAt: now().toISOString(),
        units: records.units.map((u) => u.id),
        items: records.items.map((i) => i.id),
        commissions: records.commissions.map((c) => c.id),
        urgentEvents: records.urgentEvents.map((e) => e.id),
        settings,
      };
      // The manifest goes first: whatever happens next, every demo row can be found and removed.
      await repositories.settings.set(DEMO_MANIFEST_KEY, manifest);
      await repositories.records.importRecordSet(records, onProgress);
      const at = now().toISOString();
      for (const step of dataset.workflow) {
        await repositories.items.transition(step.itemId, step.action, {
          at,
          by: '科长',
          ...(step.comment !== undefined && { comment: step.comment }),
          ...(step.signer !== undefined && { signer: step.signer }),
        });
      }
      for (const [key, value] of Object.entries(settings)) await repositories.settings.set(key, value);
    },
    remove: () => guardStorage(() => removeDemo(db)),
    decline: () => repositories.settings.set(DEMO_DECLINED_KEY, true),
  };
}

/** Removes the rows of the manifest in one transaction; see {@link DemoData.remove}. */
async function removeDemo(db: CaibianDb): Promise<number> {
  const tables = [
    db.units,
    db.items,
    db.itemHeads,
    db.recordSegments,
    db.commissions,
    db.urgentEvents,
    db.drafts,
    db.itemVersions,
    db.settings,
    db.notes,
  ];
  return db.transaction('rw', tables, async () => {
    const row = await db.settings.get(DEMO_MANIFEST_KEY);
    const manifest = row?.value as DemoManifest | undefined;
    if (!manifest) return 0;
    const items = new Set<string>(manifest.items);
    const units = new Set<string>(manifest.units);
    let removed = 0;
    const segments = await db.recordSegments.toArray();
    const changed: SegmentRow[] = [];
    for (const segment of segments) {
      const keep = segment.records.map((r) => {
        const record = r as { itemId?: string; unitId?: string };
        return (
          !(record.itemId !== undefined && items.has(record.itemId)) &&
          !(record.unitId !== undefined && units.has(record.unitId))
        );
      });
      if (keep.every(Boolean)) continue;
      removed += keep.filter((k) => !k).length;
      changed.push({
        ...segment,
        seqs: segment.seqs.filter((_, i) => keep[i]),
        records: segment.records.filter((_, i) => keep[i]),
      } as SegmentRow);
    }
    await db.recordSegments.bulkPut(changed);
    const heads = await db.itemHeads.toArray();
    await db.itemHeads.bulkPut(heads.map((h) => ({ ...h, heads: h.heads.filter((head) => !items.has(head.id)) })));
    await db.items.bulkDelete(manifest.items);
    await db.drafts.bulkDelete(manifest.items);
    for (const id of manifest.items) {
      await db.itemVersions
        .where('[itemId+revision]')
        .between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true)
        .delete();
    }
    // A unit the user's own items still name stays, so that nothing of theirs points nowhere.
    const stillNamed = new Set((await db.items.toArray()).flatMap((i) => i.unitIds as string[]));
    const goneUnits = manifest.units.filter((id) => !stillNamed.has(id));
    await db.units.bulkDelete(goneUnits);
    await db.commissions.bulkDelete(manifest.commissions);
    await db.urgentEvents.bulkDelete(manifest.urgentEvents);
    for (const [key, value] of Object.entries(manifest.settings)) {
      const current = await db.settings.get(key);
      if (current && JSON.stringify(current.value) === JSON.stringify(value)) await db.settings.delete(key);
    }
    const ourUnit = await db.settings.get('ourUnit');
    if (ourUnit && goneUnits.includes(ourUnit.value as UnitId)) await db.settings.delete('ourUnit');
    const notes = await db.notes.toArray();
    const demoNotes = notes.filter((n) => DEMO_NOTES.some((d) => d.text === n.text && d.createdAt === n.createdAt));
    await db.notes.bulkDelete(demoNotes.map((n) => n.id));
    await db.settings.delete(DEMO_MANIFEST_KEY);
    await db.settings.put({ key: DEMO_DECLINED_KEY, value: true });
    return (
      removed +
      manifest.items.length +
      goneUnits.length +
      manifest.commissions.length +
      manifest.urgentEvents.length +
      demoNotes.length
    );
  });
}
