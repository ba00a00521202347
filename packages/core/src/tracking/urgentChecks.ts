import type { Problem } from '../errors/problem.ts';
import { minutesBetween } from '../model/date.ts';
import type { UrgentEvent, UrgentReport } from '../model/records.ts';

/** The fields every urgent report must carry (domain.md), with their Chinese names, in the order offices list them. */
export const URGENT_REQUIRED_FIELDS = [
  { field: 'occurredAt', name: '事发时间' },
  { field: 'place', name: '事发地点' },
  { field: 'nature', name: '事件性质' },
  { field: 'scope', name: '影响范围' },
  { field: 'casualties', name: '伤亡和损失' },
  { field: 'measures', name: '已采取措施' },
  { field: 'trend', name: '发展趋势' },
  { field: 'unitId', name: '报告单位' },
  { field: 'signer', name: '签发人' },
  { field: 'contact', name: '联系人和电话' },
] as const;

/** A required field an urgent event lacks: its key on {@link UrgentEvent} and its Chinese name (事发地点 …). */
export type MissingUrgentField = (typeof URGENT_REQUIRED_FIELDS)[number];

/** The required fields of `event` that are absent or blank, in the order of {@link URGENT_REQUIRED_FIELDS}. */
export function missingUrgentFields(event: UrgentEvent): MissingUrgentField[] {
  return URGENT_REQUIRED_FIELDS.filter(({ field }) => {
    const value: unknown = event[field];
    return typeof value !== 'string' || value.trim() === '';
  });
}

const describe = (r: UrgentReport) => `${r.channel}${r.stage}（${r.at}）`;

function earliest(reports: readonly UrgentReport[], stage: UrgentReport['stage']): UrgentReport | undefined {
  return reports
    .filter((r) => r.stage === stage)
    .reduce<UrgentReport | undefined>((best, r) => (best === undefined || r.at < best.at ? r : best), undefined);
}

/**
 * Problems with an event's times and its chain 初报 → 续报 → 终报, judged by time (not by list order): received
 * before it occurred, a report before the event was received, a 续报 or 终报 without or before any 初报, a 续报
 * after the 终报. Paths are relative to the event (`['reports', 2, 'at']`).
 */
export function checkUrgentChain(event: UrgentEvent): Problem[] {
  const problems: Problem[] = [];
  if (minutesBetween(event.occurredAt, event.receivedAt) < 0) {
    problems.push({
      code: 'received_before_occurred',
      message: `接报时间 ${event.receivedAt} 早于事发时间 ${event.occurredAt}`,
      path: ['receivedAt'],
    });
  }
  const first = earliest(event.reports, '初报');
  const final = earliest(event.reports, '终报');
  let reportedNoFirst = false;
  event.reports.forEach((r, i) => {
    const path = ['reports', i, 'at'];
    if (minutesBetween(event.receivedAt, r.at) < 0) {
      problems.push({
        code: 'report_before_received',
        message: `${describe(r)}早于接报时间 ${event.receivedAt}`,
        path,
      });
    }
    if (r.stage === '初报') return;
    if (first === undefined) {
      if (!reportedNoFirst) {
        problems.push({ code: 'missing_first_report', message: `有${r.stage}而没有初报`, path: ['reports', i] });
      }
      reportedNoFirst = true;
    } else if (r.at < first.at) {
      problems.push({ code: 'before_first_report', message: `${describe(r)}早于初报（${first.at}）`, path });
    }
    if (r.stage === '续报' && final !== undefined && r.at > final.at) {
      problems.push({ code: 'follow_up_after_final', message: `${describe(r)}晚于终报（${final.at}）`, path });
    }
  });
  return problems;
}
