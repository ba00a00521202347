import type { Problem } from '@caibian/core';

/**
 * A small structural validator for the workbench's own rows (backups), giving every problem a JSON path
 * and a Chinese message. The core records inside rows are validated by core's zod schemas instead.
 */

/** A JSON path from the root of the input. */
export type Path = (string | number)[];

/** Checks `value` at `path`, adding any problems. */
export type Check = (value: unknown, path: Path, problems: Problem[]) => void;

const problem = (problems: Problem[], path: Path, message: string, code = 'invalid_value') =>
  problems.push({ code, message, path });

/** A non-empty-able string. */
export const str: Check = (value, path, problems) => {
  if (typeof value !== 'string') problem(problems, path, '应为文本', 'invalid_type');
};

/** An integer (≥ `min`, default 0). */
export const int =
  (min = 0): Check =>
  (value, path, problems) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
      problem(problems, path, `应为不小于 ${min} 的整数`, 'invalid_type');
  };

/** Anything (JSON values the workbench does not interpret here). */
export const any: Check = () => {};

/** One of `values`. */
export const oneOf =
  (values: readonly string[]): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !values.includes(value))
      problem(problems, path, `应为以下之一：${values.join('、')}`);
  };

/** An array whose every element passes `each`. */
export const arrayOf =
  (each: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return void problem(problems, path, '应为数组', 'invalid_type');
    value.forEach((element, i) => {
      each(element, [...path, i], problems);
    });
  };

/** `check`, or absent. */
const optional =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== undefined) check(value, path, problems);
  };

/** An object with at least these fields (others are kept: rows only gain optional fields). */
export const object =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void problem(problems, path, '应为对象', 'invalid_type');
    for (const [key, check] of Object.entries(fields)) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined && check !== any && !isOptional(check))
        problem(problems, [...path, key], '缺少必填字段', 'missing');
      else check(field, [...path, key], problems);
    }
  };

const optionals = new WeakSet<Check>();
function isOptional(check: Check): boolean {
  return optionals.has(check);
}

/** Marks `check` optional (see {@link optional}); use this form inside {@link object}. */
export function opt(check: Check): Check {
  const wrapped = optional(check);
  optionals.add(wrapped);
  return wrapped;
}
