import {
  type CompileOptions,
  createScorer,
  type RecordSet,
  type Scheme,
  type ScoreResult,
  type UnitId,
  type UnitScore,
} from '@caibian/core';
import { emptyFigures, type UnitFigures, unitFigures } from '../figures/unitFigures.ts';
import { type Period, previousPeriod } from '../period/period.ts';
import { progress, type TargetProgress, type Targets, targetFor, targetsOf } from '../targets/targets.ts';
import { TIE_TOLERANCE } from './competitionRanks.ts';

/** One unit's row of a period's ranking. */
export interface PeriodRow extends UnitScore {
  /** Standard competition rank within the group (1, 2, 2, 4). */
  readonly rank: number;
  /** Rank and score in the previous period (null when there is none). */
  readonly previousRank: number | null;
  readonly previousScore: number | null;
  /** Places gained since the previous period (positive = moved up); null without a previous rank. */
  readonly rankChange: number | null;
  /** Score now minus score then; null when either is null. */
  readonly scoreChange: number | null;
  /** Items submitted, adopted, adoption rate and instructions by level; null when figures are off. */
  readonly figures: UnitFigures | null;
  /** Progress on the unit's targets; null without targets. */
  readonly targets: TargetProgress | null;
}

/** A period's ranking, group by group. */
export interface PeriodRanking {
  readonly period: Period;
  /** The period the changes are measured against (previousPeriod), or null. */
  readonly previous: Period | null;
  readonly method: ScoreResult['method'];
  readonly groups: readonly { readonly group: string; readonly rows: readonly PeriodRow[] }[];
}

/** Options of {@link rankPeriods}. */
export interface RankPeriodsOptions extends CompileOptions {
  /** Compare each period with its previous one (default true). */
  readonly previous?: boolean;
  /** Count items submitted, adopted and instructions per unit (default true). */
  readonly figures?: boolean;
  /** Targets to measure progress against (default none). */
  readonly targets?: Targets;
  /** Keep one group only. */
  readonly group?: string;
}

/**
 * Ranks every group for each period: scores (indexing the records once for all periods), ranks (ties share,
 * then the scheme's tie-breaks, null scores last), changes against the previous period, tracking figures and
 * target progress. Periods of any kind: month, quarter, year, range, running total (累计).
 *
 * @example
 * const [march] = rankPeriods(getPreset('lianyungang'), records, [monthPeriod(2024, 3)], { targets });
 * march.groups[0].rows[0]; // { name: '海州区', rank: 1, score: 63, rankChange: 2, figures: { submitted: 14, … } }
 */
export function rankPeriods(
  schemes: Scheme | readonly Scheme[],
  records: RecordSet,
  periods: readonly Period[],
  options: RankPeriodsOptions = {},
): PeriodRanking[] {
  const scorer = createScorer(schemes, records, compileOptions(options));
  const results = new Map<string, ScoreResult>();
  const scoreOf = (p: Period) => {
    const key = `${p.from}|${p.to}`;
    let r = results.get(key);
    if (r === undefined) {
      r = scorer.score({ period: p, ledger: false });
      results.set(key, r);
    }
    return r;
  };
  return periods.map((period) => {
    const result = scoreOf(period);
    const previous = options.previous === false ? null : previousPeriod(period);
    const { figures, targets, group } = options;
    return rankResult(result, period, {
      previous,
      previousResult: previous === null ? null : scoreOf(previous),
      records,
      ...(figures === undefined ? {} : { figures }),
      ...(targets === undefined ? {} : { targets }),
      ...(group === undefined ? {} : { group }),
    });
  });
}

/** What {@link rankResult} needs besides the result. */
export interface RankResultOptions {
  readonly previous?: Period | null;
  readonly previousResult?: ScoreResult | null;
  /** The records, for figures and targets (figures are null without them). */
  readonly records?: RecordSet;
  readonly figures?: boolean;
  readonly targets?: Targets;
  readonly group?: string;
}

