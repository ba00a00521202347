/**
 * `@caibian/core`: the domain model of 政务信息 work, the scoring engine and adoption tracking.
 * Pure: no DOM, no Node built-ins; the clock and id sources are passed in.
 *
 * @packageDocumentation
 */

// engine: score(schemes, records, options) and its ledger
export * from './engine/index.ts';
// errors
export { InvariantError, invariant } from './errors/invariant.ts';
export { formatPath, formatProblem, type Problem, type ProblemLocation } from './errors/problem.ts';
export { fail, ok, type Result } from './errors/result.ts';
// model
export {
  type DateRange,
  dateOf,
  type IsoDate,
  type IsoDateTime,
  inRange,
  isIsoDate,
  minutesBetween,
  parseDate,
  parseDateTime,
} from './model/date.ts';
export {
  type Brand,
  type CommissionId,
  commissionId,
  type EventId,
  eventId,
  type ItemId,
  itemId,
  type Points,
  points,
  type UnitId,
  unitId,
} from './model/ids.ts';
export { checkReferences, parseRecordSet } from './model/parseRecordSet.ts';
export {
  type Adoption,
  AdoptionSchema,
  type Attachment,
  type Commission,
  CommissionSchema,
  type Instruction,
  InstructionSchema,
  type Item,
  ItemSchema,
  type ItemUnit,
  type Penalty,
  PenaltySchema,
  RECORD_SET_VERSION,
  type RecordSet,
  type RecordSetInput,
  RecordSetSchema,
  type Route,
  RouteSchema,
  type Unit,
  UnitSchema,
  URGENT_CHANNELS,
  URGENT_STAGES,
  type UrgentEvent,
  UrgentEventSchema,
  type UrgentReport,
} from './model/records.ts';
export * from './model/vocabulary.ts';
// norms: the writing norms of domain.md (caibian lint, the editor's underlines)
export * from './norms/index.ts';
// scheme: the scoring method format, validation, JSON Schema and the built-in presets
export * from './scheme/index.ts';
// text
export { type CharacterCount, countCharacters } from './text/countCharacters.ts';
// tracking: recipients, unit figures, 约稿, urgent deadlines
export * from './tracking/index.ts';
// workbook: the records workbook of formats.md, rows to records with located errors
export * from './workbook/index.ts';
