import { describe, expect, it } from 'vitest';
import type { RecordSet } from '../model/records.ts';
import {
  adoption,
  at,
  commission,
  day,
  instruction,
  item,
  report,
  route,
  u,
  unit,
  urgentEvent,
} from './__tests__/builders.ts';
import { trackUnits, unitTracking } from './unitTracking.ts';

const q1 = { from: day('2024-01-01'), to: day('2024-03-31') };

const records: Pick<
  RecordSet,
  'units' | 'items' | 'routes' | 'adoptions' | 'instructions' | 'commissions' | 'urgentEvents'
> = {
  units: [unit('达州市直'), unit('宣汉县', '达州市直'), unit('南坝镇', '宣汉县'), unit('达川区')],
  items: [
    item('X1', '宣汉县'),
    item('X2', '宣汉县', '达川区'),
    item('X3', '宣汉县'),
    item('X4', '南坝镇'),
    item('X5', '宣汉县'),
  ],
  routes: [
    route('X1', '市', '2024-01-10'),
    route('X1', '省', '2024-01-12', { kind: '转报' }),
    route('X2', '市', '2024-02-01'),
    route('X3', '市', '2024-03-30'),
    route('X4', '市', '2024-02-15'),
    route('X5', '市', '2023-12-28'),
  ],
  adoptions: [
    adoption('X1', '市', '2024-01-15'),
    adoption('X1', '省', '2024-01-20'),
    adoption('X2', '市', '2024-02-03'),
    adoption('X3', '市', '2024-04-02'),
    adoption('X4', '市', '2024-02-20'),
    adoption('X5', '市', '2024-01-03'),
  ],
  instructions: [instruction('X1', '省', '2024-01-25'), instruction('X1', '市', '2024-01-26')],
  commissions: [commission('YG-1', '2024-04-10', ['宣汉县']), commission('YG-2', '2024-03-15', ['宣汉县', '南坝镇'])],
  urgentEvents: [
    urgentEvent({ reports: [report('初报', '电话', '2024-03-05T10:10'), report('初报', '书面', '2024-03-05T10:50')] }),
  ],
};

describe('unitTracking', () => {
  it('counts a county’s items submitted and adopted in a quarter, by level', () => {
    const t = unitTracking(records, u('宣汉县'), q1);
    expect([t.submittedItems, t.adoptedItems]).toEqual([
      ['X1', 'X2', 'X3'],
      ['X1', 'X2', 'X5'],
    ]);
    expect(t.byLevel.市).toEqual({ submitted: 3, adoptedOfSubmitted: 2, rate: 2 / 3, adopted: 3, instructions: 1 });
    expect(t.byLevel.省).toEqual({ submitted: 1, adoptedOfSubmitted: 1, rate: 1, adopted: 1, instructions: 1 });
    expect(t.byLevel.国家).toEqual({ submitted: 0, adoptedOfSubmitted: 0, rate: null, adopted: 0, instructions: 0 });
  });

  it('counts a joint item for each of its units', () => {
    const t = unitTracking(records, u('达川区'), q1);
    expect([t.submitted, t.adopted, t.byLevel.市.rate]).toEqual([1, 1, 1]);
  });

  it('lists pending and missed commissions and missed urgent limits', () => {
    const t = unitTracking(records, u('宣汉县'), q1);
    expect(t.pendingCommissions.map((s) => s.commissionId)).toEqual(['YG-1']);
    expect(t.missedCommissions.map((s) => [s.commissionId, s.unitId])).toEqual([['YG-2', '宣汉县']]);
    expect(t.overdueUrgent.map((d) => [d.eventId, d.rule, d.state, d.minutesLate])).toEqual([
      ['E1', '接报后30分钟内书面初报', '迟报', 20],
    ]);
  });

  it('judges urgent limits at the given clock', () => {
    const t = unitTracking({ ...records, urgentEvents: [urgentEvent()] }, u('宣汉县'), q1, {
      now: at('2024-03-05T10:20'),
    });
    expect(t.overdueUrgent.map((d) => [d.rule, d.state, d.minutesRemaining])).toEqual([
      ['接报后15分钟内电话初报', '未报', -5],
    ]);
  });

  it('rolls a town up into its county and the county into the city, counting a shared item once', () => {
    const county = unitTracking(records, u('宣汉县'), q1, { rollUp: true });
    expect(county.units).toEqual(['宣汉县', '南坝镇']);
    expect(county.submittedItems).toEqual(['X1', 'X2', 'X3', 'X4']);
    expect(county.missedCommissions.map((s) => s.unitId)).toEqual(['南坝镇', '宣汉县']);
    const rows = trackUnits(records, q1, { rollUp: true });
    expect(rows.map((r) => [r.unitId, r.submitted, r.adopted])).toEqual([
      ['达州市直', 4, 4],
      ['达川区', 1, 1],
    ]);
  });

  it('gives every unit its own row without roll-up', () => {
    expect(trackUnits(records, q1).map((r) => [r.unitId, r.submitted])).toEqual([
      ['达州市直', 0],
      ['宣汉县', 3],
      ['南坝镇', 1],
      ['达川区', 1],
    ]);
  });
});
