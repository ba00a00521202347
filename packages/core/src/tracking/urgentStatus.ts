import { invariant } from '../errors/invariant.ts';
import type { Problem } from '../errors/problem.ts';
import { type IsoDateTime, minutesBetween } from '../model/date.ts';
import type { EventId, UnitId } from '../model/ids.ts';
import type { UrgentEvent, UrgentReport } from '../model/records.ts';
import type { SeverityGrade } from '../model/vocabulary.ts';
import type { DeadlineTable, UrgentDeadline } from './deadlineTable.ts';
import { type DeadlineState, deadlineState } from './states.ts';
import { addMinutes } from './time.ts';
import { checkUrgentChain, type MissingUrgentField, missingUrgentFields } from './urgentChecks.ts';

/** One time limit of an urgent event and where it stands at the clock's `now`. */
export interface UrgentDeadlineStatus {
  readonly stage: UrgentReport['stage'];
  /** The channel the limit asks for; `undefined` when a report on either channel meets it. */
  readonly channel: UrgentReport['channel'] | undefined;
  /** For a 续报 required by the table's interval: which one (1 = the first 续报); absent for the table's limits. */
  readonly followUp?: number;
  /** When it falls due: the time received plus the table's minutes (or the previous report plus the interval). */
  readonly due: IsoDateTime;
  readonly state: DeadlineState;
  /** Minutes from `now` to `due`, negative when overdue; `null` once a report settled it. */
  readonly minutesRemaining: number | null;
  /** The earliest report that answered it, made at or before `now`. */
  readonly reportedAt?: IsoDateTime;
  /** Minutes past `due` of a late report (迟报). */
  readonly minutesLate?: number;
  /** The rule in Chinese, e.g. 接报后15分钟内电话初报. */
  readonly rule: string;
}

/** Where an urgent event stands at `now`: its deadlines, the required fields it lacks, and problems in its times. */
export interface UrgentStatus {
  readonly eventId: EventId;
  readonly unitId: UnitId;
  readonly grade: SeverityGrade;
  readonly receivedAt: IsoDateTime;
  readonly now: IsoDateTime;
  readonly deadlines: readonly UrgentDeadlineStatus[];
  readonly missingFields: readonly MissingUrgentField[];
  /** From {@link checkUrgentChain}: a 终报 before the 初报, a receipt before the event, … (paths relative to the event). */
  readonly problems: readonly Problem[];
}

/** Minutes as people write a time limit: 360 → 6小时, 30 → 30分钟, 90 → 90分钟. */
export function formatMinutes(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

const byTime = (a: UrgentReport, b: UrgentReport) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

function settle(
  due: IsoDateTime,
  now: IsoDateTime,
  report: UrgentReport | undefined,
): Pick<UrgentDeadlineStatus, 'state' | 'minutesRemaining' | 'reportedAt' | 'minutesLate'> {
  if (report === undefined) {
    const remaining = minutesBetween(now, due);
    return { state: deadlineState(null, remaining < 0), minutesRemaining: remaining };
  }
  const late = minutesBetween(due, report.at);
  return {
    state: deadlineState(late > 0, true),
    minutesRemaining: null,
    reportedAt: report.at,
    ...(late > 0 ? { minutesLate: late } : {}),
  };
}

function tableDeadline(
  d: UrgentDeadline,
  event: UrgentEvent,
  made: readonly UrgentReport[],
  now: IsoDateTime,
): UrgentDeadlineStatus {
  const due = addMinutes(event.receivedAt, d.minutes);
  const answer = made.find((r) => r.stage === d.stage && (d.channel === undefined || r.channel === d.channel));
  const rule = `接报后${formatMinutes(d.minutes)}内${d.channel ?? ''}${d.stage}`;
  return { stage: d.stage, channel: d.channel, due, rule, ...settle(due, now, answer) };
}

/**
 * The 续报 chain of a table with an interval: from the first 初报, each 续报 is due `every` minutes after the
 * previous report; a 终报 made by a 续报's due time closes the chain. Ends at the first 续报 not yet made.
 */
function followUps(made: readonly UrgentReport[], every: number, now: IsoDateTime): UrgentDeadlineStatus[] {
  const first = made.find((r) => r.stage === '初报');
  if (first === undefined) return [];
  const final = made.find((r) => r.stage === '终报');
  const answers = made.filter(
    (r) => r.stage === '续报' && r.at >= first.at && (final === undefined || r.at <= final.at),
  );
  const out: UrgentDeadlineStatus[] = [];
  let previous = first.at;
  for (let n = 1; ; n++) {
    const due = addMinutes(previous, every);
    const answer = answers[n - 1];
    if (answer === undefined && final !== undefined && final.at <= due) break;
    const rule = `上次报告后${formatMinutes(every)}内续报（第${n}次）`;
    out.push({ stage: '续报', channel: undefined, followUp: n, due, rule, ...settle(due, now, answer) });
    if (answer === undefined) break;
    previous = answer.at;
  }
  return out;
}

/**
 * Where an urgent event stands at `now` under a jurisdiction's deadline table: each required time limit with its
 * due time, minutes remaining and state (待报/按时/迟报/未报), the required fields it lacks, and problems in its
 * times. Reports made after `now` are not yet known and are ignored; exactly at the deadline is on time.
 *
 * @example
 * const s = urgentStatus(event, DEFAULT_DEADLINE_TABLE, '2024-03-05T10:20' as IsoDateTime);
 * s.deadlines[0]; // { stage: '初报', channel: '电话', due: '2024-03-05T10:15', state: '未报', minutesRemaining: -5, … }
 */
export function urgentStatus(event: UrgentEvent, table: DeadlineTable, now: IsoDateTime): UrgentStatus {
  const grade = table.grades[event.grade];
  invariant(grade !== undefined, `时限表缺少等级“${event.grade}”：应先用 parseDeadlineTable 校验`);
  const made = event.reports.filter((r) => r.at <= now).sort(byTime);
  const deadlines = grade.deadlines.map((d) => tableDeadline(d, event, made, now));
  if (grade.followUpEvery !== undefined) deadlines.push(...followUps(made, grade.followUpEvery, now));
  return {
    eventId: event.id,
    unitId: event.unitId,
    grade: event.grade,
    receivedAt: event.receivedAt,
    now,
    deadlines,
    missingFields: missingUrgentFields(event),
    problems: checkUrgentChain(event),
  };
}

/**
 * When a county office must have passed an event on to the city: its receipt plus the table's relay time
 * (`relayMinutes`, 县级向市级报告时限); `null` when the table has none. Reports do not record their recipient's
 * level, so whether the relay was made in time is not judged here.
 *
 * @example
 * relayDue(event, DEFAULT_DEADLINE_TABLE); // receivedAt + 2 hours
 */
export function relayDue(event: UrgentEvent, table: DeadlineTable): IsoDateTime | null {
  return table.relayMinutes === undefined ? null : addMinutes(event.receivedAt, table.relayMinutes);
}
