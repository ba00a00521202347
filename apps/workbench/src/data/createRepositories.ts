import type { Problem, Result } from '@caibian/core';
import type { RestoreSummary } from './backup.ts';
import { type BulletinsRepository, createBulletinsRepository } from './bulletinsRepository.ts';
import type { CaibianDb } from './db.ts';
import {
  createDraftsRepository,
  createVersionsRepository,
  type DraftsRepository,
  type VersionsRepository,
} from './draftsRepository.ts';
import { withStorageErrors } from './errors.ts';
import { createStorageHealth, type StorageHealth, type StorageManagerLike } from './health.ts';
import { createItemsRepository, type ItemsRepository } from './itemsRepository.ts';
import { createMaterialsRepository, type MaterialsRepository } from './materialsRepository.ts';
import { createNotesRepository, type NotesRepository } from './notesRepository.ts';
import { createRecordsRepository, type RecordsRepository } from './recordsRepository.ts';
import { createSchemesRepository, type SchemesRepository } from './schemesRepository.ts';
import { createSettingsRepository, type SettingsRepository } from './settingsRepository.ts';
import { createTrackingRepository, type TrackingRepository } from './trackingRepository.ts';
import { createUnitsRepository, type UnitsRepository } from './unitsRepository.ts';

/** Whole-database backup and restore. */
export interface BackupRepository {
  /** The whole database as one versioned JSON file. */
  export(): Promise<Blob>;
  /** Validates and restores a backup, all or nothing; problems carry JSON paths and Chinese messages. */
  restore(file: Blob | string): Promise<Result<RestoreSummary, Problem>>;
}

/** The repositories components read and write data through: the only way to the database. */
export interface Repositories {
  readonly notes: NotesRepository;
  readonly units: UnitsRepository;
  readonly items: ItemsRepository;
  readonly records: RecordsRepository;
  readonly tracking: TrackingRepository;
  readonly drafts: DraftsRepository;
  readonly versions: VersionsRepository;
  readonly schemes: SchemesRepository;
  readonly bulletins: BulletinsRepository;
  readonly materials: MaterialsRepository;
  readonly settings: SettingsRepository;
  readonly backup: BackupRepository;
  readonly health: StorageHealth;
}

/**
 * Every repository over `db`, each function wrapped so that IndexedDB failures arrive as named errors
 * with Chinese messages (`StorageFullError`, `VersionChangedError`). Once another tab opens a newer version,
 * the connection is closed and every call fails with `VersionChangedError` (show the reload banner from
 * `health.onVersionChange`). `now` stamps saved rows.
 *
 * @example
 * const db = new CaibianDb();
 * const repositories = createRepositories(db, { now: () => new Date() });
 * root.render(<RepositoriesProvider repositories={repositories}><App /></RepositoriesProvider>);
 */
export function createRepositories(
  db: CaibianDb,
  options: { now?: () => Date; storage?: StorageManagerLike } = {},
): Repositories {
  const now = options.now ?? (() => new Date());
  // Dexie 4 would silently reopen this tab's connection under the newer schema another tab installed and
  // keep writing rows of the old shape. Stop instead: close for good and refuse every further call.
  let stale = false;
  db.on('versionchange', () => {
    stale = true;
    db.close({ disableAutoOpen: true });
  });
  const guard = <T extends object>(repository: T): T => withStorageErrors(repository as never, () => stale) as T;
  return {
    notes: guard(createNotesRepository(db, now)),
    units: guard(createUnitsRepository(db)),
    items: guard(createItemsRepository(db, now)),
    records: guard(createRecordsRepository(db, now)),
    tracking: guard(createTrackingRepository(db)),
    drafts: guard(createDraftsRepository(db, now)),
    versions: guard(createVersionsRepository(db)),
    schemes: guard(createSchemesRepository(db, now)),
    bulletins: guard(createBulletinsRepository(db, now)),
    materials: guard(createMaterialsRepository(db, now)),
    settings: guard(createSettingsRepository(db)),
    backup: guard({
      // Loaded when first used: the backup format's validation (zod schemas) is not part of the first screen.
      export: () => import('./backup.ts').then((m) => m.exportBackup(db, now())),
      restore: (file: Blob | string) => import('./backup.ts').then((m) => m.restoreBackup(db, file)),
    }),
    health: 'storage' in options ? createStorageHealth(db, options.storage) : createStorageHealth(db),
  };
}
