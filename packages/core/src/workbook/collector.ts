import type { Problem } from '../errors/problem.ts';
import type { RowProblem, RowReader } from './rowReader.ts';
import { SHEET_KEYS, type SheetKey } from './sheets.ts';

/** A row left out under `skipInvalidRows`, and why. */
export interface SkippedRow {
  /** The sheet's name as written in the workbook. */
  readonly sheet: string;
  /** Excel row number (the header is row 1). */
  readonly row: number;
  /** Every problem of the row, located at its cell. */
  readonly problems: readonly Problem[];
}

interface Entry {
  readonly key: SheetKey;
  readonly sheet: string;
  readonly row: number;
  readonly problems: readonly RowProblem[];
}

const strip = ({ cascade: _, ...problem }: RowProblem): Problem => problem;

/** Gathers the problems of every row read, to report them all or to list the rows skipped. */
export class Collector {
  private readonly entries: Entry[] = [];

  /** Keeps the row's problems when it has some. Call once per row, after its last check. */
  add(reader: RowReader<SheetKey>): void {
    if (reader.problems.length === 0) return;
    this.entries.push({
      key: reader.layout.key,
      sheet: reader.layout.sheet,
      row: reader.row,
      problems: reader.problems,
    });
  }

  private sorted(): Entry[] {
    const order = (e: Entry) => SHEET_KEYS.indexOf(e.key);
    return [...this.entries].sort((a, b) => order(a) - order(b) || a.row - b.row);
  }

  /** The problems to report when the read fails: every problem that is not only a consequence of another. */
  rootProblems(): Problem[] {
    return this.sorted().flatMap((e) => e.problems.filter((p) => !p.cascade).map(strip));
  }

  /** The rows left out, in sheet and row order, each with all of its problems. */
  skippedRows(): SkippedRow[] {
    return this.sorted().map((e) => ({ sheet: e.sheet, row: e.row, problems: e.problems.map(strip) }));
  }

  /** True when no row had a problem. */
  get clean(): boolean {
    return this.entries.length === 0;
  }
}
