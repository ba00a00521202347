/**
 * The SQLite side of the stats benchmark: installs better-sqlite3 on demand into a git-ignored cache (it is a
 * native module; keeping it out of package.json spares every CI install a node-gyp build), loads the generated
 * rows into an in-memory database and computes per-unit yearly totals with one GROUP BY joined to a points table.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RecordSet } from '@caibian/core';

/** The exact version installed (12.x, as the issue asks). */
export const SQLITE_PACKAGE = 'better-sqlite3@12.9.0';

interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction(fn: () => void): () => void;
  close(): void;
}

/** Loads better-sqlite3 from `cacheDir`, installing it there first when missing (printing what it does). */
export function loadSqlite(cacheDir: string, log: (line: string) => void): new (file: string) => Database {
  const entry = join(cacheDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(entry)) {
    log(`安装 ${SQLITE_PACKAGE} 到 ${cacheDir}（仅基准测试使用，不写入 package.json；从源码编译约需 1–2 分钟）…`);
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--allow-scripts=better-sqlite3',
        '--prefix',
        cacheDir,
        SQLITE_PACKAGE,
      ],
      { stdio: 'inherit' },
    );
  }
  const require = createRequire(join(cacheDir, 'package.json'));
  return require('better-sqlite3') as new (
    file: string,
  ) => Database;
}

/** lianyungang's published points, written out by hand (independent of the engine), for a row key. */
export function publishedPoints(key: string): number {
  const [kind, level, publication, form, category] = key.split('|');
  if (kind === 'R')
    return level === '省' && publication === '转报' ? 2 : level === '国家' && publication === '转报' ? 10 : 0;
  if (kind === 'I') {
    if (level === '市') return publication === '政务建议' ? 10 : 5;
    return level === '省' ? 50 : level === '国家' ? 100 : 0;
  }
  if (level === '国家') return 50;
  if (level === '市') {
    if (publication === '昨日情况') return form === '简讯' ? 1 : 3;
    return publication === '政务建议' ? 20 : publication === '专报信息' ? 3 : 0;
  }
  if (level === '省') {
    if (publication === '信息简报' || publication === '江苏信息摘编') return 10;
    if (publication === '专报信息') return category === '调研' ? 30 : 20;
    return publication === '互联网信息摘编' ? 5 : 0;
  }
  return 0;
}

const bare = (publication: string | undefined) => (publication ?? '').replace(/[《》\s]/g, '');

/** An in-memory database holding `records` as events (adoptions, routes, instructions), item units and points. */
export function loadDatabase(Sqlite: new (file: string) => Database, records: RecordSet): Database {
  const db = new Sqlite(':memory:');
  db.exec(`CREATE TABLE item_units (item TEXT NOT NULL, unit TEXT NOT NULL, share REAL NOT NULL);
    CREATE TABLE events (item TEXT NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL);
    CREATE TABLE points (key TEXT PRIMARY KEY, points REAL NOT NULL);`);
  const category = new Map(records.items.map((i) => [i.id as string, i.category ?? '']));
  const unitRow = db.prepare('INSERT INTO item_units VALUES (?, ?, ?)');
  const eventRow = db.prepare('INSERT INTO events VALUES (?, ?, ?)');
  const keys = new Set<string>();
  const event = (item: string, key: string, date: string) => {
    keys.add(key);
    eventRow.run(item, key, date);
  };
  db.transaction(() => {
    for (const item of records.items) {
      for (const u of item.units) unitRow.run(item.id, u.unitId, 1 / item.units.length);
    }
    for (const a of records.adoptions) {
      event(a.itemId, `A|${a.level}|${bare(a.publication)}|${a.form ?? ''}|${category.get(a.itemId) ?? ''}`, a.date);
    }
    for (const r of records.routes) event(r.itemId, `R|${r.level}|${r.kind}`, r.date);
    for (const i of records.instructions) event(i.itemId, `I|${i.rank}|${bare(i.publication)}`, i.date);
  })();
  const pointRow = db.prepare('INSERT INTO points VALUES (?, ?)');
  db.transaction(() => {
    for (const key of keys) pointRow.run(key, publishedPoints(key));
  })();
  db.exec('CREATE INDEX item_units_item ON item_units (item)');
  return db;
}

/** The SQL of the yearly totals: one GROUP BY over the events, the points table joined. */
export const TOTALS_SQL = `SELECT iu.unit AS unit, SUM(p.points * iu.share) AS total
  FROM events e JOIN points p ON p.key = e.key JOIN item_units iu ON iu.item = e.item
  WHERE e.date BETWEEN ? AND ? GROUP BY iu.unit`;

/** Per-unit totals for [from, to] by SQL. */
export function sqlTotals(db: Database, from: string, to: string): Map<string, number> {
  const rows = db.prepare(TOTALS_SQL).all(from, to) as { unit: string; total: number }[];
  return new Map(rows.map((r) => [r.unit, r.total]));
}
