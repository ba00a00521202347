/**
 * `@caibian/stats`: rankings by group and period, and chart-ready series, over `@caibian/core` ledgers.
 * Pure like core: no DOM, no Node built-ins.
 *
 * @packageDocumentation
 */

/** Tracking figures per ranked unit and period (items submitted, adopted, adoption rate, instructions by level). */
export { emptyFigures, type LevelCounts, type UnitFigures, unitFigures } from './figures/unitFigures.ts';
/** Incremental rankings: add, change or remove one record, re-score only the units it touches. */
export {
  createIncrementalRanking,
  type IncrementalRanking,
  type UpdateCost,
} from './incremental/incrementalRanking.ts';
export { RecordStore, type RecordTable, type RowOf } from './incremental/recordStore.ts';
export {
  dayNumber,
  fromDayNumber,
  monthPeriod,
  monthsOf,
  type Period,
  type PeriodKind,
  parsePeriod,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  runningPeriod,
  yearPeriod,
} from './period/period.ts';
export { competitionRanks, TIE_TOLERANCE } from './rank/competitionRanks.ts';
export { type GroupRanking, rankGroups } from './rank/rankGroups.ts';
/** Rankings per group and period with changes, figures and target progress. */
export {
  type PeriodRanking,
  type PeriodRow,
  type RankPeriodsOptions,
  type RankResultOptions,
  rankedOfResult,
  rankPeriods,
  rankResult,
} from './rank/rankPeriods.ts';
export { compareRankable, type Rankable, type Ranked, rankRows } from './rank/rankRows.ts';
/** Chart-ready series as plain data. */
export {
  adoptionRateSeries,
  type Breakdown,
  LEVEL_KEYS,
  type LineSeries,
  pointsByLevel,
  pointsByPublication,
  rankSeries,
  type SeriesLine,
  type SeriesPeriod,
  scoreSeries,
  targetProgressSeries,
} from './series/series.ts';
/** Targets (versioned): per group or unit, items submitted and adopted per month and year. */
export {
  type Progress,
  parseTargets,
  progress,
  TARGETS_VERSION,
  type TargetFigures,
  type TargetProgress,
  type Targets,
  targetFor,
  targetsOf,
} from './targets/targets.ts';
