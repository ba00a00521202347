import type { Problem, Result } from '@caibian/core';
import { exportBackup, type RestoreSummary, restoreBackup } from './backup.ts';
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
 * with Chinese messages (`StorageFullError`, `VersionChangedError`). `now` stamps saved rows.
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
  return {
    notes: withStorageErrors(createNotesRepository(db, now)),
    units: withStorageErrors(createUnitsRepository(db)),
    items: withStorageErrors(createItemsRepository(db, now)),
    records: withStorageErrors(createRecordsRepository(db, now)),
    tracking: withStorageErrors(createTrackingRepository(db)),
    drafts: withStorageErrors(createDraftsRepository(db, now)),
    versions: withStorageErrors(createVersionsRepository(db)),
    schemes: withStorageErrors(createSchemesRepository(db, now)),
    bulletins: withStorageErrors(createBulletinsRepository(db, now)),
    materials: withStorageErrors(createMaterialsRepository(db, now)),
    settings: withStorageErrors(createSettingsRepository(db)),
    backup: withStorageErrors({
      export: () => exportBackup(db, now()),
      restore: (file: Blob | string) => restoreBackup(db, file),
    }),
    health: 'storage' in options ? createStorageHealth(db, options.storage) : createStorageHealth(db),
  };
}
