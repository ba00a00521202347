/**
 * `@caibian/stats`: rankings by group and period, and chart-ready series, over `@caibian/core` ledgers.
 * Pure like core: no DOM, no Node built-ins.
 *
 * @packageDocumentation
 */
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
export { compareRankable, type Rankable, type Ranked, rankRows } from './rank/rankRows.ts';
