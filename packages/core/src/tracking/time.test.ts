import { describe, expect, it } from 'vitest';
import { at, day } from './__tests__/builders.ts';
import { addMinutes, daysBetween } from './time.ts';

describe('addMinutes', () => {
  it('crosses midnight into a leap day and out of it', () => {
    expect(addMinutes(at('2024-02-28T23:50'), 30)).toBe('2024-02-29T00:20');
    expect(addMinutes(at('2024-02-29T23:45'), 30)).toBe('2024-03-01T00:15');
    expect(addMinutes(at('2023-02-28T23:45'), 30)).toBe('2023-03-01T00:15');
  });

  it('crosses the year end and goes back with negative minutes', () => {
    expect(addMinutes(at('2024-12-31T22:00'), 360)).toBe('2025-01-01T04:00');
    expect(addMinutes(at('2025-01-01T04:00'), -360)).toBe('2024-12-31T22:00');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, the leap day included', () => {
    expect(daysBetween(day('2024-02-28'), day('2024-03-01'))).toBe(2);
    expect(daysBetween(day('2024-03-31'), day('2024-03-28'))).toBe(-3);
  });
});
