import type { IsoDate } from '@caibian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  fromDayNumber,
  monthsOf,
  parsePeriod,
  previousPeriod,
  quarterPeriod,
  rangePeriod,
  runningPeriod,
} from './period.ts';

describe('periods', () => {
  it('reads the command line forms 2024, 2024-Q1 and 2024-03 with Chinese labels', () => {
    expect(parsePeriod('2024')).toMatchObject({ from: '2024-01-01', to: '2024-12-31', label: '2024年' });
    expect(parsePeriod('2024-Q1')).toMatchObject({ from: '2024-01-01', to: '2024-03-31', label: '2024年第一季度' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: '2024年2月' });
    expect(parsePeriod('2023-02')?.to).toBe('2023-02-28');
    expect(parsePeriod('2024-13')).toBeNull();
    expect(parsePeriod('去年')).toBeNull();
  });

  it('steps back one period of the same kind, across year ends', () => {
    expect(previousPeriod(quarterPeriod(2024, 1))?.label).toBe('2023年第四季度');
    expect(previousPeriod(parsePeriod('2024-01') ?? quarterPeriod(2024, 1))?.label).toBe('2023年12月');
    expect(previousPeriod(runningPeriod(2024, 3))?.label).toBe('2024年1—2月累计');
    expect(previousPeriod(runningPeriod(2024, 1))).toBeNull();
    expect(previousPeriod(rangePeriod('2024-03-01' as IsoDate, '2024-03-10' as IsoDate))).toMatchObject({
      from: '2024-02-20',
      to: '2024-02-29',
    });
  });

  it('splits a year into twelve months that tile it exactly', () => {
    const months = monthsOf(2024);
    expect(months[0]?.from).toBe('2024-01-01');
    expect(months[11]?.to).toBe('2024-12-31');
    const days = months.reduce((sum, m) => sum + dayNumber(m.to) - dayNumber(m.from) + 1, 0);
    expect(days).toBe(366);
  });

  it('converts day numbers and dates both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (days) => {
        expect(dayNumber(fromDayNumber(days))).toBe(days);
      }),
      { verbose: true },
    );
  });
});
