import type * as z from 'zod';
import { locales } from 'zod';

/**
 * Where a problem was found: a JSON path for JSON input, a file, sheet, row and column for a workbook.
 * Rows are numbered as Excel shows them (the header is row 1); columns by their header text and letter.
 */
export interface ProblemLocation {
  readonly file?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

/** One thing wrong with some input: a machine code, a Chinese message, and where it is. */
export interface Problem {
  /** Stable machine-readable code, e.g. `invalid_type`, `unknown_unit`. */
  readonly code: string;
  /** What is wrong and what was expected, in Chinese. */
  readonly message: string;
  /** JSON path of the offending value, from the root of the input. */
  readonly path?: readonly (string | number)[];
  readonly location?: ProblemLocation;
}

/**
 * Formats a JSON path as `$.a.b[2]`.
 *
 * @example
 * formatPath(['adoptions', 'rules', 3, 'points']); // '$.adoptions.rules[3].points'
 */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), '$');
}

/** Formats a problem's place for a person: `报送 第3行 标题列：…` or `$.rules[0].points：…`. */
export function formatProblem(problem: Problem): string {
  const where: string[] = [];
  const at = problem.location;
  if (at?.file) where.push(at.file);
  if (at?.sheet) where.push(`工作表“${at.sheet}”`);
  if (at?.row !== undefined) where.push(`第${at.row}行`);
  if (at?.column) where.push(`“${at.column}”列`);
  if (where.length === 0 && problem.path) where.push(formatPath(problem.path));
  return where.length > 0 ? `${where.join(' ')}：${problem.message}` : problem.message;
}

const zhCN = locales.zhCN().localeError;

/** zod's per-parse error option giving Chinese messages. */
export const zodChinese = { error: zhCN } as const;

/** Turns zod issues into {@link Problem}s, keeping each issue's path under `prefix`. */
export function problemsFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): Problem[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    message: issue.message,
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
  }));
}
