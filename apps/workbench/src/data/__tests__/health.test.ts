import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { VersionChangedError } from '../errors.ts';
import { requestPersistence, storageUsage, type VersionChange } from '../health.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema.ts';
import { openTestDb } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

const storage = (persisted: boolean, grant: boolean) => ({
  persisted: async () => persisted,
  persist: async () => grant,
  estimate: async () => ({ usage: 5 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 }),
});

it('asks for lasting storage and reports usage, or says the browser cannot', async () => {
  expect(await requestPersistence(storage(false, true))).toBe('granted');
  expect(await requestPersistence(storage(false, false))).toBe('denied');
  expect(await requestPersistence(storage(true, false))).toBe('granted');
  expect(await requestPersistence(undefined)).toBe('unsupported');
  expect(await storageUsage(storage(true, true))).toEqual({ usage: 5_242_880, quota: 2_147_483_648, persisted: true });
  expect(await storageUsage(undefined)).toBeNull();
});

it('tells the page when another tab opens a newer version, and then fails with a Chinese message', async () => {
  const t = openTestDb();
  db = t.db;
  await t.repos.notes.add('升级前的便签');
  const changes: VersionChange[] = [];
  const stop = t.repos.health.onVersionChange((change) => changes.push(change));

  const newer = new Dexie(t.db.name, { indexedDB: t.factory, IDBKeyRange });
  const current = SCHEMA_VERSIONS[CURRENT_SCHEMA_VERSION];
  newer.version(CURRENT_SCHEMA_VERSION).stores(current);
  newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...current, settings: 'key, updatedAt' });
  await newer.open();

  expect(changes).toEqual([{ reason: 'upgrade', newVersion: CURRENT_SCHEMA_VERSION + 1 }]);
  const failed = t.repos.notes.list();
  await expect(failed).rejects.toBeInstanceOf(VersionChangedError);
  await expect(failed).rejects.toThrow('采编台已在另一个标签页中更新到新版本');
  expect((await newer.table('notes').toArray()).map((n) => n.text)).toEqual(['升级前的便签']);
  stop();
  newer.close();
});
