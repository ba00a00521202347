/**
 * `pnpm bench:stats`: ranks a year of generated records (1,000,000 adoptions with routes and instructions, 2,000
 * units in 4 groups) under the lianyungang preset for every month and the year, against the same yearly totals
 * computed by SQLite (better-sqlite3, in memory, one GROUP BY with the points table joined); checks they agree;
 * prints medians, peak memory, one incremental update, and a table at 10k, 100k and 1M records.
 *
 * "Ours" starts from the record objects (as `caibian score` holds them after reading a workbook, each table's
 * rows allocated one after another) and includes indexing them; SQLite's loading of the rows is not timed.
 */
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createScorer, getPreset, type IsoDate, type ItemId, type RecordSet } from '@caibian/core';
import { createIncrementalRanking } from '../src/incremental/incrementalRanking.ts';
import { monthsOf, yearPeriod } from '../src/period/period.ts';
import { rankGroups } from '../src/rank/rankGroups.ts';
import { rankPeriods } from '../src/rank/rankPeriods.ts';
import { generateRecords } from './generate.ts';
import { loadDatabase, loadSqlite, SQLITE_PACKAGE, sqlTotals } from './sqlite.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const log = (line: string) => console.log(line);
const scheme = getPreset('lianyungang');
const YEAR = yearPeriod(2024);
const PERIODS = [...monthsOf(2024), YEAR];
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Median wall time of `runs` calls; the heap is collected before each, so runs start alike. */
function time(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * "Ours": index a fresh record set (a new object, so no cached index), score the 12 months and the year, and
 * rank every group of each (ledger off, no figures, no previous-period changes).
 */
function oursLedgerOff(records: RecordSet) {
  return rankPeriods(scheme, { ...records }, PERIODS, { figures: false, previous: false });
}

/** The same with the ledger on: every point tied to its record and clause. */
function oursLedgerOn(records: RecordSet) {
  const scorer = createScorer(scheme, { ...records });
  let entries = 0;
  for (const period of PERIODS) {
    const result = scorer.score({ period, ledger: true });
    entries += result.ledger.length;
    rankGroups(result.units);
  }
  return entries;
}

interface Row {
  readonly records: number;
  readonly rows: number;
  readonly ours: number;
  readonly ledger: number;
  readonly sqlite: number;
  readonly incremental: number;
}

function measure(size: number, Sqlite: ReturnType<typeof loadSqlite>): Row {
  const records = generateRecords({ adoptions: size });
  const rows = records.adoptions.length + records.routes.length + records.instructions.length;
  log(
    `\n— ${size.toLocaleString('en')} 条采用：${records.items.length} 条信息，${records.routes.length} 条报送，` +
      `${records.instructions.length} 条批示，${records.units.length} 个单位`,
  );
  const runs = size >= 1_000_000 ? 5 : 9;
  // Untimed runs first (both paths), so that the smallest size does not measure the JIT compiling the engine.
  for (let warm = 0; warm < 3; warm++) {
    oursLedgerOff(records);
    oursLedgerOn(records);
  }
  const ours = time(runs, () => oursLedgerOff(records));
  const ledger = time(size >= 1_000_000 ? 3 : 5, () => oursLedgerOn(records));

  log('  SQLite：载入数据（不计时）…');
  const db = loadDatabase(Sqlite, records);
  let sql = new Map<string, number>();
  const sqlite = time(runs, () => {
    sql = sqlTotals(db, YEAR.from, YEAR.to);
  });
  db.close();

  const year = oursLedgerOff(records).at(-1);
  let checked = 0;
  for (const group of year?.groups ?? []) {
    for (const row of group.rows) {
      const theirs = sql.get(row.unitId) ?? 0;
      if (Math.abs(theirs - row.total) > 1e-6)
        throw new Error(`总分不一致：${row.unitId} ours=${row.total} sqlite=${theirs}`);
      checked++;
    }
  }
  log(`  年度总分与 SQLite 一致：${checked} 个单位`);

  const live = createIncrementalRanking(scheme, records, PERIODS);
  const items = records.items;
  const updates: number[] = [];
  for (let k = 0; k < 21; k++) {
    const item = items[(k * 7919) % items.length];
    if (item === undefined) continue;
    const t = performance.now();
    live.add('adoptions', {
      itemId: item.id as ItemId,
      level: '省',
      publication: '信息简报',
      date: '2024-06-15' as IsoDate,
    });
    updates.push(performance.now() - t);
  }
  const cost = live.lastUpdate();
  log(
    `  增量更新：只重新计分所改信息（改前、改后各一次，13 个期间），${cost.units.length} 个单位的总分变化，` +
      `读 ${cost.records} 条记录，所在分组按二分查找调整`,
  );
  return { records: size, rows, ours, ledger, sqlite, incremental: median(updates) };
}

const cacheDir = resolve(import.meta.dirname, '../../../.cache/bench');
log(`bench:stats — lianyungang，2,000 个单位 4 个分组，2024 全年；SQLite：${SQLITE_PACKAGE}（内存库）`);
log('“ours” = 建立索引（全新记录集，无缓存）+ 12 个月和全年共 13 个期间计分 + 每个分组排名；');
log('SQLite = 同一批记录（采用、报送、批示）按单位一次 GROUP BY 求全年总分（连接分值表），不含载入。');
log('每个规模先不计时运行一次（JIT 预热），每次计时前先做一次垃圾回收；取中位数。');
const Sqlite = loadSqlite(cacheDir, log);
const table: Row[] = [];
for (const size of SIZES) {
  table.push(measure(size, Sqlite));
  log(`  峰值内存（RSS）：${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
log('\n采用记录数   记录行数    ours(账本关)   ours(账本开)   SQLite      比值(关)  比值(开)  增量更新');
for (const r of table) {
  log(
    `${r.records.toLocaleString('en').padStart(10)}  ${r.rows.toLocaleString('en').padStart(10)}  ` +
      `${fmt(r.ours).padStart(10)} ms  ${fmt(r.ledger).padStart(10)} ms  ${fmt(r.sqlite).padStart(8)} ms  ` +
      `${fmt(r.ours / r.sqlite, 3).padStart(7)}  ${fmt(r.ledger / r.sqlite, 3).padStart(7)}  ${fmt(r.incremental, 3)} ms`,
  );
}
const first = table[0];
const last = table.at(-1);
if (first && last) {
  // Linear growth: time = fixed + slope × records. The fixed part is per unit and period (2,000 units × 13
  // periods of results and rankings), the slope per record; the slope between successive sizes stays alike.
  const slopes = table.slice(1).map((r, k) => {
    const before = table[k] as Row;
    return ((r.ours - before.ours) / (r.records - before.records)) * 1000;
  });
  const fixed = first.ours - ((slopes[0] ?? 0) / 1000) * first.records;
  log(
    `线性增长：相邻规模之间每条采用的增量耗时 ${slopes.map((x) => `${fmt(x, 2)} µs`).join('，')}` +
      `（线性时相近）；固定部分约 ${fmt(fixed)} ms（2,000 个单位 × 13 个期间的结果与排名，与记录数无关）`,
  );
  log(`目标：比值(关) ≤ 0.25，比值(开) ≤ 1.0，增量更新 ≤ 1 ms`);
  log(`峰值内存（RSS）：${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  log(
    `bench:stats records=${last.records} ours_ms=${Math.round(last.ours)} sqlite_ms=${Math.round(last.sqlite)} ` +
      `ratio=${(last.ours / last.sqlite).toFixed(3)} incremental_ms=${last.incremental.toFixed(3)}`,
  );
}
