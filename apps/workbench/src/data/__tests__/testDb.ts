import { type Item, itemId, type RecordSet, unitId } from '@caibian/core';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { generateRecordSet, scaled } from '../../storage-bench/generate.ts';
import { createRepositories, type Repositories } from '../createRepositories.ts';
import { CaibianDb } from '../db.ts';

let run = 0;

/** A fresh database in its own in-memory IndexedDB, with repositories on a fixed clock. */
export function openTestDb(factory: IDBFactory = new IDBFactory()): {
  db: CaibianDb;
  repos: Repositories;
  factory: IDBFactory;
} {
  run += 1;
  const db = new CaibianDb(`test-${run}`, { indexedDB: factory, IDBKeyRange });
  const repos = createRepositories(db, { now: () => new Date('2024-03-05T08:30:00.000Z'), storage: undefined });
  return { db, repos, factory };
}

/**
 * For a test file (call at its top level): `open` gives a fresh test database, `track` adopts one opened
 * otherwise; every one is deleted after each test.
 */
export function deletedAfterEach(): { open: () => ReturnType<typeof openTestDb>; track: (db: CaibianDb) => void } {
  const opened: CaibianDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  const track = (db: CaibianDb) => {
    opened.push(db);
  };
  return {
    open: () => {
      const t = openTestDb();
      track(t.db);
      return t;
    },
    track,
  };
}

/** A small realistic record set (100 items, 100 routes, 300 adoptions, 50 instructions) plus two penalties. */
export function smallRecordSet(seed = 1): RecordSet {
  const set = generateRecordSet(scaled(0.001), seed);
  const first = set.items[0] as Item;
  set.penalties = [
    {
      unitId: first.units[0]?.unitId ?? unitId('单位0001'),
      kind: '迟报',
      date: '2024-01-09' as never,
      itemId: first.id,
    },
    { unitId: unitId('单位0002'), kind: '漏报', date: '2024-02-01' as never },
  ];
  return set;
}

/** A draft item of one unit. */
export function draftItem(id: string, overrides: Partial<Item> = {}): Item {
  return {
    id: itemId(id),
    title: `关于${id}的信息`,
    body: '我县推进营商环境改革，取得明显成效。',
    units: [{ unitId: unitId('宣汉县') }],
    secrecy: '无',
    attachments: [],
    tags: [],
    ...overrides,
  };
}

/** Records grouped by item id, keeping their order: what must survive storage exactly. */
export function byItem(records: readonly { itemId?: string }[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const record of records) {
    const key = record.itemId ?? '(none)';
    if (!out[key]) out[key] = [];
    out[key].push(record);
  }
  return out;
}

/** Call before the database opens. Makes every write to `tables` reject with the browser's QuotaExceededError while `full.on` is true. */
export function fillDiskOn(target: CaibianDb, tables: readonly string[]) {
  const full = { on: false };
  target.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            full.on && tables.includes(name)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
  return full;
}
