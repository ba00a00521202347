import { fail, ok, type Problem, type Result } from '@caibian/core';
import * as z from 'zod';
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

/** A figure: a finite number ≥ 0. */
const Figure = z.number({ error: '应为不小于 0 的数' }).min(0, { error: '应为不小于 0 的数' });

/** Unknown fields are refused (one problem per field, below), so that a typo does not pass silently. */
const FiguresSchema = z.strictObject(
  {
    submittedPerMonth: Figure.optional(),
    adoptedPerMonth: Figure.optional(),
    submittedPerYear: Figure.optional(),
    adoptedPerYear: Figure.optional(),
  },
  { error: '目标应为对象' },
);

/** Records by name; arrays are refused like any other non-object. */
const table = (message: string) =>
  z.custom<Record<string, unknown>>(isRecord, { error: message }).pipe(z.record(z.string(), FiguresSchema));

/** The targets format, with the Chinese messages of each problem. */
export const TargetsSchema = z.strictObject(
  {
    format: z.literal('caibian-targets', { error: '格式应为 "caibian-targets"' }),
    version: z.literal(TARGETS_VERSION, { error: `不支持的版本，应为 ${TARGETS_VERSION}` }),
    groups: table('分组目标应为对象').optional(),
    units: table('单位目标应为对象').optional(),
  },
  { error: '目标应为对象' },
);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** zod issues as problems with the codes of the format: one per unknown field (`未知字段“…”`), paths kept. */
function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'unrecognized_key', message: `未知字段“${key}”`, path: [...path, key] }));
    }
    const top = path.length === 1 ? path[0] : undefined;
    const code = top === 'format' ? 'invalid_value' : top === 'version' ? 'invalid_version' : 'invalid_type';
    return [{ code, message: issue.message, path }];
  });
}

/**
 * Validates targets read from JSON: every problem with its JSON path and a Chinese message, or the targets.
 * Figures must be numbers ≥ 0; unknown fields are refused so that a typo does not pass silently.
 *
 * @example
 * const r = parseTargets(JSON.parse(text));
 * if (!r.ok) r.problems.forEach((p) => console.error(formatProblem(p)));
 */
export function parseTargets(input: unknown): Result<Targets, Problem> {
  if (!isRecord(input)) return fail([{ code: 'invalid_type', message: '目标应为对象', path: [] }]);
  const parsed = TargetsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data as Targets) : fail(problemsOf(parsed.error));
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
