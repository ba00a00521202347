/**
 * The scoring engine: scores a record set under one or several schemes and explains every point in a ledger.
 *
 * @packageDocumentation
 */

/** A clause as the ledger names it, and parameter overrides. */
export type {
  Clause,
  CompileOptions,
  GroupParameterValues,
  ParameterValues,
} from './compileScheme.ts';
/** `score(schemes, records, options)`, and `createScorer` to score many periods after indexing once. */
export { createScorer, type ScoreParts, type Scorer, score } from './score.ts';
/** Options, results and ledger entries of {@link score}. */
export {
  DEFAULT_GROUP,
  type LedgerEntry,
  type Period,
  type RecordRef,
  type ScoreOptions,
  type ScoreResult,
  type UnitScore,
} from './types.ts';
