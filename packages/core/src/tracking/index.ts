/**
 * Tracking: an item's status with each recipient, a unit's submissions and adoptions for a period, commissioned
 * requests (约稿) and urgent information (紧急信息) deadlines. Pure: the clock is always a parameter
 * (`asOf`, `now`), never the machine's.
 *
 * @packageDocumentation
 */

export {
  type CommissionStatus,
  commissionPenalties,
  commissionStatus,
  commissionStatuses,
  type Reminder,
  reminders,
} from './commissionStatus.ts';
export {
  DEADLINE_TABLE_VERSION,
  DEFAULT_DEADLINE_TABLE,
  type DeadlineTable,
  DeadlineTableSchema,
  type GradeDeadlines,
  GradeDeadlinesSchema,
  parseDeadlineTable,
  type UrgentDeadline,
  UrgentDeadlineSchema,
} from './deadlineTable.ts';
export { derivePenalties, type PenaltySources } from './derivePenalties.ts';
export {
  type ItemSources,
  type ItemTracking,
  type ItemTrackingOptions,
  itemTracking,
  type RecipientTracking,
} from './itemTracking.ts';
export { rollUpTarget, unitAndDescendants } from './rollUp.ts';
export { DEADLINE_STATES, type DeadlineState } from './states.ts';
export { addMinutes, daysBetween } from './time.ts';
export {
  type LevelFigures,
  type OverdueUrgentReport,
  type TrackingPeriod,
  type TrackingSources,
  trackUnits,
  type UnitTracking,
  type UnitTrackingOptions,
  unitTracking,
} from './unitTracking.ts';
export {
  checkUrgentChain,
  type MissingUrgentField,
  missingUrgentFields,
  URGENT_REQUIRED_FIELDS,
} from './urgentChecks.ts';
export { sortPenalties, urgentPenalties } from './urgentPenalties.ts';
export {
  formatMinutes,
  relayDue,
  type UrgentDeadlineStatus,
  type UrgentStatus,
  urgentStatus,
} from './urgentStatus.ts';
