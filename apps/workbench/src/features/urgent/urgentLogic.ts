import {
  type EventId,
  eventId,
  type IsoDateTime,
  parseDateTime,
  type SeverityGrade,
  type UnitId,
  type UrgentDeadlineStatus,
  type UrgentEvent,
  type UrgentReport,
} from '@caibian/core';

/** The optional text fields of an urgent event, in the order offices list them. */
export const URGENT_TEXT_FIELDS = [
  { field: 'place', name: '事发地点' },
  { field: 'nature', name: '事件性质' },
  { field: 'scope', name: '影响范围' },
  { field: 'casualties', name: '伤亡和损失' },
  { field: 'measures', name: '已采取措施' },
  { field: 'trend', name: '发展趋势' },
  { field: 'signer', name: '签发人' },
  { field: 'contact', name: '联系人和电话' },
] as const;

/** A text field of {@link URGENT_TEXT_FIELDS}. */
export type UrgentTextField = (typeof URGENT_TEXT_FIELDS)[number]['field'];

/** What the 紧急信息 form collects: times as `YYYY-MM-DDTHH:mm`, the rest as typed. */
export type UrgentInput = {
  title: string;
  grade: SeverityGrade;
  unitId: UnitId;
  occurredAt: string;
  receivedAt: string;
} & Partial<Record<UrgentTextField, string>>;

/** A new event id from the time and a random suffix, e.g. `JJ20240305-093015-k3f`. */
export function newEventId(now: Date, random: () => number = Math.random): EventId {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(
    now.getMinutes(),
  )}${pad(now.getSeconds())}`;
  return eventId(
    `JJ${stamp}-${Math.floor(random() * 36 ** 3)
      .toString(36)
      .padStart(3, '0')}`,
  );
}

/**
 * Builds an urgent event from the form, keeping the reports of `previous` (when editing). Blank optional fields
 * are left out, so that core reports them missing. Returns Chinese problems for bad input.
 *
 * @example
 * buildUrgentEvent(id, { title: '某镇山体滑坡', grade: '较大', unitId, occurredAt: '2024-03-05T09:40', receivedAt: '2024-03-05T10:00' });
 */
export function buildUrgentEvent(
  id: EventId,
  input: UrgentInput,
  previous?: UrgentEvent,
): { ok: true; value: UrgentEvent } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const title = input.title.trim();
  if (title === '') problems.push('请填写事件名称');
  if (!input.unitId) problems.push('请选择报告单位');
  const occurredAt = parseDateTime(input.occurredAt ?? '');
  const receivedAt = parseDateTime(input.receivedAt ?? '');
  if (!occurredAt) problems.push('请填写事发时间');
  if (!receivedAt) problems.push('请填写接报时间');
  if (occurredAt && receivedAt && receivedAt < occurredAt) problems.push('接报时间不能早于事发时间');
  if (problems.length > 0 || !occurredAt || !receivedAt) return { ok: false, problems };
  const event: UrgentEvent = {
    id,
    title,
    grade: input.grade,
    unitId: input.unitId,
    occurredAt,
    receivedAt,
    reports: previous?.reports ?? [],
  };
  for (const { field } of URGENT_TEXT_FIELDS) {
    const value = input[field]?.trim();
    if (value) event[field] = value;
  }
  return { ok: true, value: event };
}

/** The form's values for an existing event (for 补充要素). */
export function inputOfEvent(event: UrgentEvent): UrgentInput {
  const input: UrgentInput = {
    title: event.title,
    grade: event.grade,
    unitId: event.unitId,
    occurredAt: event.occurredAt,
    receivedAt: event.receivedAt,
  };
  for (const { field } of URGENT_TEXT_FIELDS) {
    const value = event[field];
    if (value !== undefined) input[field] = value;
  }
  return input;
}

/** `event` with `report` added to its chain, the chain kept in time order. */
export function addReport(event: UrgentEvent, report: UrgentReport): UrgentEvent {
  return { ...event, reports: [...event.reports, report].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) };
}

/** `event` without the report at `index` of its chain. */
export function removeReport(event: UrgentEvent, index: number): UrgentEvent {
  return { ...event, reports: event.reports.filter((_, i) => i !== index) };
}

/** Minutes as a duration: 12 → 12 分钟, 75 → 1 小时 15 分钟, 120 → 2 小时. */
export function durationText(minutes: number): string {
  const m = Math.abs(minutes);
  if (m < 60) return `${m} 分钟`;
  return m % 60 === 0 ? `${m / 60} 小时` : `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`;
}

/**
 * One deadline as the countdown reads: `电话 初报 剩余 12 分钟`, `书面 初报 已超时 3 分钟`, `电话 初报 按时（10:05）`,
 * `书面 初报 迟报 5 分钟（10:35）`.
 */
export function countdownText(d: UrgentDeadlineStatus): string {
  const head = [d.channel, d.followUp ? `第${d.followUp}次续报` : d.stage].filter(Boolean).join(' ');
  const at = (t: IsoDateTime | undefined) => (t ? `（${t.slice(11, 16)}）` : '');
  switch (d.state) {
    case '待报':
      return `${head} 剩余 ${durationText(d.minutesRemaining ?? 0)}`;
    case '未报':
      return `${head} 已超时 ${durationText(d.minutesRemaining ?? 0)}`;
    case '按时':
      return `${head} 按时${at(d.reportedAt)}`;
    case '迟报':
      return `${head} 迟报 ${durationText(d.minutesLate ?? 0)}${at(d.reportedAt)}`;
  }
}

/** `2024-03-05T10:15` → `3月5日 10:15`. */
export function shortTime(at: IsoDateTime): string {
  return `${Number(at.slice(5, 7))}月${Number(at.slice(8, 10))}日 ${at.slice(11, 16)}`;
}
