import { formatProblem, type Problem } from '@caibian/core';

/** A problem as a row of the problems table: sheet, row and column, and the message. */
export interface ProblemRow {
  key: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

/** Problems as table rows, in the order given (core sorts them by sheet and row). */
export function problemRows(problems: readonly Problem[]): ProblemRow[] {
  return problems.map((p, i) => ({
    key: String(i),
    ...(p.location?.file !== undefined && { file: p.location.file }),
    ...(p.location?.sheet !== undefined && { sheet: p.location.sheet }),
    ...(p.location?.row !== undefined && { row: p.location.row }),
    ...(p.location?.column !== undefined && { column: p.location.column }),
    message: p.location ? p.message : formatProblem(p),
  }));
}
