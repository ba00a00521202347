import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod, rangePeriod, runningPeriod, yearPeriod } from '../period/period.ts';
import { parseTargets, progress, targetFor, targetsOf } from './targets.ts';

describe('parseTargets', () => {
  it('accepts versioned targets per group and per unit', () => {
    const r = parseTargets({
      format: 'caibian-targets',
      version: 1,
      groups: { 县区组: { submittedPerMonth: 20 } },
      units: { 海州区: { adoptedPerYear: 80 } },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(targetsOf(r.value, '海州区', '县区组')).toEqual({ submittedPerMonth: 20, adoptedPerYear: 80 });
  });

  it('lists every problem with its JSON path, in Chinese', () => {
    const r = parseTargets({ format: 'x', version: 2, groups: { 县区组: { submittedPerMonth: -1, perDay: 3 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toEqual([
        ['format'],
        ['version'],
        ['groups', '县区组', 'submittedPerMonth'],
        ['groups', '县区组', 'perDay'],
      ]);
      expect(r.problems[2]?.message).toBe('应为不小于 0 的数');
    }
    expect(parseTargets([]).ok).toBe(false);
  });

  it('refuses unknown fields, tables that are not objects and figures that are not finite numbers', () => {
    const r = parseTargets({
      format: 'caibian-targets',
      version: 1,
      extra: 1,
      groups: [],
      units: { 甲: 3, 乙: { adoptedPerYear: '8' }, 丙: { adoptedPerMonth: Number.POSITIVE_INFINITY } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => [p.path, p.code, p.message])).toEqual([
        [['groups'], 'invalid_type', '分组目标应为对象'],
        [['units', '甲'], 'invalid_type', '目标应为对象'],
        [['units', '乙', 'adoptedPerYear'], 'invalid_type', '应为不小于 0 的数'],
        [['units', '丙', 'adoptedPerMonth'], 'invalid_type', '应为不小于 0 的数'],
        [['extra'], 'unrecognized_key', '未知字段“extra”'],
      ]);
    }
    expect(parseTargets({ format: 'caibian-targets', version: 1 })).toEqual({
      ok: true,
      value: { format: 'caibian-targets', version: 1 },
    });
  });
});

describe('targetFor', () => {
  it('scales monthly and yearly figures to the period', () => {
    expect(targetFor(10, undefined, monthPeriod(2024, 3))).toBe(10);
    expect(targetFor(10, undefined, yearPeriod(2024))).toBe(120);
    expect(targetFor(undefined, 120, monthPeriod(2024, 3))).toBe(10);
    expect(targetFor(10, 100, quarterPeriod(2024, 2))).toBe(30);
    expect(targetFor(undefined, 120, runningPeriod(2024, 3))).toBe(30);
    expect(targetFor(undefined, 365, rangePeriod('2024-03-01' as never, '2024-03-10' as never))).toBe(10);
    expect(targetFor(undefined, undefined, yearPeriod(2024))).toBeNull();
  });

  it('reports progress as actual ÷ target', () => {
    expect(progress(3, 4)).toEqual({ actual: 3, target: 4, ratio: 0.75, met: false });
    expect(progress(0, 0)).toEqual({ actual: 0, target: 0, ratio: 1, met: true });
    expect(progress(5, null)).toEqual({ actual: 5, target: null, ratio: null, met: null });
  });
});
