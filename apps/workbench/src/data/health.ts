import type { CaibianDb } from './db.ts';

/** How much the browser lets the workbench store, and whether it may evict the data. */
export interface StorageUsage {
  /** Bytes used by this site. */
  usage: number;
  /** Bytes this site may use. */
  quota: number;
  /** True when the browser promised not to evict the data under storage pressure. */
  persisted: boolean;
}

/** The part of `navigator.storage` used here (passed in, so tests and old browsers can supply one). */
export type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

const defaultStorage = (): StorageManagerLike | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);

/**
 * Asks the browser to keep the data even under storage pressure (`navigator.storage.persist()`).
 * Returns `'granted'`, `'denied'` or `'unsupported'` (no Storage API, e.g. an old browser).
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<'granted' | 'denied' | 'unsupported'> {
  if (!storage?.persist) return 'unsupported';
  if (await storage.persisted?.()) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}

/** The storage used and allowed (`navigator.storage.estimate()`); `null` when the browser cannot tell. */
export async function storageUsage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageUsage | null> {
  if (!storage?.estimate) return null;
  const estimate = await storage.estimate();
  const persisted = (await storage.persisted?.()) ?? false;
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/** Why the database stopped: a newer version opened in another tab, or the database was deleted or closed. */
export interface VersionChange {
  reason: 'upgrade' | 'deleted' | 'closed';
  /** The schema version the other tab opens (Dexie's numbering), when known. */
  newVersion?: number;
}

/**
 * Calls `listener` when another tab opens a newer version of the database (or deletes it) and this tab's
 * connection is closed so the other can proceed, or when the browser closes the database. Show a banner
 * asking to reload; repository calls made afterwards fail with `VersionChangedError`. Returns an
 * unsubscribe function.
 *
 * @example
 * useEffect(() => health.onVersionChange(() => setBanner(true)), [health]);
 */
export function onVersionChange(db: CaibianDb, listener: (change: VersionChange) => void): () => void {
  // Dexie also fires `close` when it closes the connection for a version change: report that once.
  let changed = false;
  const versionchange = (event: IDBVersionChangeEvent) => {
    changed = true;
    const next = event.newVersion;
    listener(next ? { reason: 'upgrade', newVersion: next / 10 } : { reason: 'deleted' });
  };
  const close = () => {
    if (!changed) listener({ reason: 'closed' });
  };
  db.on('versionchange', versionchange);
  db.on('close', close);
  return () => {
    db.on('versionchange').unsubscribe(versionchange);
    db.on('close').unsubscribe(close);
  };
}

/** Storage health for the interface: persistence, usage and the version-change banner. */
export interface StorageHealth {
  requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'>;
  usage(): Promise<StorageUsage | null>;
  onVersionChange(listener: (change: VersionChange) => void): () => void;
}

/** A {@link StorageHealth} over `db` and the browser's storage manager. */
export function createStorageHealth(
  db: CaibianDb,
  storage: StorageManagerLike | undefined = defaultStorage(),
): StorageHealth {
  return {
    requestPersistence: () => requestPersistence(storage),
    usage: () => storageUsage(storage),
    onVersionChange: (listener) => onVersionChange(db, listener),
  };
}
