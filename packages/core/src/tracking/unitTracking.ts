import { dateOf, type IsoDate, type IsoDateTime, inRange } from '../model/date.ts';
import type { EventId, ItemId, UnitId } from '../model/ids.ts';
import type { Item, Unit } from '../model/records.ts';
import { LEVELS, type Level, type SeverityGrade } from '../model/vocabulary.ts';
import { type CommissionStatus, commissionStatuses } from './commissionStatus.ts';
import { compareText } from './compare.ts';
import { DEFAULT_DEADLINE_TABLE, type DeadlineTable } from './deadlineTable.ts';
import type { PenaltySources } from './derivePenalties.ts';
import type { ItemSources } from './itemTracking.ts';
import { rollUpTarget, unitAndDescendants } from './rollUp.ts';
import { endOfDay } from './time.ts';
import { type UrgentDeadlineStatus, urgentStatus } from './urgentStatus.ts';

/** The records a unit's tracking reads; a `RecordSet` fits. */
export interface TrackingSources extends ItemSources, PenaltySources {
  readonly units?: readonly Unit[];
  readonly items?: readonly Item[];
}

/** A period of whole days, both ends included. */
export interface TrackingPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A unit's figures at one level. */
export interface LevelFigures {
  /** Distinct items with a route (报送) at this level dated in the period. */
  readonly submitted: number;
  /** Of those submitted items, the ones with an adoption at this level dated on or before the period's end. */
  readonly adoptedOfSubmitted: number;
  /** The adoption rate: `adoptedOfSubmitted ÷ submitted`, between 0 and 1; `null` when nothing was submitted. */
  readonly rate: number | null;
  /** Distinct items with an adoption at this level dated in the period, whenever they were submitted. */
  readonly adopted: number;
  /** Instructions dated in the period written by leaders of this rank (国家/省/市/县). */
  readonly instructions: number;
}

/** An urgent time limit missed by a unit: a {@link UrgentDeadlineStatus} in state 未报 or 迟报, with its event. */
export interface OverdueUrgentReport extends UrgentDeadlineStatus {
  readonly eventId: EventId;
  readonly title: string;
  readonly unitId: UnitId;
  readonly grade: SeverityGrade;
}

/** A unit's tracking figures for a period. */
export interface UnitTracking {
  readonly unitId: UnitId;
  readonly period: TrackingPeriod;
  /** The units counted: the unit alone, or with roll-up the unit and every unit below it. */
  readonly units: readonly UnitId[];
  /** Distinct items (joint ones included) with a route dated in the period, sorted. */
  readonly submittedItems: readonly ItemId[];
  /** Distinct items with an adoption dated in the period, sorted. */
  readonly adoptedItems: readonly ItemId[];
  readonly submitted: number;
  readonly adopted: number;
  readonly byLevel: Readonly<Record<Level, LevelFigures>>;
  /** Commissions still pending (待报) on `asOf`. */
  readonly pendingCommissions: readonly CommissionStatus[];
  /** Commissions due in the period and missing (未报) on `asOf`. */
  readonly missedCommissions: readonly CommissionStatus[];
  /** Time limits missed (未报 or 迟报 at `now`) by urgent events received in the period, by due time. */
  readonly overdueUrgent: readonly OverdueUrgentReport[];
}

/** Options of {@link unitTracking} and {@link trackUnits}. */
export interface UnitTrackingOptions {
  /** Count every unit below the unit (上级单位 roll-up) as the unit itself. Default false. */
  readonly rollUp?: boolean;
  /** The day commissions are judged on. Default: the period's last day. */
  readonly asOf?: IsoDate;
  /** The clock urgent deadlines are judged at. Default: 23:59 of `asOf`. */
  readonly now?: IsoDateTime;
  /** The jurisdiction's urgent deadline table. Default {@link DEFAULT_DEADLINE_TABLE}. */
  readonly table?: DeadlineTable;
}

const distinct = (ids: Iterable<ItemId>): ItemId[] => [...new Set(ids)].sort(compareText);

