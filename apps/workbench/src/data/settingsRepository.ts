import type { CaibianDb } from './db.ts';

/** Settings: JSON values under string keys (e.g. 本单位, the bulletins' names, the current scheme). */
export interface SettingsRepository {
  /** The value under `key`, or `fallback` when it was never set. */
  get<T>(key: string, fallback: T): Promise<T>;
  set(key: string, value: unknown): Promise<void>;
  /** Every setting, as an object. */
  all(): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/** A {@link SettingsRepository} over `db`. */
export function createSettingsRepository(db: CaibianDb): SettingsRepository {
  return {
    async get<T>(key: string, fallback: T) {
      const row = await db.settings.get(key);
      return row === undefined ? fallback : (row.value as T);
    },
    async set(key, value) {
      await db.settings.put({ key, value });
    },
    async all() {
      return Object.fromEntries((await db.settings.toArray()).map((row) => [row.key, row.value]));
    },
    remove: (key) => db.settings.delete(key),
  };
}
