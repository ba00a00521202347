import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDay, dayCounts, dayKey, rangeOf, sortByDate, sortCounted } from './byDate.ts';

const date = fc
  .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => y * 10_000 + m * 100 + d);

describe('date orders', () => {
  it('rows kept and counted while chosen come out sorted by date, stably, with each day findable', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(date, fc.boolean()), { maxLength: 60 }), (rows) => {
        const dates = Int32Array.from(rows, ([d]) => d);
        const keep = Int32Array.from(rows, ([, k]) => (k ? 0 : -1));
        const days = dayCounts(Math.min(...rows.map(([d]) => dayKey(d))), Math.max(...rows.map(([d]) => dayKey(d))));
        rows.forEach(([d, k]) => {
          if (k) countDay(days, d);
        });
        const sorted = sortCounted(dates, keep, days);
        const expected = rows
          .map(([d, k], i) => ({ d, k, i }))
          .filter((r) => r.k)
          .sort((a, b) => a.d - b.d || a.i - b.i)
          .map((r) => r.i);
        expect([...sorted.order]).toEqual(expected);
        for (const [d] of rows) {
          const { start, end } = rangeOf(sorted, d, d);
          expect([...sorted.order.subarray(start, end)]).toEqual(expected.filter((i) => dates[i] === d));
        }
      }),
    );
  });

  it('sortByDate orders every row', () => {
    const sorted = sortByDate(Int32Array.from([20240302, 20240101, 20240302, 20231231]));
    expect([...sorted.order]).toEqual([3, 1, 0, 2]);
    const march = rangeOf(sorted, 20240301, 20240331);
    expect([...sorted.order.subarray(march.start, march.end)]).toEqual([0, 2]);
  });
});
