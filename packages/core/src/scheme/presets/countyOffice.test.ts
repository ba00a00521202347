import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { entriesOf, scoresOf } from '../../testing/scores.ts';
import { countyOffice } from './countyOffice.ts';

function build(items: number) {
  const b = records().units(['综合股', '秘书股', '信息股']);
  // 综合股: C1 is sent to the county and forwarded to the city: one item for the quota
  for (let i = 1; i <= items; i++)
    b.item(`C${i}`, '综合股', i === 3 ? { category: '调研' } : {}).route(`C${i}`, '县', '2024-03-01');
  b.route('C1', '市', '2024-03-02', '转报')
    .adopt('C1', '县', '《要情》', '2024-03-03', '综合')
    .adopt('C2', '县', '政府信息', '2024-03-03', '单条')
    .adopt('C2', '县', '政府信息', '2024-03-04', '摘编')
    .adopt('C3', '市', '市委信息', '2024-03-05')
    .adopt('C4', '国家', '中办信息', '2024-03-05')
    .adopt('C5', '国家', '国办信息', '2024-03-05')
    .adopt('C6', '省', '浙江信息', '2024-03-05')
    .instruct('C1', '市', '2024-03-06', { category: '秘书长级' })
    .instruct('C1', '市', '2024-03-06')
    .instruct('C1', '县', '2024-03-06')
    .instruct('C3', '国家', '2024-03-07');
  // a combined item gives each unit 3, unsplit; a joint single item is split
  b.item('J1', ['秘书股', '信息股'])
    .adopt('J1', '县', '政府信息', '2024-04-01', '综合')
    .item('J2', ['秘书股', '信息股'])
    .adopt('J2', '县', '政府信息', '2024-04-02', '单条');
  return b.build();
}

describe('county-office preset', () => {
  it('pays the base when the quota is met by exactly one item, and doubles research adoptions only', () => {
    // base 50 + 要情 10 + 单条 5 + 市 20 (调研 ×2) + 中办 50 + 国办 30 + 省 20 + 秘书长级 20 + 市 30 + 县 10 + 国家 50
    const met = score(countyOffice, build(15), { period: period('2024') });
    expect(scoresOf(met)).toEqual({ 综合股: 295, 秘书股: 5.5, 信息股: 5.5 });
    expect(entriesOf(met, '综合股', 'research-double')[0]?.points).toBe(10);
    const base = entriesOf(met, '综合股', 'base');
    expect(base).toMatchObject([{ points: 50, record: { kind: 'route' } }]);
    const short = score(countyOffice, build(14), { period: period('2024') });
    expect(scoresOf(short).综合股).toBe(245);
  });
});
