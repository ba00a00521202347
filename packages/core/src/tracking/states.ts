/**
 * The state of one deadline (a commissioned item's due date, an urgent report's time limit) at a given moment:
 * 待报 pending (not reported, not yet due), 按时 met (reported by the deadline), 迟报 late (reported after it),
 * 未报 missing (the deadline passed and nothing was reported yet).
 */
export const DEADLINE_STATES = ['待报', '按时', '迟报', '未报'] as const;
/** A deadline state: 待报, 按时, 迟报 or 未报. */
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/**
 * The state of a deadline from the report that met it (if any, already filtered to reports made by the clock)
 * and whether the deadline has passed. Exactly at the deadline counts as on time.
 */
export function deadlineState(reportedLate: boolean | null, passed: boolean): DeadlineState {
  if (reportedLate === null) return passed ? '未报' : '待报';
  return reportedLate ? '迟报' : '按时';
}