/**
 * A unit's submissions, adoptions, adoption rate by level, instructions, pending commissions and overdue urgent
 * reports for a period. A joint item counts once for each of its units (and once for a parent under roll-up).
 *
 * @example
 * const t = unitTracking(records, unitId('宣汉县'), { from: '2024-01-01', to: '2024-03-31' } as TrackingPeriod);
 * t.byLevel.市; // { submitted: 12, adoptedOfSubmitted: 5, rate: 0.4166…, adopted: 6, instructions: 1 }
 */
export function unitTracking(
  records: TrackingSources,
  unit: UnitId,
  period: TrackingPeriod,
  options: UnitTrackingOptions = {},
): UnitTracking {
  const units = options.rollUp ? unitAndDescendants(records.units ?? [], unit) : [unit];
  const counted = new Set(units);
  const mine = new Set(
    (records.items ?? []).filter((it) => it.units.some((u) => counted.has(u.unitId))).map((it) => it.id),
  );
  const inPeriod = <T extends { readonly itemId: ItemId; readonly date: IsoDate }>(list: readonly T[] | undefined) =>
    (list ?? []).filter((r) => mine.has(r.itemId) && inRange(r.date, period));
  const routes = inPeriod(records.routes);
  const adoptions = inPeriod(records.adoptions);
  const instructions = inPeriod(records.instructions);
  const adoptedBy = (records.adoptions ?? []).filter((a) => mine.has(a.itemId) && a.date <= period.to);

  const byLevel = Object.fromEntries(
    LEVELS.map((level): [Level, LevelFigures] => {
      const sent = new Set(routes.filter((r) => r.level === level).map((r) => r.itemId));
      const taken = new Set(adoptedBy.filter((a) => a.level === level && sent.has(a.itemId)).map((a) => a.itemId));
      return [
        level,
        {
          submitted: sent.size,
          adoptedOfSubmitted: taken.size,
          rate: sent.size === 0 ? null : taken.size / sent.size,
          adopted: new Set(adoptions.filter((a) => a.level === level).map((a) => a.itemId)).size,
          instructions: instructions.filter((i) => i.rank === level).length,
        },
      ];
    }),
  ) as Record<Level, LevelFigures>;

  const asOf = options.asOf ?? period.to;
  const now = options.now ?? endOfDay(asOf);
  const table = options.table ?? DEFAULT_DEADLINE_TABLE;
  const commissions = commissionStatuses(records.commissions ?? [], asOf).filter((s) => counted.has(s.unitId));
  const overdueUrgent = (records.urgentEvents ?? [])
    .filter((e) => counted.has(e.unitId) && inRange(dateOf(e.receivedAt), period) && e.receivedAt <= now)
    .flatMap((e) =>
      urgentStatus(e, table, now)
        .deadlines.filter((d) => d.state === '未报' || d.state === '迟报')
        .map((d): OverdueUrgentReport => ({ ...d, eventId: e.id, title: e.title, unitId: e.unitId, grade: e.grade })),
    )
    .sort((a, b) => compareText(a.due, b.due) || compareText(a.eventId, b.eventId));

  const submittedItems = distinct(routes.map((r) => r.itemId));
  const adoptedItems = distinct(adoptions.map((a) => a.itemId));
  return {
    unitId: unit,
    period,
    units,
    submittedItems,
    adoptedItems,
    submitted: submittedItems.length,
    adopted: adoptedItems.length,
    byLevel,
    pendingCommissions: commissions.filter((s) => s.state === '待报'),
    missedCommissions: commissions.filter((s) => s.state === '未报' && inRange(s.due, period)),
    overdueUrgent,
  };
}

/**
 * {@link unitTracking} for every unit of the units table, in its order. With `rollUp`, only top-most units get a
 * row and each child's figures count for its top-most parent, so no item is counted twice for one row.
 *
 * @example
 * trackUnits(records, period, { rollUp: true }).map((t) => [t.unitId, t.submitted, t.byLevel.省.rate]);
 */
export function trackUnits(
  records: TrackingSources,
  period: TrackingPeriod,
  options: UnitTrackingOptions = {},
): UnitTracking[] {
  const units = records.units ?? [];
  return units
    .filter((u) => !options.rollUp || rollUpTarget(units, u.id) === u.id)
    .map((u) => unitTracking(records, u.id, period, options));
}
