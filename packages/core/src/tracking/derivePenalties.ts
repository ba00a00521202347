import { dateOf, type IsoDateTime } from '../model/date.ts';
import type { Commission, Penalty, UrgentEvent } from '../model/records.ts';
import { commissionPenalties } from './commissionStatus.ts';
import type { DeadlineTable } from './deadlineTable.ts';
import { sortPenalties, urgentPenalties } from './urgentPenalties.ts';

/** The records penalties are derived from; a `RecordSet` fits. */
export interface PenaltySources {
  readonly urgentEvents?: readonly UrgentEvent[];
  readonly commissions?: readonly Commission[];
}

/**
 * Every penalty the records imply at `asOf`, computed rather than typed in: 迟报 and 漏报 of urgent events under
 * `table` (see {@link urgentPenalties}) and 约稿未报 and 约稿迟报 of commissions on the date of `asOf` (see
 * {@link commissionPenalties}). Each has a Chinese note explaining the computation. Sorted by date, unit, kind,
 * item and note, so input order never matters. Add these to the typed-in penalties (瞒报, 谎报, …) before scoring;
 * do not also type in the kinds derived here.
 *
 * @example
 * const derived = derivePenalties(records, DEFAULT_DEADLINE_TABLE, '2024-03-31T23:59' as IsoDateTime);
 * score(scheme, { ...records, penalties: [...records.penalties, ...derived] }, options);
 */
export function derivePenalties(records: PenaltySources, table: DeadlineTable, asOf: IsoDateTime): Penalty[] {
  return sortPenalties([
    ...urgentPenalties(records.urgentEvents ?? [], table, asOf),
    ...commissionPenalties(records.commissions ?? [], dateOf(asOf)),
  ]);
}
