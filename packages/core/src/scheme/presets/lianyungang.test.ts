import { describe, expect, it } from 'vitest';
import { score } from '../../engine/score.ts';
import { period, records } from '../../testing/records.ts';
import { entriesOf, ledgerTotals, scoresOf } from '../../testing/scores.ts';
import { lianyungang } from './lianyungang.ts';

const set = records()
  .units(['海州区', '连云区', '赣榆区', '灌云县', '东海县'])
  .unit('海州区经济开发区', { parent: '海州区' })
  // a research piece forwarded to the province, adopted at two levels, instructed three times
  .item('H1', '海州区', { category: '调研' })
  .route('H1', '市', '2024-02-28')
  .route('H1', '省', '2024-03-02', '转报')
  .adopt('H1', '市', '《昨日情况》', '2024-03-01', '单条')
  .adopt('H1', '省', '《专报信息》', '2024-03-05')
  .instruct('H1', '省', '2024-03-09')
  .instruct('H1', '省', '2024-03-10')
  .instruct('H1', '市', '2024-03-11', { publication: '《政务建议》' })
  // a joint item: points split equally; 国家 转报 earns, 直报 does not
  .item('J1', ['连云区', '赣榆区'])
  .adopt('J1', '市', '昨日情况', '2024-03-03', '简讯')
  .adopt('J1', '省', '信息简报', '2024-03-04')
  .route('J1', '国家', '2024-03-06', '转报')
  .item('J2', ['连云区', '赣榆区'])
  .route('J2', '国家', '2024-03-06', '直报')
  // a reporting point rolls into its parent
  .item('D1', '海州区经济开发区')
  .adopt('D1', '国家', '国办信息', '2024-04-01')
  // records outside the period, and a publication the method does not name
  .item('G1', '灌云县')
  .adopt('G1', '市', '政务建议', '2025-01-02')
  .item('G2', '灌云县')
  .adopt('G2', '市', '政务建议', '2024-06-01')
  .adopt('G2', '市', '《其他刊物》', '2024-06-02')
  .build();

describe('lianyungang preset', () => {
  it('scores the year from the published values', () => {
    const result = score(lianyungang, set, { period: period('2024') });
    // H1: 报省 2 + 省专报调研 30 + 昨日情况 3 + 省领导 50 (once) + 市领导 on 政务建议 10; D1: 国家 50
    expect(scoresOf(result)).toEqual({ 海州区: 145, 连云区: 10.5, 赣榆区: 10.5, 灌云县: 20, 东海县: 0 });
  });

  it('ties every point to a record and a clause, and its totals equal the ledger', () => {
    const result = score(lianyungang, set, { period: period('2024') });
    const ledger = ledgerTotals(result);
    for (const u of result.units) expect(ledger[u.unitId] ?? 0).toBeCloseTo(u.total, 9);
    const [forward] = entriesOf(result, '连云区', 'route-national-forwarded');
    expect(forward).toMatchObject({ points: 5, record: { kind: 'route', itemId: 'J1', date: '2024-03-06' } });
    expect(forward?.clause.label).toBe('选报国办');
    const [point] = entriesOf(result, '海州区', 'national');
    expect(point).toMatchObject({ sourceUnitId: '海州区经济开发区', points: 50 });
  });

  it('leaves out records dated outside the period', () => {
    const march = score(lianyungang, set, { period: period('2024-03'), ledger: false });
    expect(scoresOf(march)).toEqual({ 海州区: 95, 连云区: 10.5, 赣榆区: 10.5, 灌云县: 0, 东海县: 0 });
    expect(march.ledger).toEqual([]);
  });
});
