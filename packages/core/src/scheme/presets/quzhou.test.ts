import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { scoresOf } from '../../testing/scores.ts';
import { quzhou } from './quzhou.ts';

const set = records()
  .units(['柯城区', '衢江区'], { group: '县区组' })
  .units(['市发改委', '市教育局'], { group: '部门组' })
  // forwarded to the province: ×2; sent directly: ×1
  .item('Q1', '柯城区')
  .route('Q1', '省', '2024-03-01', '转报')
  .adopt('Q1', '省', '浙江政务信息', '2024-03-02')
  .adopt('Q1', '市', '衢州政务', '2024-03-03', '专报')
  .adopt('Q1', '市', '衢州政务', '2024-03-04', '增刊')
  .item('Q2', '柯城区')
  .route('Q2', '省', '2024-03-01', '直报')
  .adopt('Q2', '省', '浙江政务信息', '2024-03-02')
  // joint, forwarded to 国办: 50 × 5 split; the city instruction (once) split too
  .item('Q3', ['衢江区', '市发改委'])
  .route('Q3', '国家', '2024-03-01', '转报')
  .adopt('Q3', '国家', '国办信息', '2024-03-05')
  .instruct('Q3', '市', '2024-03-06')
  .instruct('Q3', '市', '2024-03-07')
  .item('Q4', '市教育局')
  .adopt('Q4', '市', '衢州政务', '2024-03-03', '送阅')
  .adopt('Q4', '市', '衢州政务', '2024-03-04', '单条')
  .build();

describe('quzhou preset', () => {
  it('multiplies by route and splits joint items', () => {
    const result = score(quzhou, set, { period: period('2024') });
    expect(scoresOf(result)).toEqual({ 柯城区: 43, 衢江区: 130, 市发改委: 130, 市教育局: 4 });
    expect(Object.fromEntries(result.units.map((u) => [u.unitId, u.group]))).toMatchObject({
      柯城区: '县区组',
      市教育局: '部门组',
    });
  });

  it('lets the user override the provincial and national base values', () => {
    const result = score(quzhou, set, { period: period('2024'), parameters: { provinceBase: 12, nationalBase: 40 } });
    expect(scoresOf(result)).toEqual({ 柯城区: 49, 衢江区: 105, 市发改委: 105, 市教育局: 4 });
  });
});
