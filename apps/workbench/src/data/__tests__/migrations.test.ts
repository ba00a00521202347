import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories.ts';
import { CaibianDb } from '../db.ts';
import { upgradeTables } from '../migrations.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, TABLE_NAMES } from '../schema.ts';
import { type DatabaseFixture, materialiseFixture } from './materialiseFixture.ts';
import { smallRecordSet } from './testDb.ts';

/** Every saved database under `__fixtures__/caibian-v{n}.json`, by schema version. */
const fixturesDir = join(import.meta.dirname, '..', '__fixtures__');
const FIXTURES: Record<number, DatabaseFixture> = Object.fromEntries(
  readdirSync(fixturesDir)
    .map((file) => /^caibian-v(\d+)\.json$/.exec(file))
    .filter((m) => m !== null)
    .map((m) => [Number(m[1]), JSON.parse(readFileSync(join(fixturesDir, m[0]), 'utf8')) as DatabaseFixture]),
);

let db: CaibianDb | undefined;
afterEach(() => {
  db?.close();
});

it('has a saved fixture for every earlier schema version, declaring the stores that version declared', () => {
  for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) {
    const fixture = FIXTURES[version];
    expect(fixture, `fixture for version ${version}`).toBeDefined();
    const declared = SCHEMA_VERSIONS[version as keyof typeof SCHEMA_VERSIONS];
    expect(Object.keys(fixture?.stores ?? {}).sort()).toEqual(Object.keys(declared).sort());
  }
});

describe.each(Object.entries(FIXTURES))('a database saved at schema version %s', (version, fixture) => {
  async function openUpgraded() {
    const factory = new IDBFactory();
    await materialiseFixture(factory, 'caibian', fixture);
    db = new CaibianDb('caibian', { indexedDB: factory, IDBKeyRange });
    await db.open();
    return { db, repos: createRepositories(db, { now: () => new Date('2024-03-07T00:00:00.000Z') }) };
  }

  it(`opens at version ${CURRENT_SCHEMA_VERSION} with every earlier row intact`, async () => {
    const { db } = await openUpgraded();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const [table, rows] of Object.entries(fixture.rows)) {
      expect(await db.table(table).toArray(), `table ${table} from version ${version}`).toEqual(rows);
    }
  });

  it('keeps working through the repositories: notes, a new note after the old ids, and an import', async () => {
    const { repos } = await openUpgraded();
    expect((await repos.notes.list()).map((n) => n.id)).toEqual([5, 2, 1]);
    const added = await repos.notes.add('升级后新建的便签');
    expect(added.id).toBe(6);
    await repos.records.importRecordSet(smallRecordSet());
    expect((await repos.records.loadRecordSet()).adoptions).toHaveLength(300);
  });

  it('upgrades a backup made at that version the same way', () => {
    const tables = upgradeTables(fixture.rows, Number(version));
    expect(Object.keys(tables).sort()).toEqual([...TABLE_NAMES].sort());
    for (const [table, rows] of Object.entries(fixture.rows))
      expect(tables[table as keyof typeof tables]).toEqual(rows);
  });
});
