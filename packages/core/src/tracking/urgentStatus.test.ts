import { describe, expect, it } from 'vitest';
import { at, report, urgentEvent } from './__tests__/builders.ts';
import { DEFAULT_DEADLINE_TABLE, type DeadlineTable } from './deadlineTable.ts';
import { formatMinutes, relayDue, urgentStatus } from './urgentStatus.ts';

const table = DEFAULT_DEADLINE_TABLE;
const brief = (s: ReturnType<typeof urgentStatus>) =>
  s.deadlines.map((d) => [d.rule, d.due, d.state, d.minutesRemaining, d.minutesLate]);

describe('urgentStatus: 初报 deadlines of the default table', () => {
  it('shows a 重大 event with nothing reported counting down, then overdue', () => {
    const event = urgentEvent();
    expect(brief(urgentStatus(event, table, at('2024-03-05T10:10')))).toEqual([
      ['接报后15分钟内电话初报', '2024-03-05T10:15', '待报', 5, undefined],
      ['接报后30分钟内书面初报', '2024-03-05T10:30', '待报', 20, undefined],
    ]);
    expect(brief(urgentStatus(event, table, at('2024-03-05T10:20')))).toEqual([
      ['接报后15分钟内电话初报', '2024-03-05T10:15', '未报', -5, undefined],
      ['接报后30分钟内书面初报', '2024-03-05T10:30', '待报', 10, undefined],
    ]);
  });

  it('counts a report exactly at the deadline as on time and one a minute later as late', () => {
    const event = urgentEvent({
      reports: [report('初报', '电话', '2024-03-05T10:15'), report('初报', '书面', '2024-03-05T10:31')],
    });
    expect(brief(urgentStatus(event, table, at('2024-03-05T12:00')))).toEqual([
      ['接报后15分钟内电话初报', '2024-03-05T10:15', '按时', null, undefined],
      ['接报后30分钟内书面初报', '2024-03-05T10:30', '迟报', null, 1],
    ]);
  });

  it('keeps a deadline pending at the very minute it falls due', () => {
    const s = urgentStatus(urgentEvent(), table, at('2024-03-05T10:15'));
    expect(s.deadlines[0]).toMatchObject({ state: '待报', minutesRemaining: 0 });
  });

  it('carries a deadline across midnight into a leap day', () => {
    const event = urgentEvent({
      grade: '较大',
      occurredAt: at('2024-02-28T23:20'),
      receivedAt: at('2024-02-28T23:30'),
      reports: [report('初报', '书面', '2024-02-29T00:30')],
    });
    expect(brief(urgentStatus(event, table, at('2024-02-29T08:00')))).toEqual([
      ['接报后1小时内书面初报', '2024-02-29T00:30', '按时', null, undefined],
    ]);
  });

  it('counts a 一般 event 6 hours from receipt, across the year end', () => {
    const event = urgentEvent({
      grade: '一般',
      occurredAt: at('2024-12-31T21:00'),
      receivedAt: at('2024-12-31T22:00'),
    });
    expect(urgentStatus(event, table, at('2025-01-01T04:01')).deadlines).toMatchObject([
      { due: '2025-01-01T04:00', state: '未报', minutesRemaining: -1 },
    ]);
  });

  it('ignores reports made after the clock: they have not happened yet', () => {
    const event = urgentEvent({ reports: [report('初报', '电话', '2024-03-05T10:40')] });
    expect(urgentStatus(event, table, at('2024-03-05T10:39')).deadlines[0]?.state).toBe('未报');
    expect(urgentStatus(event, table, at('2024-03-05T10:40')).deadlines[0]).toMatchObject({
      state: '迟报',
      reportedAt: '2024-03-05T10:40',
      minutesLate: 25,
    });
  });

  it('does not let a written report answer the phone limit, nor a 续报 answer a 初报', () => {
    const event = urgentEvent({
      reports: [report('初报', '书面', '2024-03-05T10:05'), report('续报', '电话', '2024-03-05T10:06')],
    });
    expect(urgentStatus(event, table, at('2024-03-05T11:00')).deadlines.map((d) => d.state)).toEqual(['未报', '按时']);
  });
});

