import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import { moveIssueLayouts } from './migrations.ts';
import type {
  BulletinRow,
  CommissionRow,
  DraftRow,
  ItemHeadSegmentRow,
  ItemRow,
  MaterialRow,
  NoteRow,
  SchemeRow,
  SegmentRow,
  SettingRow,
  UnitRow,
  UrgentEventRow,
  VersionRow,
} from './rows.ts';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema.ts';

export type { NoteRow } from './rows.ts';
export { DATABASE_NAME } from './schema.ts';

/**
 * The workbench's IndexedDB database. Every schema change adds a new `version(n)` below (declared in
 * `schema.ts`), with an upgrade step when existing rows must change; earlier versions stay as they are.
 *
 * - Version 1: `notes`.
 * - Version 2: adds units, items (one row each, plus their heads in segments), the scoring records in
 *   segments (`recordSegments`), commissions, urgent events, drafts, item versions, schemes, bulletins,
 *   materials and settings. Existing rows do not change, so there is no upgrade step.
 * - Version 3: the same tables and indexes; each issue's layout fields move from the settings
 *   `bulletins.issue.<id>` into its bulletin row (`layout`) by `migrations.ts`'s pure step, which a
 *   schema-2 backup goes through as well.
 *
 * Components never touch these tables: they go through the repositories (`createRepositories`).
 *
 * @example
 * const db = new CaibianDb(); // the app's database
 * const test = new CaibianDb('t1', { indexedDB: new IDBFactory(), IDBKeyRange }); // isolated
 */
export class CaibianDb extends Dexie {
  notes!: EntityTable<NoteRow, 'id'>;
  units!: Table<UnitRow, string>;
  items!: Table<ItemRow, string>;
  recordSegments!: Table<SegmentRow, [string, number]>;
  itemHeads!: Table<ItemHeadSegmentRow, number>;
  commissions!: Table<CommissionRow, string>;
  urgentEvents!: Table<UrgentEventRow, string>;
  drafts!: Table<DraftRow, string>;
  itemVersions!: EntityTable<VersionRow, 'id'>;
  schemes!: Table<SchemeRow, [string, number]>;
  bulletins!: Table<BulletinRow, string>;
  materials!: EntityTable<MaterialRow, 'id'>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]);
    this.version(3)
      .stores(SCHEMA_VERSIONS[3])
      .upgrade(async (tx) => {
        // The same pure step a schema-2 backup goes through, over the two tables it reads (both small).
        const settings = tx.table<SettingRow, string>('settings');
        const bulletins = tx.table<BulletinRow, string>('bulletins');
        const before = { settings: await settings.toArray(), bulletins: await bulletins.toArray() };
        const after = moveIssueLayouts(before) as typeof before;
        const keptKeys = new Set(after.settings.map((row) => row.key));
        await settings.bulkDelete(before.settings.map((row) => row.key).filter((key) => !keptKeys.has(key)));
        // Unchanged rows come back as the very same objects: only issues that gained a layout are written.
        await bulletins.bulkPut(after.bulletins.filter((row, i) => row !== before.bulletins[i]));
      });
  }
}
