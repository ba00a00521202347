import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from './competitionRanks.ts';

describe('competitionRanks', () => {
  it('gives tied units the same rank and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([40, 30, 30, 10])).toEqual([1, 2, 2, 4]);
  });

  it('treats totals that differ only by float rounding as a tie', () => {
    expect(competitionRanks([22 / 3 + 20, 22 / 3 + 15 + 5])).toEqual([1, 1]);
  });

  it('ranks units with nothing to average after every scored unit', () => {
    expect(competitionRanks([null, 2, null, 5])).toEqual([3, 2, 3, 1]);
  });

  it('never depends on the order units are listed in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), (scores) => {
        const ranks = competitionRanks(scores);
        const reversed = competitionRanks([...scores].reverse()).reverse();
        expect(reversed).toEqual(ranks);
        scores.forEach((score, i) => {
          expect(ranks[i]).toBe(1 + scores.filter((other) => other > score).length);
        });
      }),
      { verbose: true },
    );
  });
});
