import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { generateRecordSet, scaled } from '../storage-bench/generate.ts';
import { createRepositories } from './createRepositories.ts';
import { CaibianDb } from './db.ts';
import { VersionChangedError } from './errors.ts';
import type { VersionChange } from './health.ts';
import { RECORD_KINDS } from './rows.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, TABLE_NAMES } from './schema.ts';

/** Real IndexedDB in Chromium: what fake-indexeddb cannot vouch for. */

const names: string[] = [];
function open(name: string) {
  if (!names.includes(name)) names.push(name);
  const db = new CaibianDb(name);
  return { db, repos: createRepositories(db, { now: () => new Date('2024-03-05T08:30:00.000Z') }) };
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

it('keeps an import across a reopened database, with record keys and item pages intact', async () => {
  const set = generateRecordSet(scaled(0.01), 7);
  const first = open('browser-import');
  await first.repos.records.importRecordSet(set);
  const someItem = set.items[10]?.id;
  if (!someItem) throw new Error('generator made too few items');
  const before = await first.repos.records.forItem(someItem);
  first.db.close();

  const again = open('browser-import');
  const loaded = await again.repos.records.loadRecordSet();
  for (const kind of RECORD_KINDS) expect(loaded[kind]).toHaveLength(set[kind].length);
  expect(await again.repos.records.forItem(someItem)).toEqual(before);
  const page = await again.repos.items.list({ status: '已报送' }, { offset: 0, limit: 20 });
  expect(page.total).toBe(set.items.length);
  expect(page.rows.map((r) => r.date)).toEqual([...page.rows.map((r) => r.date)].sort().reverse());
  again.db.close();
});

it('round-trips every table through a backup file in real IndexedDB', async () => {
  const { db, repos } = open('browser-backup');
  await repos.records.importRecordSet(generateRecordSet(scaled(0.002), 3));
  await repos.notes.add('备份测试');
  await repos.settings.set('office', { name: '某县政府办' });
  const before = await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()));
  const file = await repos.backup.export();
  await Promise.all(TABLE_NAMES.map((name) => db.table(name).clear()));
  expect((await repos.backup.restore(file)).ok).toBe(true);
  expect(await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()))).toEqual(before);
  db.close();
});

it('stops with a reload message when another connection opens a newer version', async () => {
  const { db, repos } = open('browser-version');
  await repos.notes.add('升级前');
  const changes: VersionChange[] = [];
  repos.health.onVersionChange((change) => changes.push(change));
  const newer = new Dexie('browser-version');
  const current = SCHEMA_VERSIONS[CURRENT_SCHEMA_VERSION];
  newer.version(CURRENT_SCHEMA_VERSION).stores(current);
  newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...current, settings: 'key, updatedAt' });
  await newer.open();
  expect(changes).toEqual([{ reason: 'upgrade', newVersion: CURRENT_SCHEMA_VERSION + 1 }]);
  await expect(repos.notes.list()).rejects.toBeInstanceOf(VersionChangedError);
  newer.close();
  db.close();
});

it('reports the storage usage and quota Chromium grants', async () => {
  const { repos } = open('browser-usage');
  await repos.notes.add('占用一点空间');
  const usage = await repos.health.usage();
  expect(usage?.quota).toBeGreaterThan(0);
  expect(['granted', 'denied']).toContain(await repos.health.requestPersistence());
});
