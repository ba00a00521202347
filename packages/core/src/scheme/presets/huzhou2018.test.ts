import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { scoresOf } from '../../testing/scores.ts';
import { huzhou2018 } from './huzhou2018.ts';

const set = records()
  .units(['吴兴区', '南浔区'])
  .unit('某企业直报点', { parent: '吴兴区' })
  .item('W1', '吴兴区', { category: '动态' })
  .adopt('W1', '市', '湖州政务（每日要情）', '2024-09-01')
  .instruct('W1', '市', '2024-09-02', { publication: '《湖州政务（每日要情）》' })
  .instruct('W1', '市', '2024-09-03', { publication: '专报信息' })
  .route('W1', '省', '2024-09-01')
  .adopt('W1', '省', '每日要情', '2024-09-04')
  .adopt('W1', '省', '《专报信息》', '2024-09-05')
  .instruct('W1', '省', '2024-09-06')
  .instruct('W1', '省', '2024-09-07')
  .item('E1', '某企业直报点', { category: '约稿' })
  .adopt('E1', '市', '专报信息', '2024-09-01')
  .instruct('E1', '市', '2024-09-02', { publication: '专报信息' })
  .route('E1', '省', '2024-09-01')
  .item('N1', '南浔区')
  .adopt('N1', '市', '湖州政务特刊', '2024-09-01')
  .build();

describe('huzhou-2018 preset', () => {
  it('adds provincial adoptions, pays same-level instructions once, rolls reporting points up', () => {
    // 吴兴区: 3 + 10 + 报省 3 + 10 + 30 + 50; 直报点: 10 + 20 + 约稿报省 10
    const result = score(huzhou2018, set, { period: period('2024') });
    expect(scoresOf(result)).toEqual({ 吴兴区: 146, 南浔区: 20 });
    expect(result.units.find((u) => u.unitId === '吴兴区')?.members).toEqual(['某企业直报点']);
  });
});
