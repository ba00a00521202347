import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { entriesOf, scoresOf } from '../../testing/scores.ts';
import { meizhouEmergency } from './meizhouEmergency.ts';

const set = records()
  .units(['梅江区', '梅县区', '兴宁市', '平远县'])
  // used two ways (highest: 专报 5), instructed at two levels (市 once), with a picture: 13, halved once: 6.5
  .item('M1', '梅江区', { category: '紧急', attachments: ['图片'] })
  .adopt('M1', '市', '突发事件专报', '2024-07-01', '专报')
  .adopt('M1', '市', '突发事件综合', '2024-07-02', '综合')
  .instruct('M1', '省', '2024-07-03')
  .instruct('M1', '市', '2024-07-04')
  .instruct('M1', '市', '2024-07-05')
  .penalize('梅江区', '迟报', '2024-07-06', 'M1')
  .penalize('梅江区', '轻报', '2024-07-07', 'M1')
  .item('M2', '梅江区')
  .adopt('M2', '市', '备查', '2024-07-08', '备查')
  .penalize('梅江区', '瞒报', '2024-07-09')
  // a provincial adoption alone does not make a scored item
  .item('M3', '梅江区')
  .adopt('M3', '省', '省突发信息', '2024-07-10', '专报')
  .item('K1', '梅县区')
  .adopt('K1', '市', '送阅件', '2024-07-01', '送阅')
  .item('K2', '梅县区')
  .adopt('K2', '市', '约稿', '2024-07-01', '约稿')
  // used before the period: its instruction in the period earns nothing
  .item('K3', '梅县区')
  .adopt('K3', '市', '专报', '2023-12-01', '专报')
  .instruct('K3', '国家', '2024-07-02')
  .penalize('兴宁市', '漏报', '2024-07-03')
  .build();

describe('meizhou-emergency preset', () => {
  const result = score(meizhouEmergency, set, { period: period('2024') });

  it('averages over scored items; deductions count in the total, not in the divisor', () => {
    // 梅江区: (6.5 + 1 − 10) / 2; 梅县区: (4 + 3) / 2; no scored item: null
    expect(scoresOf(result)).toEqual({ 梅江区: -1.25, 梅县区: 3.5, 兴宁市: null, 平远县: null });
    const meijiang = result.units.find((u) => u.unitId === '梅江区');
    expect(meijiang).toMatchObject({ total: -2.5, scoredItems: 2 });
    expect(result.method).toBe('average');
  });

  it('halves the whole item once, however many late or understated rows', () => {
    const halves = entriesOf(result, '梅江区', 'halve');
    expect(halves).toHaveLength(1);
    expect(halves[0]?.points).toBe(-6.5);
  });
});
