import { getPreset, score } from '@caibian/core';
import { describe, expect, it } from 'vitest';
import { records } from '../__tests__/builders.ts';
import { monthPeriod, yearPeriod } from '../period/period.ts';
import { rankPeriods } from '../rank/rankPeriods.ts';
import {
  adoptionRateSeries,
  pointsByLevel,
  pointsByPublication,
  rankSeries,
  scoreSeries,
  targetProgressSeries,
} from './series.ts';

const scheme = getPreset('lianyungang');
const set = records()
  .unit('海州区', '县区组')
  .unit('连云区', '县区组')
  .item('H1', '海州区', '调研')
  .route('H1', '市', '2024-01-03')
  .route('H1', '省', '2024-01-04', '转报')
  .adopt('H1', '市', '政务建议', '2024-01-05')
  .adopt('H1', '省', '专报信息', '2024-02-10')
  .instruct('H1', '省', '2024-02-12')
  .item('L1', '连云区')
  .route('L1', '市', '2024-02-01')
  .adopt('L1', '市', '昨日情况', '2024-02-02').set;

describe('series', () => {
  const months = [monthPeriod(2024, 1), monthPeriod(2024, 2), monthPeriod(2024, 3)];
  const rankings = rankPeriods(scheme, set, months, {
    targets: { format: 'caibian-targets', version: 1, groups: { 县区组: { submittedPerMonth: 1 } } },
  });

  it('gives rank over months as one line per unit over the periods', () => {
    expect(rankSeries(rankings)).toEqual({
      periods: months.map((p) => ({ label: p.label, from: p.from, to: p.to })),
      lines: [
        { unitId: '海州区', name: '海州区', group: '县区组', values: [1, 1, 1] },
        { unitId: '连云区', name: '连云区', group: '县区组', values: [2, 2, 1] },
      ],
    });
    expect(scoreSeries(rankings).lines.map((l) => l.values)).toEqual([
      [22, 80, 0],
      [0, 3, 0],
    ]);
  });

  it('gives the adoption rate and the target progress over months, null where there is nothing to measure', () => {
    expect(adoptionRateSeries(rankings, '市').lines.map((l) => l.values)).toEqual([
      [1, null, null],
      [null, 1, null],
    ]);
    expect(targetProgressSeries(rankings, 'submitted').lines.map((l) => l.values)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('splits points by level and by publication from the ledger, adding up to the total', () => {
    const result = score(scheme, set, { period: yearPeriod(2024) });
    const byLevel = pointsByLevel(result.units, result.ledger, set, scheme);
    expect(byLevel.keys).toEqual(['县', '市', '省', '国家', '其他']);
    expect(byLevel.rows[0]).toEqual({
      unitId: '海州区',
      name: '海州区',
      group: '县区组',
      values: [0, 20, 82, 0, 0],
      total: 102,
    });
    const byPublication = pointsByPublication(result.units, result.ledger, set);
    expect(byPublication.keys).toEqual(['政务建议', '昨日情况', '专报信息', '报送', '领导批示']);
    expect(byPublication.rows.map((r) => r.values)).toEqual([
      [20, 0, 30, 2, 50],
      [0, 3, 0, 0, 0],
    ]);
    for (const row of [...byLevel.rows, ...byPublication.rows]) {
      expect(row.values.reduce((a, b) => a + b, 0)).toBeCloseTo(row.total, 9);
    }
  });
});
