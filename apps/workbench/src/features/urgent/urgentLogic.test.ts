import {
  DEFAULT_DEADLINE_TABLE,
  eventId,
  type IsoDateTime,
  type UrgentEvent,
  unitId,
  urgentStatus,
} from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { deadlineTableToRows, readDeadlineTable, rowsToDeadlineTable } from './deadlineSettings.ts';
import { addReport, buildUrgentEvent, countdownText, durationText, inputOfEvent } from './urgentLogic.ts';

const t = (s: string) => s as IsoDateTime;
const id = eventId('JJ1');

function event(over: Partial<UrgentEvent> = {}): UrgentEvent {
  return {
    id,
    title: '某镇山体滑坡',
    grade: '重大',
    unitId: unitId('宣汉县'),
    occurredAt: t('2024-03-05T09:40'),
    receivedAt: t('2024-03-05T10:00'),
    reports: [],
    ...over,
  };
}

describe('buildUrgentEvent', () => {
  it('keeps typed fields, leaves blank ones out so core reports them missing', () => {
    const r = buildUrgentEvent(id, {
      title: ' 某镇山体滑坡 ',
      grade: '重大',
      unitId: unitId('宣汉县'),
      occurredAt: '2024-03-05T09:40',
      receivedAt: '2024-03-05T10:00',
      place: ' 某镇某村 ',
      nature: '  ',
    });
    expect(r.ok && r.value).toEqual(event({ place: '某镇某村' }));
    if (r.ok)
      expect(
        urgentStatus(r.value, DEFAULT_DEADLINE_TABLE, t('2024-03-05T10:03')).missingFields.map((f) => f.name),
      ).toEqual(['事件性质', '影响范围', '伤亡和损失', '已采取措施', '发展趋势', '签发人', '联系人和电话']);
  });

  it('refuses a receipt before the event and missing times, in Chinese', () => {
    const r = buildUrgentEvent(id, {
      title: '',
      grade: '一般',
      unitId: unitId('宣汉县'),
      occurredAt: '2024-03-05T10:00',
      receivedAt: '2024-03-05T09:00',
    });
    expect(r).toEqual({ ok: false, problems: ['请填写事件名称', '接报时间不能早于事发时间'] });
  });

  it('keeps the report chain when the fields are edited', () => {
    const old = event({ reports: [{ stage: '初报', channel: '电话', at: t('2024-03-05T10:05') }] });
    const r = buildUrgentEvent(id, { ...inputOfEvent(old), trend: '趋于稳定' }, old);
    expect(r.ok && r.value.reports).toEqual(old.reports);
    expect(r.ok && r.value.trend).toBe('趋于稳定');
  });
});

it('reads the countdown as the duty office says it', () => {
  const at = (now: string, e = event()) => urgentStatus(e, DEFAULT_DEADLINE_TABLE, t(now)).deadlines.map(countdownText);
  expect(at('2024-03-05T10:03')).toEqual(['电话 初报 剩余 12 分钟', '书面 初报 剩余 27 分钟']);
  expect(at('2024-03-05T10:18')).toEqual(['电话 初报 已超时 3 分钟', '书面 初报 剩余 12 分钟']);
  const reported = addReport(addReport(event(), { stage: '初报', channel: '书面', at: t('2024-03-05T10:20') }), {
    stage: '初报',
    channel: '电话',
    at: t('2024-03-05T10:18'),
  });
  expect(reported.reports.map((r) => r.channel)).toEqual(['电话', '书面']);
  expect(at('2024-03-05T10:30', reported)).toEqual(['电话 初报 迟报 3 分钟（10:18）', '书面 初报 按时（10:20）']);
  expect(durationText(-75)).toBe('1 小时 15 分钟');
  expect(durationText(360)).toBe('6 小时');
});

describe('the deadline table in settings', () => {
  it('falls back to the example table when nothing or something invalid is stored', () => {
    expect(readDeadlineTable(null)).toEqual({ table: DEFAULT_DEADLINE_TABLE, problems: [] });
    const bad = readDeadlineTable({ version: 1, jurisdiction: '' });
    expect(bad.table).toBe(DEFAULT_DEADLINE_TABLE);
    expect(bad.problems.length).toBeGreaterThan(0);
  });

  it('round-trips through the editable rows and validates edits', () => {
    const { head, rows } = deadlineTableToRows(DEFAULT_DEADLINE_TABLE);
    expect(rowsToDeadlineTable(head, rows)).toEqual({ ok: true, value: DEFAULT_DEADLINE_TABLE });
    const edited = rows.map((r) => (r.grade === '一般' ? { ...r, minutes: 120 } : r));
    const r = rowsToDeadlineTable({ ...head, jurisdiction: '某县', followUpEvery: { 重大: 60 } }, edited);
    expect(r.ok && r.value.grades.一般.deadlines).toEqual([{ stage: '初报', channel: '书面', minutes: 120 }]);
    expect(r.ok && r.value.grades.重大.followUpEvery).toBe(60);
    const empty = rowsToDeadlineTable(
      head,
      rows.filter((x) => x.grade !== '较大'),
    );
    expect(empty.ok).toBe(false);
    const dup = rowsToDeadlineTable(head, [...rows, { ...rows[0], key: 'x' } as (typeof rows)[number]]);
    expect(!dup.ok && dup.problems.join()).toContain('重复');
  });
});
