import { itemId } from '@caibian/core';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaibianDb } from '../db.ts';
import { mapStorageError, StorageFullError, VersionChangedError } from '../errors.ts';
import { draftItem, fillDiskOn, openTestDb, smallRecordSet } from './testDb.ts';

let db: CaibianDb | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('a full disk', () => {
  it('gives a Chinese message promising nothing saved is lost, and keeps every earlier row', async () => {
    const t = openTestDb();
    db = t.db;
    const full = fillDiskOn(t.db, ['items']);
    await t.repos.items.save(draftItem('Q-1'), { baseRevision: 0 });
    await t.repos.notes.add('周五前催报');
    full.on = true;

    const failed = t.repos.items.save(draftItem('Q-2'), { baseRevision: 0 });
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(/^存储空间已满.*之前已保存的内容都还在，不会丢失/);

    full.on = false;
    expect((await t.repos.items.get(itemId('Q-1')))?.item.title).toBe('关于Q-1的信息');
    expect(await t.repos.items.get(itemId('Q-2'))).toBeUndefined();
    expect(await t.repos.versions.list(itemId('Q-2'))).toEqual([]);
    expect((await t.repos.notes.list()).map((n) => n.text)).toEqual(['周五前催报']);
  });

  it('stops an import with nothing written', async () => {
    const t = openTestDb();
    db = t.db;
    const full = fillDiskOn(t.db, ['recordSegments']);
    full.on = true;
    await expect(t.repos.records.importRecordSet(smallRecordSet())).rejects.toBeInstanceOf(StorageFullError);
    expect(await t.db.items.count()).toBe(0);
    expect(await t.db.units.count()).toBe(0);
  });

  it('stops a restore with every table as it was', async () => {
    const t = openTestDb();
    db = t.db;
    const full = fillDiskOn(t.db, ['items']);
    await t.repos.records.importRecordSet(smallRecordSet());
    await t.repos.notes.add('恢复前的便签');
    const file = await t.repos.backup.export();
    await t.repos.notes.add('备份之后的便签');
    full.on = true;
    await expect(t.repos.backup.restore(file)).rejects.toBeInstanceOf(StorageFullError);
    full.on = false;
    expect((await t.repos.notes.list()).map((n) => n.text)).toEqual(['备份之后的便签', '恢复前的便签']);
    expect(await t.db.items.count()).toBe(100);
  });

  it('is recognised however IndexedDB and Dexie wrap it', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(mapStorageError({ name: 'AbortError', inner: quota })).toBeInstanceOf(StorageFullError);
    expect(mapStorageError(new Dexie.AbortError('aborted', quota))).toBeInstanceOf(StorageFullError);
    expect(mapStorageError(new Dexie.BulkError('bulk', { 0: quota }))).toBeInstanceOf(StorageFullError);
    expect(mapStorageError(new Dexie.VersionError('newer'))).toBeInstanceOf(VersionChangedError);
    const other = new Dexie.ConstraintError('dup');
    expect(mapStorageError(other)).toBe(other);
  });
});
