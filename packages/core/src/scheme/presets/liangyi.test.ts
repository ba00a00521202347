import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { entriesOf, scoresOf } from '../../testing/scores.ts';
import { liangyi } from './liangyi.ts';

const set = records()
  .units(['甲区', '乙区', '丙区'])
  // city leaders: 10, then 5 each; secretary-general level: 5, then 3 — two series
  .item('L1', '甲区')
  .adopt('L1', '市', '专报信息', '2024-02-01', '单篇')
  .instruct('L1', '市', '2024-02-02', { category: '主要领导' })
  .instruct('L1', '市', '2024-02-03', { category: '其他领导' })
  .instruct('L1', '市', '2024-02-04', { category: '秘书长级' })
  .instruct('L1', '市', '2024-02-05', { category: '秘书长级' })
  .instruct('L1', '市', '2024-02-06', { category: '其他领导' })
  // combined from two units: 1 each; a joint 动态 item: 3 split
  .item('L2', ['甲区', '乙区'])
  .adopt('L2', '市', '专报信息', '2024-02-01', '综合')
  .adopt('L2', '市', '专报信息', '2024-02-08', '单条')
  .item('L3', '乙区')
  .adopt('L3', '市', '专报信息', '2024-02-01', '简讯')
  .penalize('甲区', '迟报', '2024-03-01')
  .penalize('甲区', '迟报', '2024-04-01')
  .penalize('甲区', '迟报', '2024-05-01')
  .penalize('甲区', '迟报', '2024-06-01')
  .penalize('乙区', '迟报', '2024-03-01')
  .penalize('乙区', '迟报', '2024-04-01')
  .penalize('乙区', '失实', '2024-04-02', 'L3')
  .penalize('丙区', '约稿未报', '2024-03-01')
  .penalize('丙区', '约稿未报', '2024-03-02')
  .build();

describe('liangyi preset', () => {
  const result = score(liangyi, set, { period: period('2024') });

  it('pays diminishing instruction bonuses and deducts per full set of late reports', () => {
    // 甲区: 10 + 10 + 5 + 5 + 3 + 5 + 1 + 1.5 − 10; 乙区: 1 + 1.5 + 1 − 10; 丙区: −10
    expect(scoresOf(result)).toEqual({ 甲区: 30.5, 乙区: -6.5, 丙区: -10 });
    expect(entriesOf(result, '甲区', 'instr-city').map((e) => e.points)).toEqual([10, 5, 5]);
    expect(entriesOf(result, '甲区', 'instr-secretary').map((e) => e.points)).toEqual([5, 3]);
  });

  it('puts units with three late reports or two missed commissions out of the awards', () => {
    const out = Object.fromEntries(result.units.map((u) => [u.unitId, u.disqualified]));
    expect(out).toEqual({ 甲区: true, 乙区: false, 丙区: true });
  });

  it('counts late reports within the period only', () => {
    const h1 = score(liangyi, set, { period: { from: '2024-01-01', to: '2024-04-30' } as never });
    expect(scoresOf(h1).甲区).toBe(40.5);
  });
});
