import { describe, expect, it } from 'vitest';
import { at, commission, report, urgentEvent } from './__tests__/builders.ts';
import { DEFAULT_DEADLINE_TABLE } from './deadlineTable.ts';
import { derivePenalties } from './derivePenalties.ts';
import { urgentPenalties } from './urgentPenalties.ts';

const table = DEFAULT_DEADLINE_TABLE;

describe('urgentPenalties', () => {
  it('gives nothing when every 初报 limit was met', () => {
    const event = urgentEvent({
      reports: [report('初报', '电话', '2024-03-05T10:15'), report('初报', '书面', '2024-03-05T10:30')],
    });
    expect(urgentPenalties([event], table, at('2024-03-31T23:59'))).toEqual([]);
  });

  it('gives a 迟报 naming the item, dated the day the limit fell due, with the computation in its note', () => {
    const event = urgentEvent({
      reports: [report('初报', '电话', '2024-03-05T10:10'), report('初报', '书面', '2024-03-05T10:45', 'J-7')],
    });
    expect(urgentPenalties([event], table, at('2024-03-31T23:59'))).toEqual([
      {
        unitId: '宣汉县',
        kind: '迟报',
        date: '2024-03-05',
        itemId: 'J-7',
        note: '“某镇化工厂火灾”（重大，接报 2024-03-05T10:00）：接报后30分钟内书面初报，应于 2024-03-05T10:30 前，2024-03-05T10:45 才报，迟 15 分钟',
      },
    ]);
  });

  it('counts a phone report never made as 迟报 when the written one came', () => {
    const event = urgentEvent({ reports: [report('初报', '书面', '2024-03-05T10:20')] });
    const [p] = urgentPenalties([event], table, at('2024-03-05T12:00'));
    expect(p?.kind).toBe('迟报');
    expect(p?.note).toContain('接报后15分钟内电话初报，应于 2024-03-05T10:15 前，截至 2024-03-05T12:00 未报');
  });

  it('gives a 漏报 when no 初报 was made by the deadline, and turns it into a 迟报 once one is recorded', () => {
    const event = urgentEvent({
      grade: '一般',
      receivedAt: at('2024-03-31T20:00'),
      occurredAt: at('2024-03-31T19:00'),
    });
    expect(urgentPenalties([event], table, at('2024-04-01T01:59'))).toEqual([]);
    expect(urgentPenalties([event], table, at('2024-04-01T02:01'))).toEqual([
      {
        unitId: '宣汉县',
        kind: '漏报',
        date: '2024-04-01',
        note: '“某镇化工厂火灾”（一般，接报 2024-03-31T20:00）：截至 2024-04-01T02:01 没有任何初报；接报后6小时内书面初报应于 2024-04-01T02:00 前',
      },
    ]);
    const reported = { ...event, reports: [report('初报', '书面', '2024-04-01T09:00')] };
    expect(urgentPenalties([reported], table, at('2024-04-30T23:59'))).toMatchObject([
      { kind: '迟报', date: '2024-04-01' },
    ]);
  });

  it('leaves out events received after the clock', () => {
    expect(urgentPenalties([urgentEvent()], table, at('2024-03-05T09:59'))).toEqual([]);
  });
});

describe('derivePenalties', () => {
  it('joins urgent and commission penalties in one sorted list', () => {
    const records = {
      urgentEvents: [urgentEvent({ reports: [report('初报', '电话', '2024-03-05T10:14')] })],
      commissions: [
        commission('YG-1', '2024-03-01', ['宣汉县', '达川区'], [{ unit: '达川区', item: 'D-1', date: '2024-03-03' }]),
      ],
    };
    expect(
      derivePenalties(records, table, at('2024-03-31T23:59')).map((p) => [p.date, p.unitId, p.kind, p.itemId]),
    ).toEqual([
      ['2024-03-01', '宣汉县', '约稿未报', undefined],
      ['2024-03-01', '达川区', '约稿迟报', 'D-1'],
      ['2024-03-05', '宣汉县', '迟报', undefined],
    ]);
  });
});