describe('urgentStatus: required fields and the chain of reports', () => {
  it('lists the missing required fields by their Chinese names', () => {
    const { place: _p, casualties: _c, ...rest } = urgentEvent();
    const s = urgentStatus({ ...rest, contact: '  ' }, table, at('2024-03-05T10:00'));
    expect(s.missingFields.map((f) => f.name)).toEqual(['事发地点', '伤亡和损失', '联系人和电话']);
    expect(urgentStatus(urgentEvent(), table, at('2024-03-05T10:00')).missingFields).toEqual([]);
  });

  it('flags an event received before it occurred', () => {
    const s = urgentStatus(urgentEvent({ occurredAt: at('2024-03-05T11:00') }), table, at('2024-03-05T12:00'));
    expect(s.problems).toEqual([
      {
        code: 'received_before_occurred',
        message: '接报时间 2024-03-05T10:00 早于事发时间 2024-03-05T11:00',
        path: ['receivedAt'],
      },
    ]);
  });

  it('flags a 终报 before the 初报 by time, whatever the order of the list', () => {
    const event = urgentEvent({
      reports: [report('初报', '书面', '2024-03-05T10:20'), report('终报', '书面', '2024-03-05T10:10')],
    });
    expect(urgentStatus(event, table, at('2024-03-05T12:00')).problems).toEqual([
      {
        code: 'before_first_report',
        message: '书面终报（2024-03-05T10:10）早于初报（2024-03-05T10:20）',
        path: ['reports', 1, 'at'],
      },
    ]);
  });

  it('flags a final report without any first report, a 续报 after the 终报 and a report before receipt', () => {
    const noFirst = urgentEvent({ reports: [report('终报', '书面', '2024-03-05T11:00')] });
    expect(urgentStatus(noFirst, table, at('2024-03-05T12:00')).problems.map((p) => p.code)).toEqual([
      'missing_first_report',
    ]);
    const messy = urgentEvent({
      reports: [
        report('初报', '电话', '2024-03-05T09:55'),
        report('终报', '书面', '2024-03-05T12:00'),
        report('续报', '书面', '2024-03-05T13:00'),
      ],
    });
    expect(urgentStatus(messy, table, at('2024-03-05T14:00')).problems.map((p) => [p.code, p.path])).toEqual([
      ['report_before_received', ['reports', 0, 'at']],
      ['follow_up_after_final', ['reports', 2, 'at']],
    ]);
  });
});

describe('urgentStatus: a jurisdiction with a 续报 interval', () => {
  const withInterval: DeadlineTable = {
    ...table,
    grades: { ...table.grades, 较大: { deadlines: [{ stage: '初报', minutes: 60 }], followUpEvery: 120 } },
  };

  it('asks for a 续报 every interval after the previous report until the 终报', () => {
    const event = urgentEvent({
      grade: '较大',
      reports: [
        report('初报', '电话', '2024-03-05T10:30'),
        report('续报', '书面', '2024-03-05T12:00'),
        report('续报', '书面', '2024-03-05T14:30'),
      ],
    });
    expect(brief(urgentStatus(event, withInterval, at('2024-03-05T16:40')))).toEqual([
      ['接报后1小时内初报', '2024-03-05T11:00', '按时', null, undefined],
      ['上次报告后2小时内续报（第1次）', '2024-03-05T12:30', '按时', null, undefined],
      ['上次报告后2小时内续报（第2次）', '2024-03-05T14:00', '迟报', null, 30],
      ['上次报告后2小时内续报（第3次）', '2024-03-05T16:30', '未报', -10, undefined],
    ]);
  });

  it('stops asking once the 终报 came in time', () => {
    const event = urgentEvent({
      grade: '较大',
      reports: [report('初报', '电话', '2024-03-05T10:30'), report('终报', '书面', '2024-03-05T12:00')],
    });
    expect(urgentStatus(event, withInterval, at('2024-03-06T10:00')).deadlines).toHaveLength(1);
  });
});

describe('relayDue', () => {
  it('gives the county-to-city relay time from receipt, or null when the jurisdiction has none', () => {
    expect(relayDue(urgentEvent({ receivedAt: at('2024-03-05T23:00') }), table)).toBe('2024-03-06T01:00');
    const { relayMinutes: _r, ...noRelay } = table;
    expect(relayDue(urgentEvent(), noRelay)).toBeNull();
  });

  it('writes whole hours as hours', () => {
    expect([formatMinutes(360), formatMinutes(30), formatMinutes(90)]).toEqual(['6小时', '30分钟', '90分钟']);
  });
});
