import { describe, expect, it } from 'vitest';
import { defaultChoice, periodOf, yearsBetween } from './periodChoice.ts';

describe('period choice', () => {
  it('opens on the month of the latest record', () => {
    const choice = defaultChoice('2024-06-27', '2025-01-02');
    expect(periodOf(choice).label).toBe('2024年6月');
    expect(periodOf({ ...choice, kind: 'quarter' }).label).toBe('2024年第二季度');
    expect(periodOf({ ...choice, kind: 'running' }).label).toBe('2024年1—6月累计');
    expect(periodOf({ ...choice, kind: 'year' }).to).toBe('2024-12-31');
  });

  it('puts a custom range in order', () => {
    const choice = {
      ...defaultChoice(null, '2024-03-05'),
      kind: 'range' as const,
      from: '2024-03-31',
      to: '2024-03-01',
    };
    expect(periodOf(choice)).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
  });

  it('offers the years of the records, newest first', () => {
    expect(yearsBetween('2023-01-04', '2024-12-30', 2025)).toEqual([2024, 2023]);
    expect(yearsBetween(null, null, 2025)).toEqual([2025]);
  });
});
