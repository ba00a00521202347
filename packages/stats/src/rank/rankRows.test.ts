import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRows } from './rankRows.ts';

describe('rankRows', () => {
  it('shares a rank between equal scores and skips the next rank', () => {
    const ranked = rankRows([
      { unit: '宣汉县', score: 30 },
      { unit: '通川区', score: 42 },
      { unit: '达川区', score: 30 },
      { unit: '开江县', score: 12 },
    ]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['通川区', 1],
      ['宣汉县', 2],
      ['达川区', 2],
      ['开江县', 4],
    ]);
  });

  it('breaks a tie with the scheme tie-break values, higher first, and keeps a tie that remains', () => {
    const ranked = rankRows([
      { unit: '甲', score: 50, tieBreak: [1] },
      { unit: '乙', score: 50, tieBreak: [3] },
      { unit: '丙', score: 50, tieBreak: [1] },
      { unit: '丁', score: 70, tieBreak: [0] },
    ]);
    expect(ranked.map((r) => `${r.unit}${r.rank}`)).toEqual(['丁1', '乙2', '甲3', '丙3']);
  });

  it('ranks units with nothing to average (null) after every scored unit, sharing one rank', () => {
    const ranked = rankRows([
      { unit: '甲', score: null },
      { unit: '乙', score: 0 },
      { unit: '丙', score: null },
    ]);
    expect(ranked.map((r) => `${r.unit}${r.rank}`)).toEqual(['乙1', '甲2', '丙2']);
  });

  it('gives the same rank to each unit whatever order the rows come in', () => {
    const row = fc.record({
      unit: fc.string(),
      score: fc.option(fc.integer({ min: 0, max: 5 })),
      tieBreak: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.unit, maxLength: 25 }), (rows) => {
        const rankOf = (list: typeof rows) => new Map(rankRows(list).map((r) => [r.unit, r.rank]));
        expect(rankOf([...rows].reverse())).toEqual(rankOf(rows));
        for (const r of rankRows(rows)) {
          const above = rankRows(rows).filter((o) => o.rank < r.rank).length;
          expect(r.rank).toBe(above + 1);
        }
      }),
      { verbose: true },
    );
  });
});
