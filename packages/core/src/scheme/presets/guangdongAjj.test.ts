import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { scoresOf } from '../../testing/scores.ts';
import { guangdongAjj } from './guangdongAjj.ts';

const set = records()
  .units(['广州市局', '深圳市局', '珠海市局', '佛山市局'])
  // highest adoption only (40), instructions on top: 省 +10 once, 局领导 +5
  .item('G1', '广州市局')
  .adopt('G1', '省', '两办综刊', '2024-02-01')
  .adopt('G1', '省', '《广东安监简报》', '2024-02-02')
  .adopt('G1', '省', '领导专报', '2024-02-03', '专报')
  .instruct('G1', '省', '2024-02-05')
  .instruct('G1', '省', '2024-02-06')
  .instruct('G1', '省', '2024-02-07', { category: '本单位领导' })
  // adopted nowhere: 5, once, however many 省 routes
  .item('G2', '广州市局')
  .route('G2', '省', '2024-03-01')
  .route('G2', '省', '2024-04-01')
  .penalize('广州市局', '约稿未报', '2024-05-01')
  .item('S1', '深圳市局')
  .adopt('S1', '省', '广东省人民政府办公厅信息', '2024-02-01')
  .adopt('S1', '国家', '应急管理部信息', '2024-02-10')
  .item('S2', '深圳市局')
  .adopt('S2', '省', '广东安监简报', '2024-02-11')
  .item('S3', '深圳市局')
  .route('S3', '省', '2024-03-01')
  .item('S4', '深圳市局')
  .route('S4', '省', '2024-03-02')
  .route('S4', '市', '2024-03-02')
  .item('S5', '深圳市局')
  .route('S5', '市', '2024-03-02')
  .item('Z1', '珠海市局')
  .adopt('Z1', '省', '广东省人民政府办公厅信息', '2024-06-01')
  .penalize('珠海市局', '失实', '2024-06-02', 'Z1')
  // adopted before the period: not "adopted nowhere"
  .item('F1', '佛山市局')
  .adopt('F1', '省', '广东安监简报', '2023-12-30')
  .route('F1', '省', '2024-01-05')
  .build();

describe('guangdong-ajj preset', () => {
  const result = score(guangdongAjj, set, { period: period('2024') });

  it('counts the highest adoption, adds instructions, pays unadopted items and penalties', () => {
    // 广州: 40 + 10 + 5 + 5 − 10; 深圳: 30 + 10 + 5 + 5; 珠海: 30 − 30
    expect(scoresOf(result)).toEqual({ 广州市局: 50, 深圳市局: 50, 珠海市局: 0, 佛山市局: 0 });
  });

  it('breaks the tie by adoptions of the general offices and national adoptions', () => {
    const tie = Object.fromEntries(result.units.map((u) => [u.unitId, u.tieBreak]));
    expect(tie).toEqual({ 广州市局: [1], 深圳市局: [2], 珠海市局: [1], 佛山市局: [0] });
    expect(result.tieBreaks.map((t) => t.id)).toEqual(['tie-high-adoptions']);
  });

  it('flags false information as out of the awards without changing the score', () => {
    const zhuhai = result.units.find((u) => u.unitId === '珠海市局');
    expect(zhuhai).toMatchObject({ disqualified: true, total: 0 });
    expect(result.units.filter((u) => u.disqualified)).toHaveLength(1);
  });
});
