import { createScorer, type RecordSet, type ScoreResult, type Scorer, type UnitScore } from '@caibian/core';
import { previousPeriod, rankGroups } from '@caibian/stats';
import { ledgerLines } from './ledgerLines.ts';
import type {
  CompareView,
  DataSummary,
  LedgerView,
  NoticeData,
  PeriodRef,
  RankingView,
  RankRow,
  SchemeRef,
  Targets,
  UnitSeries,
} from './rankingTypes.ts';
import { unitSeries } from './unitSeries.ts';

/** Scores and ranks one loaded record set under any scheme; plain functions, run inside the worker. */
export interface RankingEngine {
  summary(): DataSummary;
  rank(scheme: SchemeRef, period: PeriodRef, group?: string, ourUnitId?: string): RankingView;
  ledger(scheme: SchemeRef, period: PeriodRef, unitId: string): LedgerView;
  series(scheme: SchemeRef, period: PeriodRef, unitId: string, targets: Targets): UnitSeries;
  compare(a: SchemeRef, b: SchemeRef, period: PeriodRef, group?: string): CompareView;
  notice(scheme: SchemeRef, period: PeriodRef): NoticeData;
}

const SCORER_CACHE = 8;

/**
 * An engine over `records`: the records are indexed once (core keeps the index per record set) and one
 * scorer is kept per scheme key (the last {@link SCORER_CACHE}), so switching period or group only scores.
 *
 * @example
 * const engine = createRankingEngine(await records.loadRecordSet());
 * engine.rank({ key: 'preset:lianyungang', scheme: getPreset('lianyungang') }, monthPeriod(2024, 3));
 */
export function createRankingEngine(records: RecordSet, loadMs = 0): RankingEngine {
  const scorers = new Map<string, Scorer>();
  const scorerOf = (ref: SchemeRef): Scorer => {
    let scorer = scorers.get(ref.key);
    if (scorer) {
      scorers.delete(ref.key);
    } else {
      scorer = createScorer(ref.scheme, records);
      if (scorers.size >= SCORER_CACHE) scorers.delete(scorers.keys().next().value as string);
    }
    scorers.set(ref.key, scorer);
    return scorer;
  };
  let lastLedger: { key: string; result: ScoreResult } | null = null;
  const withLedger = (ref: SchemeRef, period: PeriodRef): ScoreResult => {
    const key = `${ref.key}|${period.from}|${period.to}`;
    if (lastLedger?.key !== key) lastLedger = { key, result: scorerOf(ref).score({ period, ledger: true }) };
    return lastLedger.result;
  };
  const totals = (ref: SchemeRef, period: PeriodRef) => scorerOf(ref).score({ period, ledger: false }).units;
  const groupsOf = (units: readonly UnitScore[]) => [...new Set(units.map((u) => u.group))];

  const rankPeriod = (ref: SchemeRef, period: PeriodRef, group: string): RankRow[] => {
    const current = rankGroups(totals(ref, period), group)[0]?.rows ?? [];
    const before = previousPeriod(period);
    const previous = new Map(
      before ? (rankGroups(totals(ref, before), group)[0]?.rows ?? []).map((r) => [r.unitId as string, r]) : [],
    );
    return current.map((r) => {
      const p = previous.get(r.unitId);
      return {
        unitId: r.unitId,
        name: r.name,
        group: r.group,
        rank: r.rank,
        score: r.score,
        total: r.total,
        scoredItems: r.scoredItems,
        disqualified: r.disqualified,
        previousRank: p ? p.rank : null,
        rankChange: p ? p.rank - r.rank : null,
        scoreChange: p && p.score !== null && r.score !== null ? round(r.score - p.score) : null,
      };
    });
  };

  return {
    summary: () => summarise(records, loadMs),
    rank(ref, period, group, ourUnitId) {
      const units = totals(ref, period);
      const groups = groupsOf(units);
      const ourGroup = units.find((u) => u.unitId === ourUnitId)?.group;
      const chosen = group && groups.includes(group) ? group : (ourGroup ?? groups[0] ?? '');
      const rows = rankPeriod(ref, period, chosen);
      const ours = rows.find((r) => r.unitId === ourUnitId) ?? null;
      return { period, schemeName: ref.scheme.name, groups, group: chosen, rows, ours };
    },
    ledger(ref, period, unitId) {
      const result = withLedger(ref, period);
      const unit = result.units.find((u) => u.unitId === unitId);
      const lines = ledgerLines(records, result.ledger, unitId);
      return { unitId, name: unit?.name ?? unitId, period, lines, total: unit?.total ?? 0 };
    },
    series(ref, period, unitId, targets) {
      const result = withLedger(ref, period);
      return unitSeries({ records, result, unitId, targets, monthly: (p) => totals(ref, p) });
    },
    compare(a, b, period, group) {
      const unitsA = totals(a, period);
      const chosen = group && groupsOf(unitsA).includes(group) ? group : (groupsOf(unitsA)[0] ?? '');
      const rowsA = rankGroups(unitsA, chosen)[0]?.rows ?? [];
      const rowsB = new Map((rankGroups(totals(b, period), chosen)[0]?.rows ?? []).map((r) => [r.unitId as string, r]));
      const rows = rowsA
        .map((ra) => {
          const rb = rowsB.get(ra.unitId);
          const rankB = rb?.rank ?? ra.rank;
          return {
            unitId: ra.unitId,
            name: ra.name,
            rankA: ra.rank,
            scoreA: ra.score,
            rankB,
            scoreB: rb?.score ?? null,
            change: ra.rank - rankB,
          };
        })
        .sort((x, y) => x.rankB - y.rankB || x.rankA - y.rankA);
      const changed = rows.filter((r) => r.change !== 0).length;
      return { period, group: chosen, nameA: a.scheme.name, nameB: b.scheme.name, rows, changed };
    },
    notice(ref, period) {
      const units = totals(ref, period);
      const groups = groupsOf(units).map((group) => ({ group, rows: rankPeriod(ref, period, group) }));
      return { period, schemeName: ref.scheme.name, groups };
    },
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Sizes, the span of dates and the ranked units of `records`. */
export function summarise(records: RecordSet, loadMs = 0): DataSummary {
  let first: string | null = null;
  let last: string | null = null;
  const see = (date: string) => {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  };
  for (const r of records.routes) see(r.date);
  for (const r of records.adoptions) see(r.date);
  for (const r of records.instructions) see(r.date);
  const units = records.units
    .filter((u) => !u.parentId)
    .map((u) => ({ id: u.id as string, name: u.name, group: u.group ?? '全部' }));
  const count = records.routes.length + records.adoptions.length + records.instructions.length;
  return {
    items: records.items.length,
    records: count + records.penalties.length,
    firstDate: first,
    lastDate: last,
    units,
    loadMs,
  };
}
