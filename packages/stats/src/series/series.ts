import type { IsoDate, LedgerEntry, Level, RecordSet, Scheme, UnitId, UnitScore } from '@caibian/core';
import type { PeriodRanking, PeriodRow } from '../rank/rankPeriods.ts';

/** A period on a chart's x axis. */
export interface SeriesPeriod {
  /** As a notice prints it: 2024年3月. */
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** One unit's line: `values[k]` belongs to `periods[k]` of its {@link LineSeries}; null is a gap. */
export interface SeriesLine {
  readonly unitId: UnitId;
  readonly name: string;
  readonly group: string;
  readonly values: readonly (number | null)[];
}

/**
 * Lines over periods, as plain data: x = `periods`, one line per unit (in the order of the first ranking's rows,
 * group by group). For a line chart: `periods.map((p, k) => ({ x: p.label, [line.unitId]: line.values[k] }))`.
 */
export interface LineSeries {
  readonly periods: readonly SeriesPeriod[];
  readonly lines: readonly SeriesLine[];
}

/**
 * Bars by key, as plain data: `keys` are the categories (levels, publications), and each row a unit with
 * `values[k]` for `keys[k]` and their `total`. Rows are in ranking order when built from a ranking.
 */
export interface Breakdown {
  readonly keys: readonly string[];
  readonly rows: readonly {
    readonly unitId: UnitId;
    readonly name: string;
    readonly group: string;
    readonly values: readonly number[];
    readonly total: number;
  }[];
}

function lines(rankings: readonly PeriodRanking[], value: (row: PeriodRow) => number | null): LineSeries {
  const periods = rankings.map(({ period }) => ({ label: period.label, from: period.from, to: period.to }));
  const order: PeriodRow[] = [];
  const seen = new Set<UnitId>();
  for (const ranking of rankings) {
    for (const g of ranking.groups) {
      for (const row of g.rows) {
        if (seen.has(row.unitId)) continue;
        seen.add(row.unitId);
        order.push(row);
      }
    }
  }
  const byPeriod = rankings.map((r) => new Map(r.groups.flatMap((g) => g.rows.map((row) => [row.unitId, row]))));
  return {
    periods,
    lines: order.map((u) => ({
      unitId: u.unitId,
      name: u.name,
      group: u.group,
      values: byPeriod.map((rows) => {
        const row = rows.get(u.unitId);
        return row === undefined ? null : value(row);
      }),
    })),
  };
}

/**
 * Rank over periods (e.g. the twelve months): a line per unit, values are ranks within its group (1 = top).
 *
 * @example
 * rankSeries(rankPeriods(scheme, records, monthsOf(2024))).lines[0]; // { name: '海州区', values: [3, 1, 1, …] }
 */
export function rankSeries(rankings: readonly PeriodRanking[]): LineSeries {
  return lines(rankings, (row) => row.rank);
}

/** Score over periods: a line per unit, values are scores (null for an average with nothing to average). */
export function scoreSeries(rankings: readonly PeriodRanking[]): LineSeries {
  return lines(rankings, (row) => row.score);
}

/** Adoption rate at `level` over periods (0–1; null when nothing was submitted). Needs rankings with figures. */
export function adoptionRateSeries(rankings: readonly PeriodRanking[], level: Level): LineSeries {
  return lines(rankings, (row) => row.figures?.byLevel[level].rate ?? null);
}

/**
 * Progress on a target over periods: values are `actual ÷ target` (1 = met; null without a target). Needs
 * rankings made with targets.
 */
export function targetProgressSeries(rankings: readonly PeriodRanking[], figure: 'submitted' | 'adopted'): LineSeries {
  return lines(rankings, (row) => row.targets?.[figure].ratio ?? null);
}

/** The keys of {@link pointsByLevel}: the four levels, then 其他 (quotas, penalties, attachments). */
export const LEVEL_KEYS = ['县', '市', '省', '国家', '其他'] as const;

/** Clause ids of quotas (base points cite a route but belong to no level), from the schemes. */
function quotaIds(schemes: Scheme | readonly Scheme[] | undefined): ReadonlySet<string> {
  const list: readonly Scheme[] = schemes === undefined ? [] : Array.isArray(schemes) ? schemes : [schemes as Scheme];
  return new Set(list.flatMap((s) => (s.quotas ?? []).map((q) => q.id)));
}

/** Where a ledger entry's points come from, by level: an adoption's or route's level, an instruction's rank. */
function levelOf(entry: LedgerEntry, records: RecordSet, quotas: ReadonlySet<string>): string {
  const { kind, index } = entry.record;
  if (quotas.has(entry.clause.id)) return '其他';
  if (kind === 'adoption') return records.adoptions[index]?.level ?? '其他';
  if (kind === 'route') return records.routes[index]?.level ?? '其他';
  if (kind === 'instruction') return records.instructions[index]?.rank ?? '其他';
  return '其他';
}

/** Where a ledger entry's points come from, by publication: the adoption's (or instruction's) publication. */
function publicationOf(entry: LedgerEntry, records: RecordSet, quotas: ReadonlySet<string>): string {
  const { kind, index } = entry.record;
  if (quotas.has(entry.clause.id)) return '基础分';
  if (kind === 'adoption') return records.adoptions[index]?.publication ?? '其他';
  if (kind === 'instruction') return records.instructions[index]?.publication ?? '领导批示';
  if (kind === 'route') return '报送';
  if (kind === 'penalty') return '扣分';
  return '其他';
}

function breakdown(
  units: readonly UnitScore[],
  ledger: readonly LedgerEntry[],
  keyOf: (entry: LedgerEntry) => string,
  fixedKeys: readonly string[] | null,
): Breakdown {
  const keys = [...(fixedKeys ?? [])];
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const sums = new Map<UnitId, Map<number, number>>();
  for (const entry of ledger) {
    const key = keyOf(entry);
    let k = keyIndex.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      keyIndex.set(key, k);
    }
    let row = sums.get(entry.unitId);
    if (row === undefined) {
      row = new Map();
      sums.set(entry.unitId, row);
    }
    row.set(k, (row.get(k) ?? 0) + entry.points);
  }
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  return {
    keys,
    rows: units.map((u) => {
      const row = sums.get(u.unitId);
      const values = keys.map((_, k) => round(row?.get(k) ?? 0));
      return { unitId: u.unitId, name: u.name, group: u.group, values, total: u.total };
    }),
  };
}

