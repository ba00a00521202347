import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../model/date.ts';
import { parseScheme } from '../scheme/parseScheme.ts';
import { getPreset } from '../scheme/presets/index.ts';
import type { Scheme } from '../scheme/schemeSchema.ts';
import { period, records } from '../testing/records.ts';
import { ledgerTotals, scoresOf } from '../testing/scores.ts';
import { createScorer, score } from './score.ts';

function scheme(json: unknown): Scheme {
  const parsed = parseScheme(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const base = { format: 'caibian-scheme', version: 1, name: '测试办法', description: '测试用。' };

describe('score', () => {
  it('ranks every unit without parent, with 0 when it has no record, in the group 全部 when it has none', () => {
    const set = records().unit('甲', { group: '县区组' }).unit('乙').unit('丙', { parent: '乙' }).build();
    const result = score(getPreset('lianyungang'), set, { period: period('2024') });
    expect(result.units.map((u) => [u.unitId, u.group, u.score])).toEqual([
      ['甲', '县区组', 0],
      ['乙', '全部', 0],
    ]);
  });

  it('keeps thirds a tie: 22/3 + 20 and 22/3 + 15 + 5', () => {
    const s = scheme({
      ...base,
      id: 'thirds',
      adoptions: {
        rules: [
          { id: 'a', label: '甲刊', publications: ['甲刊'], points: 22 },
          { id: 'b', label: '乙刊', publications: ['乙刊'], points: 20 },
          { id: 'c', label: '丙刊', publications: ['丙刊'], points: 15 },
          { id: 'd', label: '丁刊', publications: ['丁刊'], points: 5 },
        ],
      },
    });
    const set = records()
      .units(['甲', '乙', '丙'])
      .item('J', ['甲', '乙', '丙'])
      .adopt('J', '市', '甲刊', '2024-01-02')
      .item('A', '甲')
      .adopt('A', '市', '乙刊', '2024-01-02')
      .item('B1', '乙')
      .adopt('B1', '市', '丙刊', '2024-01-02')
      .item('B2', '乙')
      .adopt('B2', '市', '丁刊', '2024-01-02')
      .build();
    const scores = scoresOf(score(s, set, { period: period('2024') }));
    expect(scores.甲).toBe(scores.乙);
  });

  it('scores each record under the scheme version in force at its own date', () => {
    const v2023 = scheme({
      ...base,
      id: 'office-2023',
      effective: { to: '2023-12-31' },
      adoptions: { rules: [{ id: 'city', label: '市级采用', levels: ['市'], points: 3 }] },
    });
    const v2024 = scheme({
      ...base,
      id: 'office-2024',
      effective: { from: '2024-01-01' },
      adoptions: { rules: [{ id: 'city', label: '市级采用', levels: ['市'], points: 5 }] },
    });
    const set = records()
      .unit('甲')
      .item('A', '甲')
      .adopt('A', '市', '要情', '2023-12-30')
      .adopt('A', '市', '要情', '2024-01-02')
      .build();
    const result = score([v2023, v2024], set, {
      period: { from: '2023-12-01' as IsoDate, to: '2024-01-31' as IsoDate },
    });
    expect(scoresOf(result)).toEqual({ 甲: 8 });
    expect(result.ledger.map((e) => [e.schemeId, e.points])).toEqual([
      ['office-2023', 3],
      ['office-2024', 5],
    ]);
  });

  it('caps quota points per window and per year', () => {
    const s = scheme({
      ...base,
      id: 'caps',
      quotas: [
        {
          id: 'q',
          label: '每月报送',
          window: 'month',
          tiers: [
            { min: 1, points: 5 },
            { min: 2, points: 30 },
          ],
          capPerWindow: 20,
          capPerYear: 45,
        },
      ],
    });
    const b = records().unit('甲');
    for (const month of ['01', '02', '03']) {
      b.item(`${month}a`, '甲').route(`${month}a`, '县', `2024-${month}-03`);
      b.item(`${month}b`, '甲').route(`${month}b`, '县', `2024-${month}-04`);
    }
    const result = score(s, b.build(), { period: period('2024') });
    expect(result.ledger.map((e) => e.points)).toEqual([20, 20, 5]);
  });

  it('gives the same totals with the ledger off, and a scorer gives the same as score', () => {
    const set = records()
      .units(['甲', '乙'])
      .item('A', ['甲', '乙'])
      .route('A', '省', '2024-03-01', '转报')
      .adopt('A', '省', '信息简报', '2024-03-02')
      .instruct('A', '省', '2024-03-03')
      .build();
    const preset = getPreset('lianyungang');
    const full = score(preset, set, { period: period('2024') });
    const fast = score(preset, set, { period: period('2024'), ledger: false });
    expect(fast.units).toEqual(full.units);
    expect(fast.ledger).toEqual([]);
    expect(createScorer(preset, set).score({ period: period('2024') })).toEqual(full);
    const ledger = ledgerTotals(full);
    expect(full.units.map((u) => u.total)).toEqual(full.units.map((u) => ledger[u.unitId]));
    const parts = createScorer(preset, set).parts(period('2024'));
    expect(parts.unitIds).toEqual(full.units.map((u) => u.unitId));
    expect([...parts.totals].map((t) => Math.round(t * 1e9) / 1e9)).toEqual(full.units.map((u) => u.total));
    expect([...parts.scoredItems]).toEqual(full.units.map((u) => u.scoredItems));
  });

  it('writes plain ledger entries citing each record as it is, sharing clauses and references across periods', () => {
    const set = records()
      .units(['甲', '乙'])
      .item('A', ['甲', '乙'])
      .route('A', '市', '2024-03-01')
      .route('A', '省', '2024-03-02', '转报')
      .adopt('A', '市', '《昨日情况》', '2024-03-04', '简讯')
      .adopt('A', '省', '信息简报', '2024-03-06')
      .instruct('A', '市', '2024-03-05')
      .instruct('A', '市', '2024-03-09')
      .item('B', '甲')
      .adopt('B', '市', '专报信息', '2024-03-07')
      .penalize('甲', '迟报', '2024-03-08', 'B')
      .build();
    const scorer = createScorer(getPreset('lianyungang'), set);
    const march = scorer.score({ period: period('2024-03') }).ledger;
    const year = scorer.score({ period: period('2024') }).ledger;
    expect(march.length).toBeGreaterThan(4);
    expect(year).toEqual(march);
    const tables = {
      adoption: set.adoptions,
      route: set.routes,
      instruction: set.instructions,
      penalty: set.penalties,
      item: set.items,
    } as const;
    for (const entry of year) {
      const row = tables[entry.record.kind][entry.record.index] as { date?: string; itemId?: string; id?: string };
      if (entry.record.kind !== 'item') expect(entry.record.date).toBe(row.date);
      expect(entry.record.itemId).toBe(entry.record.kind === 'item' ? row.id : row.itemId);
      expect(Object.keys(entry.clause)).toEqual(['id', 'label']);
      expect(Object.isFrozen(entry.clause)).toBe(true);
      if ('note' in entry) expect(typeof entry.note).toBe('string');
    }
    expect(year.some((e) => e.note?.includes('联合信息，分得 1/2'))).toBe(true);
    expect(new Set(year.map((e) => e.record.kind))).toEqual(new Set(['adoption', 'route', 'instruction']));
    // The same record and clause objects are cited by every period; entries survive cloning and JSON.
    year.forEach((entry, k) => {
      expect(entry.record).toBe(march[k]?.record);
      expect(entry.clause).toBe(march[k]?.clause);
    });
    expect(structuredClone(year)).toEqual(year);
    expect(JSON.parse(JSON.stringify(year))).toEqual(year);
  });

  it('gives no credit to units a scheme excludes, and honours recorded shares', () => {
    const s = scheme({
      ...base,
      id: 'shares',
      joint: { noCredit: ['市政府办公室'] },
      adoptions: { rules: [{ id: 'any', label: '采用', points: 12 }] },
    });
    const set = records()
      .units(['甲', '乙', '市政府办公室'])
      .item('A', ['甲', '乙', '市政府办公室'])
      .adopt('A', '市', '要情', '2024-03-02')
      .item('B', ['甲', '乙'], { shares: [0.75, 0.25] })
      .adopt('B', '市', '要情', '2024-03-02')
      .build();
    expect(scoresOf(score(s, set, { period: period('2024') }))).toEqual({ 甲: 15, 乙: 9, 市政府办公室: 0 });
  });
});
