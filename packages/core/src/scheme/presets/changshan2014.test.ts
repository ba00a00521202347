import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, type RecordsBuilder, records } from '../../testing/records.ts';
import { entriesOf, scoresOf } from '../../testing/scores.ts';
import { changshan2014 } from './changshan2014.ts';

function routed(b: RecordsBuilder, unit: string, prefix: string, count: number, date: string) {
  for (let i = 1; i <= count; i++) b.item(`${prefix}${i}`, unit).route(`${prefix}${i}`, '县', date);
}

const b = records().units(['天马街道', '紫港街道'], { group: '乡镇组' }).unit('县发改局', { group: '部门组' });
routed(b, '天马街道', 'JAN', 8, '2024-01-10');
routed(b, '天马街道', 'FEB', 7, '2024-02-10');
routed(b, '天马街道', 'MAR', 8, '2024-03-10');
// an item sent to the county and forwarded to the city in January counts once
b.route('JAN1', '市', '2024-01-11', '转报')
  .adopt('JAN1', '县', '《要情快报》', '2024-01-12')
  .adopt('JAN1', '县', '常山政务', '2024-01-13')
  .adopt('JAN1', '市', '衢州政务信息动态', '2024-01-14', '单篇')
  .adopt('JAN2', '县', '政务参阅', '2024-01-12', '摘编')
  // city adoption without a forwarding route earns nothing
  .route('JAN3', '市', '2024-01-11', '直报')
  .adopt('JAN3', '市', '衢州政务信息动态', '2024-01-14')
  .route('MAR1', '市', '2024-03-11', '转报')
  .adopt('MAR1', '市', '衢州政务工作交流', '2024-03-14');
routed(b, '县发改局', 'D', 3, '2024-01-20');
const set = b.build();

describe('changshan-2014 preset', () => {
  it('pays the monthly base per calendar month and adds up adoptions', () => {
    // 天马: base Jan 10 + Mar 10; 5 + 10 + 50 + 30 + 80
    const result = score(changshan2014, set, { period: period('2024') });
    expect(scoresOf(result)).toEqual({ 天马街道: 195, 紫港街道: 0, 县发改局: 0 });
    expect(entriesOf(result, '天马街道', 'monthly-base').map((e) => e.record.date)).toEqual([
      '2024-01-10',
      '2024-03-10',
    ]);
  });

  it('takes the monthly minimum as a per-group parameter', () => {
    const result = score(changshan2014, set, {
      period: period('2024-01'),
      groupParameters: { 部门组: { monthlyMinimum: 3 } },
    });
    expect(scoresOf(result)).toEqual({ 天马街道: 105, 紫港街道: 0, 县发改局: 10 });
  });
});