/**
 * Points by level, from a ledger: per unit, the points earned at 县, 市, 省, 国家 and 其他; the values add up to
 * the unit's total. `units` gives the rows and their order (e.g. a ranking's rows or `result.units`); pass the
 * schemes so that quota (base) points count as 其他.
 *
 * @example
 * const result = score(scheme, records, { period });
 * pointsByLevel(result.units, result.ledger, records).rows[0]; // { name: '海州区', values: [0, 33, 30, 0, 0], total: 63 }
 */
export function pointsByLevel(
  units: readonly UnitScore[],
  ledger: readonly LedgerEntry[],
  records: RecordSet,
  schemes?: Scheme | readonly Scheme[],
): Breakdown {
  const quotas = quotaIds(schemes);
  return breakdown(units, ledger, (e) => levelOf(e, records, quotas), LEVEL_KEYS);
}

/**
 * Points by publication, from a ledger: keys are the publications as recorded (in order of first appearance),
 * then 报送 (route points), 领导批示 (instructions without a publication), 基础分 (quotas, given the schemes), 扣分
 * and 其他 as they occur.
 */
export function pointsByPublication(
  units: readonly UnitScore[],
  ledger: readonly LedgerEntry[],
  records: RecordSet,
  schemes?: Scheme | readonly Scheme[],
): Breakdown {
  const quotas = quotaIds(schemes);
  return breakdown(units, ledger, (e) => publicationOf(e, records, quotas), null);
}
