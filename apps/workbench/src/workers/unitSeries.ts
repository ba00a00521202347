import type { LedgerEntry, RecordSet, ScoreResult, UnitScore } from '@caibian/core';
import { monthPeriod, type Period, rankGroups, runningPeriod } from '@caibian/stats';
import type { Datum, MonthFigure, TargetFigure, Targets, UnitSeries } from './rankingTypes.ts';

/** What {@link unitSeries} needs: the records, a scored period with its ledger, and monthly totals. */
export interface UnitSeriesInput {
  readonly records: RecordSet;
  /** The chosen period scored with its ledger (for points by level and publication). */
  readonly result: ScoreResult;
  readonly unitId: string;
  readonly targets: Targets;
  /** Unit totals of any period (the scorer, indexed once). */
  readonly monthly: (period: Period) => readonly UnitScore[];
}

const pct = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;

/** Points of `entries` summed by a key, largest first. */
function sumBy(entries: readonly LedgerEntry[], key: (e: LedgerEntry) => string | null): Datum[] {
  const sums = new Map<string, number>();
  for (const e of entries) {
    const k = key(e);
    if (k !== null) sums.set(k, (sums.get(k) ?? 0) + e.points);
  }
  return [...sums]
    .map(([label, value]) => ({ label, value: Math.round(value * 100) / 100 }))
    .sort((a, b) => b.value - a.value);
}

/**
 * Our unit's chart series for the year of the result's period: rank, score, items submitted and adopted
 * and the adoption rate per month (up to the period's end), points by level and by publication in the
 * period, and progress against the year's targets.
 */
export function unitSeries(input: UnitSeriesInput): UnitSeries {
  const { records, result, unitId, targets } = input;
  const period = result.period;
  const year = Number(period.to.slice(0, 4));
  const lastMonth = Number(period.to.slice(5, 7));
  const unit = result.units.find((u) => u.unitId === unitId);
  const own = new Set<string>([unitId, ...(unit?.members ?? [])]);
  const items = new Set<string>();
  for (const item of records.items) if (item.units.some((u) => own.has(u.unitId))) items.add(item.id);
  const submitted = Array.from({ length: 12 }, () => new Set<string>());
  const adopted = Array.from({ length: 12 }, () => new Set<string>());
  const prefix = `${year}-`;
  for (const r of records.routes) {
    if (r.date.startsWith(prefix) && items.has(r.itemId)) submitted[Number(r.date.slice(5, 7)) - 1]?.add(r.itemId);
  }
  for (const a of records.adoptions) {
    if (a.date.startsWith(prefix) && items.has(a.itemId)) adopted[Number(a.date.slice(5, 7)) - 1]?.add(a.itemId);
  }
  const months: MonthFigure[] = [];
  for (let m = 1; m <= lastMonth; m += 1) {
    const units = input.monthly(monthPeriod(year, m));
    const group = units.find((u) => u.unitId === unitId)?.group;
    const row = group === undefined ? undefined : rankGroups(units, group)[0]?.rows.find((r) => r.unitId === unitId);
    const s = submitted[m - 1]?.size ?? 0;
    const a = adopted[m - 1]?.size ?? 0;
    months.push({
      month: `${m}月`,
      rank: row?.rank ?? null,
      score: row?.score ?? null,
      submitted: s,
      adopted: a,
      rate: s > 0 ? pct(a, s) : null,
    });
  }
  const ours = result.ledger.filter((e) => e.unitId === unitId);
  const byLevel = sumBy(ours, (e) => {
    if (e.record.kind === 'adoption') return `${records.adoptions[e.record.index]?.level ?? ''}级采用`;
    if (e.record.kind === 'route') return `报送${records.routes[e.record.index]?.level ?? ''}`;
    if (e.record.kind === 'instruction') return `${records.instructions[e.record.index]?.rank ?? ''}级批示`;
    return e.record.kind === 'penalty' ? '扣分' : '基础分';
  });
  const byPublication = sumBy(ours, (e) =>
    e.record.kind === 'adoption' ? (records.adoptions[e.record.index]?.publication ?? null) : null,
  );
  const running = input.monthly(runningPeriod(year, lastMonth)).find((u) => u.unitId === unitId);
  const yearScore = running?.total ?? 0;
  const sumOf = (list: readonly Set<string>[]) => list.slice(0, lastMonth).reduce((n, s) => n + s.size, 0);
  const target = (label: string, actual: number, goal: number): TargetFigure => ({
    label,
    actual: Math.round(actual * 100) / 100,
    target: goal,
    percent: goal > 0 ? pct(actual, goal) : 0,
  });
  return {
    unitId,
    name: unit?.name ?? unitId,
    year,
    months,
    byLevel,
    byPublication,
    targets: [
      target('报送条数', sumOf(submitted), targets.submitted),
      target('采用条数', sumOf(adopted), targets.adopted),
      target('得分', yearScore, targets.score),
    ],
  };
}
