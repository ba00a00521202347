import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { VersionChangedError } from '../errors.ts';
import { readRankingInputs } from '../readRankingInputs.ts';
import { openTestDb, smallRecordSet } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe("the ranking worker's own read", () => {
  it('gives the records, in the same order, the settings and the schemes the repositories give', async () => {
    const t = openTestDb();
    db = t.db;
    await t.repos.records.importRecordSet(smallRecordSet());
    await t.repos.settings.set('ourUnit', '单位0001');
    await t.repos.schemes.save({ id: 'county', name: '县级计分办法', formatVersion: 1, document: { a: 1 } });
    await t.repos.schemes.save({ id: 'county', name: '县级计分办法', formatVersion: 1, document: { a: 2 } });

    const read = await readRankingInputs({ indexedDB: t.factory, name: db.name, settings: ['ourUnit', 'scheme'] });
    expect(read.records).toEqual(await t.repos.records.loadRecordSet());
    expect(read.records.adoptions).toHaveLength(300);
    expect(read.settings).toEqual({ ourUnit: '单位0001' });
    expect(read.schemes).toEqual(await t.repos.schemes.list());
    expect(read.schemes[0]?.revision).toBe(2);

    const savedOnly = await readRankingInputs({ indexedDB: t.factory, name: db.name, records: false });
    expect(savedOnly.records.adoptions).toEqual([]);
    expect(savedOnly.schemes).toHaveLength(1);
  });

  it('reads a database that does not exist yet as empty, without creating it', async () => {
    const factory = new IDBFactory();
    const read = await readRankingInputs({ indexedDB: factory, name: 'never-opened', settings: ['scheme'] });
    expect(read.records.items).toEqual([]);
    expect(read.settings).toEqual({});
    expect(await factory.databases()).toEqual([]);
  });

  it('refuses a database a newer version of the workbench upgraded', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('newer', 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(readRankingInputs({ indexedDB: factory, name: 'newer' })).rejects.toBeInstanceOf(VersionChangedError);
  });
});
