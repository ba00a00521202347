import type { IsoDate } from '../model/date.ts';
import type { CommissionId, ItemId, UnitId } from '../model/ids.ts';
import type { Commission, Penalty } from '../model/records.ts';
import { compareText } from './compare.ts';
import { type DeadlineState, deadlineState } from './states.ts';
import { daysBetween } from './time.ts';
import { sortPenalties } from './urgentPenalties.ts';

/** Where one unit stands on one commissioned request (约稿) on a given date. */
export interface CommissionStatus {
  readonly commissionId: CommissionId;
  readonly topic: string;
  readonly unitId: UnitId;
  /** The due date; the whole day counts. */
  readonly due: IsoDate;
  /** 待报 pending, 按时 fulfilled by the due date, 迟报 fulfilled after it, 未报 due date passed without fulfilment. */
  readonly state: DeadlineState;
  /** Days from `asOf` to the due date (0 = due today, negative = overdue); `null` once fulfilled. */
  readonly daysRemaining: number | null;
  /** The unit's earliest fulfilment on or before `asOf`. */
  readonly fulfilled?: { readonly date: IsoDate; readonly itemId: ItemId };
  /** Days past the due date of a late fulfilment. */
  readonly daysLate?: number;
}

/**
 * Where `unitId` stands on `commission` on `asOf`, or `null` when the unit was not asked. Fulfilments dated after
 * `asOf` are not yet known; a fulfilment on the due date is on time; the due date passes at the end of its day.
 *
 * @example
 * commissionStatus(commission, unitId('宣汉县'), '2024-04-01' as IsoDate);
 * // { state: '未报', due: '2024-03-31', daysRemaining: -1, … }
 */
export function commissionStatus(commission: Commission, unit: UnitId, asOf: IsoDate): CommissionStatus | null {
  if (!commission.unitIds.includes(unit)) return null;
  const fulfilment = commission.fulfilments
    .filter((f) => f.unitId === unit && f.date <= asOf)
    .reduce<Commission['fulfilments'][number] | undefined>(
      (best, f) =>
        best === undefined || f.date < best.date || (f.date === best.date && f.itemId < best.itemId) ? f : best,
      undefined,
    );
  const base = { commissionId: commission.id, topic: commission.topic, unitId: unit, due: commission.due };
  if (fulfilment === undefined) {
    const days = daysBetween(asOf, commission.due);
    return { ...base, state: deadlineState(null, days < 0), daysRemaining: days };
  }
  const late = daysBetween(commission.due, fulfilment.date);
  return {
    ...base,
    state: deadlineState(late > 0, true),
    daysRemaining: null,
    fulfilled: { date: fulfilment.date, itemId: fulfilment.itemId },
    ...(late > 0 ? { daysLate: late } : {}),
  };
}

/** Every asked unit's status on every commission on `asOf`, sorted by due date, commission and unit. */
export function commissionStatuses(commissions: readonly Commission[], asOf: IsoDate): CommissionStatus[] {
  const out: CommissionStatus[] = [];
  for (const c of commissions) {
    for (const unit of new Set(c.unitIds)) {
      const status = commissionStatus(c, unit, asOf);
      if (status !== null) out.push(status);
    }
  }
  return out.sort(
    (a, b) =>
      compareText(a.due, b.due) || compareText(a.commissionId, b.commissionId) || compareText(a.unitId, b.unitId),
  );
}

/** One unit's lines of a 催报 list. */
export interface Reminder {
  readonly unitId: UnitId;
  /** Overdue (未报) and due within the window (待报), by due date. */
  readonly commissions: readonly CommissionStatus[];
}

/**
 * The 催报 list on `asOf`: per unit, the commissions still unfulfilled that are overdue (未报) or due within
 * `withinDays` days (default 3; 0 = due today only). Units sorted by id; units with nothing to chase left out.
 *
 * @example
 * reminders(records.commissions, '2024-03-28' as IsoDate); // [{ unitId: '宣汉县', commissions: [{ state: '待报', daysRemaining: 3, … }] }]
 */
export function reminders(
  commissions: readonly Commission[],
  asOf: IsoDate,
  options: { readonly withinDays?: number } = {},
): Reminder[] {
  const within = options.withinDays ?? 3;
  const byUnit = new Map<UnitId, CommissionStatus[]>();
  for (const s of commissionStatuses(commissions, asOf)) {
    const chase = s.state === '未报' || (s.state === '待报' && (s.daysRemaining ?? 0) <= within);
    if (!chase) continue;
    byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s]);
  }
  return [...byUnit].sort(([a], [b]) => compareText(a, b)).map(([unitId, list]) => ({ unitId, commissions: list }));
}

/**
 * The 约稿未报 and 约稿迟报 penalties on `asOf`, derived from the commissions' due dates and fulfilments:
 * 约稿未报 for each asked unit whose due date has passed without fulfilment, 约稿迟报 for each late fulfilment
 * (naming the item). Both are dated on the due date, so a 约稿未报 that later turns into a 约稿迟报 stays in the
 * same period. Sorted, so the result does not depend on input order.
 */
export function commissionPenalties(commissions: readonly Commission[], asOf: IsoDate): Penalty[] {
  const out: Penalty[] = [];
  for (const s of commissionStatuses(commissions, asOf)) {
    const head = `约稿“${s.topic}”（${s.commissionId}）截止 ${s.due}`;
    if (s.state === '未报') {
      out.push({ unitId: s.unitId, kind: '约稿未报', date: s.due, note: `${head}，截至 ${asOf} 未报送` });
    } else if (s.state === '迟报' && s.fulfilled !== undefined) {
      out.push({
        unitId: s.unitId,
        kind: '约稿迟报',
        date: s.due,
        itemId: s.fulfilled.itemId,
        note: `${head}，${s.fulfilled.date} 才报送，迟 ${s.daysLate} 天`,
      });
    }
  }
  return sortPenalties(out);
}
