import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { warmDatabase } from '../warmDatabase.ts';
import { openTestDb } from './testDb.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

it('creates no database when there is none yet', async () => {
  const factory = new IDBFactory();
  warmDatabase(factory, 'caibian');
  await settle();
  expect(await factory.databases()).toEqual([]);
});

it('leaves an existing database as it was, closing its connection so the app can open and upgrade it', async () => {
  const { db, repos, factory } = openTestDb();
  await repos.settings.set('ourUnit', '单位0001');
  db.close();
  warmDatabase(factory, db.name);
  await settle();
  await db.open();
  expect(await repos.settings.get('ourUnit', null)).toBe('单位0001');
  await db.delete();
});