/** Ranks one score result as {@link rankPeriods} does (for a result scored elsewhere, e.g. incrementally). */
export function rankResult(result: ScoreResult, period: Period, options: RankResultOptions = {}): PeriodRanking {
  const before = new Map<UnitId, { rank: number; score: number | null }>();
  if (options.previousResult) {
    for (const g of groupRanks(options.previousResult.units, options.group)) {
      g.units.forEach((unit, k) => {
        before.set(unit.unitId, { rank: g.ranks[k] ?? 0, score: unit.score });
      });
    }
  }
  const records = options.records;
  const figures =
    records !== undefined && (options.figures !== false || options.targets !== undefined)
      ? unitFigures(records, period, rankedOfResult(result))
      : null;
  const groups = groupRanks(result.units, options.group).map(({ group, units, ranks }) => ({
    group,
    rows: units.map((unit, k): PeriodRow => {
      const rank = ranks[k] ?? 0;
      const then = before.get(unit.unitId);
      const own = figures === null ? null : (figures.get(unit.unitId) ?? emptyFigures());
      return {
        unitId: unit.unitId,
        name: unit.name,
        group: unit.group,
        total: unit.total,
        score: unit.score,
        scoredItems: unit.scoredItems,
        disqualified: unit.disqualified,
        tieBreak: unit.tieBreak,
        members: unit.members,
        rank,
        previousRank: then?.rank ?? null,
        previousScore: then === undefined ? null : then.score,
        rankChange: then === undefined ? null : then.rank - rank,
        scoreChange:
          then === undefined || then.score === null || unit.score === null
            ? null
            : Math.round((unit.score - then.score) * 1e9) / 1e9,
        figures: options.figures === false ? null : own,
        targets:
          options.targets === undefined || own === null ? null : targetProgress(options.targets, unit, own, period),
      };
    }),
  }));
  return { period, previous: options.previous ?? null, method: result.method, groups };
}

function targetProgress(targets: Targets, row: UnitScore, figures: UnitFigures, period: Period): TargetProgress {
  const t = targetsOf(targets, row.unitId, row.group);
  return {
    submitted: progress(figures.submitted, targetFor(t.submittedPerMonth, t.submittedPerYear, period)),
    adopted: progress(figures.adopted, targetFor(t.adoptedPerMonth, t.adoptedPerYear, period)),
  };
}

/**
 * Units grouped (groups in order of their first unit) and ranked as {@link rankGroups} does, without copying:
 * the comparison of {@link compareRankable} (then unit order) over typed arrays of scores and tie-breaks.
 */
function groupRanks(
  units: readonly UnitScore[],
  only: string | undefined,
): { group: string; units: UnitScore[]; ranks: Int32Array }[] {
  const groups = new Map<string, UnitScore[]>();
  for (const unit of units) {
    if (only !== undefined && unit.group !== only) continue;
    const list = groups.get(unit.group);
    if (list) list.push(unit);
    else groups.set(unit.group, [unit]);
  }
  return [...groups].map(([group, list]) => {
    const n = list.length;
    const score = new Float64Array(n);
    const none = new Uint8Array(n);
    let ties = 0;
    for (let i = 0; i < n; i++) {
      const unit = list[i] as UnitScore;
      score[i] = unit.score ?? 0;
      none[i] = unit.score === null ? 1 : 0;
      ties = Math.max(ties, unit.tieBreak.length);
    }
    const tie = Array.from({ length: ties }, (_, t) => Float64Array.from(list, (u) => u.tieBreak[t] ?? 0));
    const compare = (a: number, b: number): number => {
      const x = score[a] ?? 0;
      const y = score[b] ?? 0;
      if (none[a] === 1 || none[b] === 1) {
        if (none[a] !== none[b]) return none[a] === 1 ? 1 : -1;
      } else if (Math.abs(x - y) > TIE_TOLERANCE) return y - x;
      for (let t = 0; t < ties; t++) {
        const values = tie[t] as Float64Array;
        const p = values[a] ?? 0;
        const q = values[b] ?? 0;
        if (Math.abs(p - q) > TIE_TOLERANCE) return q - p;
      }
      return 0;
    };
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(a, b) || a - b);
    const sorted: UnitScore[] = new Array(n);
    const ranks = new Int32Array(n);
    let rank = 1;
    for (let position = 0; position < n; position++) {
      const i = order[position] ?? 0;
      if (position > 0 && compare(order[position - 1] ?? 0, i) !== 0) rank = position + 1;
      sorted[position] = list[i] as UnitScore;
      ranks[position] = rank;
    }
    return { group, units: sorted, ranks };
  });
}

/** Maps each unit to the ranked row it counts for, from the result's roll-up members. */
export function rankedOfResult(result: ScoreResult): (unit: UnitId) => UnitId {
  const map = new Map<UnitId, UnitId>();
  for (const u of result.units) for (const m of u.members) map.set(m, u.unitId);
  return (unit) => map.get(unit) ?? unit;
}

function compileOptions(options: CompileOptions): CompileOptions {
  return {
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    ...(options.groupParameters === undefined ? {} : { groupParameters: options.groupParameters }),
  };
}
