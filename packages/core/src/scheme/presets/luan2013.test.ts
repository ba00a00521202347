import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { scoresOf } from '../../testing/scores.ts';
import { luan2013 } from './luan2013.ts';

describe('luan-2013 preset', () => {
  const set = records()
    .units(['金安区', '裕安区', '霍山县'])
    .item('A1', '金安区')
    .adopt('A1', '市', '《政务要情》', '2024-05-02')
    .adopt('A1', '市', '政务快讯（专报）', '2024-05-03')
    .route('A1', '省', '2024-05-04', '直报')
    .route('A1', '国家', '2024-05-05', '转报')
    .adopt('A1', '省', '安徽政务信息', '2024-05-06')
    .adopt('A1', '国家', '国办信息', '2024-05-07')
    .instruct('A1', '市', '2024-05-08', { category: '主要领导' })
    .instruct('A1', '市', '2024-05-09', { category: '其他领导' })
    .instruct('A1', '市', '2024-05-10', { category: '其他领导' })
    .instruct('A1', '市', '2024-05-11', { category: '秘书长级' })
    .item('B1', '裕安区')
    .adopt('B1', '市', '政务快讯', '2024-05-02')
    .build();

  it('adds up adoptions, routes at any route kind, and one bonus per leader category', () => {
    // 10 + 10 + 报省 5 + 报国办 30 + 省 40 + 国家 80 + 主要领导 30 + 其他领导 15 (once)
    expect(scoresOf(score(luan2013, set, { period: period('2024') }))).toEqual({ 金安区: 220, 裕安区: 5, 霍山县: 0 });
  });

  it('compares publication names normalised', () => {
    const result = score(luan2013, set, { period: period('2024') });
    const clauses = result.ledger.filter((e) => e.record.kind === 'adoption').map((e) => e.clause.id);
    expect(clauses).toContain('city-zwkx-zb');
    expect(clauses).toContain('city-zwyq');
  });
});
