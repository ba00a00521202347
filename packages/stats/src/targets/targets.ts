import { fail, ok, type Problem, type Result } from '@caibian/core';
import { dayNumber, type Period } from '../period/period.ts';

/** The version of the targets format this code writes. */
export const TARGETS_VERSION = 1;

/** Target figures of a unit or group: items submitted (报送) and adopted (采用), per month and per year. */
export interface TargetFigures {
  readonly submittedPerMonth?: number;
  readonly adoptedPerMonth?: number;
  readonly submittedPerYear?: number;
  readonly adoptedPerYear?: number;
}

/**
 * Targets as exchanged (versioned): per group name, and per unit id overriding its group field by field.
 *
 * @example
 * { format: 'caibian-targets', version: 1, groups: { 县区组: { submittedPerMonth: 20, adoptedPerYear: 60 } },
 *   units: { 海州区: { adoptedPerYear: 80 } } }
 */
export interface Targets {
  readonly format: 'caibian-targets';
  readonly version: typeof TARGETS_VERSION;
  readonly groups?: Readonly<Record<string, TargetFigures>>;
  readonly units?: Readonly<Record<string, TargetFigures>>;
}

const FIELDS = ['submittedPerMonth', 'adoptedPerMonth', 'submittedPerYear', 'adoptedPerYear'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates targets read from JSON: every problem with its JSON path and a Chinese message, or the targets.
 * Figures must be numbers ≥ 0; unknown fields are refused so that a typo does not pass silently.
 *
 * @example
 * const r = parseTargets(JSON.parse(text));
 * if (!r.ok) r.problems.forEach((p) => console.error(formatProblem(p)));
 */
export function parseTargets(input: unknown): Result<Targets, Problem> {
  const problems: Problem[] = [];
  const problem = (path: (string | number)[], code: string, message: string) => problems.push({ code, message, path });
  if (!isRecord(input)) return fail([{ code: 'invalid_type', message: '目标应为对象', path: [] }]);
  if (input.format !== 'caibian-targets') problem(['format'], 'invalid_value', '格式应为 "caibian-targets"');
  if (input.version !== TARGETS_VERSION)
    problem(['version'], 'invalid_version', `不支持的版本，应为 ${TARGETS_VERSION}`);
  for (const key of Object.keys(input)) {
    if (!['format', 'version', 'groups', 'units'].includes(key)) problem([key], 'unrecognized_key', `未知字段“${key}”`);
  }
  for (const table of ['groups', 'units'] as const) {
    const value = input[table];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      problem([table], 'invalid_type', table === 'groups' ? '分组目标应为对象' : '单位目标应为对象');
      continue;
    }
    for (const [name, figures] of Object.entries(value)) {
      if (!isRecord(figures)) {
        problem([table, name], 'invalid_type', '目标应为对象');
        continue;
      }
      for (const [field, n] of Object.entries(figures)) {
        if (!(FIELDS as readonly string[]).includes(field))
          problem([table, name, field], 'unrecognized_key', `未知字段“${field}”`);
        else if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
          problem([table, name, field], 'invalid_type', '应为不小于 0 的数');
      }
    }
  }
  return problems.length > 0 ? fail(problems) : ok(input as unknown as Targets);
}

/** The figures that apply to a unit: its group's, overridden field by field by its own. */
export function targetsOf(targets: Targets, unitId: string, group: string): TargetFigures {
  return { ...targets.groups?.[group], ...targets.units?.[unitId] };
}

/** Progress of one figure against its target in a period. */
export interface Progress {
  readonly actual: number;
  /** The target for the period; null when none is set. */
  readonly target: number | null;
  /** `actual ÷ target` (1 = met); null without a target, 1 when the target is 0. */
  readonly ratio: number | null;
  readonly met: boolean | null;
}

/** A unit's progress on items submitted and adopted. */
export interface TargetProgress {
  readonly submitted: Progress;
  readonly adopted: Progress;
}

/**
 * The target for `period`: a month takes the monthly figure (or the yearly one ÷ 12); a year the yearly
 * figure (or monthly × 12); a quarter, a running total or a range the monthly figure times its months (whole
 * months counted by days ÷ days of the year × 12 for a range), or the yearly figure pro rata.
 */
export function targetFor(perMonth: number | undefined, perYear: number | undefined, period: Period): number | null {
  if (perMonth === undefined && perYear === undefined) return null;
  const monthly = perMonth ?? (perYear ?? 0) / 12;
  const yearly = perYear ?? (perMonth ?? 0) * 12;
  switch (period.kind) {
    case 'month':
      return monthly;
    case 'year':
      return yearly;
    case 'quarter':
      return perMonth !== undefined ? perMonth * 3 : yearly / 4;
    case 'running': {
      const months = Number(period.to.slice(5, 7));
      return perMonth !== undefined ? perMonth * months : (yearly * months) / 12;
    }
    case 'range': {
      const days = dayNumber(period.to) - dayNumber(period.from) + 1;
      return Math.round(((yearly * days) / 365) * 100) / 100;
    }
  }
}

/** Progress of `actual` against `target`. */
export function progress(actual: number, target: number | null): Progress {
  if (target === null) return { actual, target, ratio: null, met: null };
  return { actual, target, ratio: target === 0 ? 1 : actual / target, met: actual >= target };
}
