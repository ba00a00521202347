import { dateOf, type IsoDateTime } from '../model/date.ts';
import type { ItemId } from '../model/ids.ts';
import type { Penalty, UrgentEvent, UrgentReport } from '../model/records.ts';
import { compareText } from './compare.ts';
import type { DeadlineTable } from './deadlineTable.ts';
import { type UrgentDeadlineStatus, urgentStatus } from './urgentStatus.ts';

const STAGE_ORDER = { 初报: 0, 续报: 1, 终报: 2 } as const;

/** The item an event's reports were filed as, preferring the earliest report; order of the list does not matter. */
function eventItem(reports: readonly UrgentReport[]): ItemId | undefined {
  const withItem = reports.filter((r) => r.itemId !== undefined);
  withItem.sort(
    (a, b) =>
      compareText(a.at, b.at) ||
      STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
      compareText(a.channel, b.channel) ||
      compareText(String(a.itemId), String(b.itemId)),
  );
  return withItem[0]?.itemId;
}

function explain(d: UrgentDeadlineStatus, asOf: IsoDateTime): string {
  return d.state === '迟报'
    ? `${d.rule}，应于 ${d.due} 前，${d.reportedAt} 才报，迟 ${d.minutesLate} 分钟`
    : `${d.rule}，应于 ${d.due} 前，截至 ${asOf} 未报`;
}

/**
 * The 迟报 and 漏报 penalties of urgent events at `asOf`, computed from the deadline table, never typed in.
 *
 * Only the table's 初报 limits count (a late 续报 is shown by {@link urgentStatus} but costs nothing here). For an
 * event received by `asOf`:
 * - 漏报 when no 初报 on any channel was made by `asOf` and at least one 初报 limit has passed;
 * - 迟报 when some 初报 was made but a 初报 limit was missed: reported after it, or its channel still unreported
 *   after it passed (a written report on time does not make up for a phone report never made);
 * - at most one penalty per event. A 漏报 becomes a 迟报 once the late 初报 is recorded.
 *
 * Each penalty is dated the day the earliest missed limit fell due (so it stays in the same period whichever
 * kind it ends as), names the item of the event's earliest report that has one, and its note explains the
 * computation in Chinese. The result is sorted, so it does not depend on the order of the input.
 */
export function urgentPenalties(events: readonly UrgentEvent[], table: DeadlineTable, asOf: IsoDateTime): Penalty[] {
  const out: Penalty[] = [];
  for (const event of events) {
    if (event.receivedAt > asOf) continue;
    const status = urgentStatus(event, table, asOf);
    const failed = status.deadlines
      .filter((d) => d.stage === '初报' && d.followUp === undefined && (d.state === '迟报' || d.state === '未报'))
      .sort((a, b) => compareText(a.due, b.due));
    const earliest = failed[0];
    if (earliest === undefined) continue;
    const made = event.reports.filter((r) => r.at <= asOf);
    const anyFirst = made.some((r) => r.stage === '初报');
    const head = `“${event.title}”（${event.grade}，接报 ${event.receivedAt}）`;
    const note = anyFirst
      ? `${head}：${failed.map((d) => explain(d, asOf)).join('；')}`
      : `${head}：截至 ${asOf} 没有任何初报；${failed.map((d) => `${d.rule}应于 ${d.due} 前`).join('；')}`;
    const itemId = eventItem(made);
    out.push({
      unitId: event.unitId,
      kind: anyFirst ? '迟报' : '漏报',
      date: dateOf(earliest.due),
      ...(itemId !== undefined ? { itemId } : {}),
      note,
    });
  }
  return sortPenalties(out);
}

/** Sorts penalties by date, unit, kind, item and note: a canonical order independent of the input's. */
export function sortPenalties(penalties: Penalty[]): Penalty[] {
  return penalties.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.unitId, b.unitId) ||
      compareText(a.kind, b.kind) ||
      compareText(String(a.itemId ?? ''), String(b.itemId ?? '')) ||
      compareText(a.note ?? '', b.note ?? ''),
  );
}
