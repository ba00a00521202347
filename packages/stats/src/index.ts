/**
 * `@caibian/stats`: rankings by group and period, and chart-ready series, over `@caibian/core` ledgers.
 * Pure like core: no DOM, no Node built-ins.
 *
 * @packageDocumentation
 */
export { competitionRanks, TIE_TOLERANCE } from './rank/competitionRanks.ts';
