import type { Problem } from '../errors/problem.ts';
import type { IsoDate } from '../model/date.ts';
import { type CellReading, readCell, readDate, splitValues } from './cells.ts';
import { cellLocation, type DataRow, type SheetLayout } from './layout.ts';
import type { ColumnKey, SheetKey } from './sheets.ts';

/**
 * A problem found in a row. `cascade` marks a consequence of another row's problem (a 报送 row naming a
 * unit whose own row is wrong): it explains why a row was skipped, but is not reported on its own.
 */
export interface RowProblem extends Problem {
  readonly cascade?: boolean;
}

const DATE_FORMS = '2024-03-05、2024/3/5、2024.3.5、2024年3月5日或 Excel 日期';

/**
 * Reads the cells of one data row by column key, collecting a located Chinese problem for each cell that
 * is not what its column expects. Every getter returns `undefined` for an empty or wrong cell.
 */
export class RowReader<S extends SheetKey> {
  readonly problems: RowProblem[] = [];
  /** The column keys with a problem. */
  readonly failedKeys = new Set<string>();

  constructor(
    readonly layout: SheetLayout,
    readonly data: DataRow,
  ) {}

  /** The Excel row number. */
  get row(): number {
    return this.data.row;
  }

  /** True when a problem (cascading or not) was found in this row so far. */
  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** Adds a problem located at `key`'s cell of this row. */
  report(key: ColumnKey<S>, code: string, message: string, cascade = false): void {
    const location = cellLocation(this.layout, this.data.row, key);
    this.failedKeys.add(key);
    this.problems.push(cascade ? { code, message, location, cascade } : { code, message, location });
  }

  private header(key: ColumnKey<S>): string {
    return this.layout.columns.get(key)?.header ?? key;
  }

  private cell(key: ColumnKey<S>): CellReading {
    const place = this.layout.columns.get(key);
    if (!place) return { kind: 'empty' };
    const reading = readCell(this.data.cells[place.index]);
    if (reading.kind === 'invalid') {
      this.report(key, 'invalid_cell', `无法识别的单元格内容（${reading.shown}）：应为文字、数字或日期`);
      return { kind: 'empty' };
    }
    return reading;
  }

  private missing(key: ColumnKey<S>, required: boolean): undefined {
    if (required) this.report(key, 'required', `不能为空：应填写“${this.header(key)}”`);
    return undefined;
  }

  /** The cell's text, trimmed; `undefined` when empty (a problem when `required`). */
  text(key: ColumnKey<S>, required = false): string | undefined {
    const c = this.cell(key);
    return c.kind === 'text' ? c.text : this.missing(key, required);
  }

  /** Several values separated by 、 ， , ; ；, each trimmed, repeats dropped; `[]` when empty. */
  list(key: ColumnKey<S>, required = false): string[] {
    const c = this.cell(key);
    const values = c.kind === 'text' ? splitValues(c.text) : [];
    if (values.length === 0) this.missing(key, required);
    return values;
  }

  /** A date in any accepted form; `undefined` when empty or not a real date. */
  date(key: ColumnKey<S>, required = false): IsoDate | undefined {
    const c = this.cell(key);
    if (c.kind !== 'text') return this.missing(key, required);
    const date = readDate(c);
    if (date !== null) return date;
    this.report(key, 'invalid_date', `应为日期，如 ${DATE_FORMS}；实际为“${c.text}”`);
    return undefined;
  }

  /** One of `values` (a trailing 级 is accepted where `level` is set: 市级 → 市); `fallback` when empty. */
  oneOf<T extends string>(
    key: ColumnKey<S>,
    values: readonly T[],
    options: { required?: boolean; fallback?: T; level?: boolean } = {},
  ): T | undefined {
    const c = this.cell(key);
    if (c.kind !== 'text') return options.fallback ?? this.missing(key, options.required ?? false);
    const found = matchTerm(c.text, values, options.level ?? false);
    if (found !== undefined) return found;
    this.report(key, 'invalid_value', `应为 ${values.join('、')} 之一；实际为“${c.text}”`);
    return undefined;
  }

  /** Several values each one of `values`; a problem names the ones that are not. */
  listOf<T extends string>(key: ColumnKey<S>, values: readonly T[]): T[] {
    const out: T[] = [];
    const wrong: string[] = [];
    for (const text of this.list(key)) {
      const found = matchTerm(text, values, false);
      if (found === undefined) wrong.push(text);
      else if (!out.includes(found)) out.push(found);
    }
    if (wrong.length > 0) {
      this.report(
        key,
        'invalid_value',
        `应为 ${values.join('、')} 中的一项或几项（用“、”分隔）；“${wrong.join('、')}”不是`,
      );
    }
    return out;
  }
}

function matchTerm<T extends string>(text: string, values: readonly T[], level: boolean): T | undefined {
  const exact = values.find((v) => v === text);
  if (exact !== undefined || !level || !text.endsWith('级')) return exact;
  const bare = text.slice(0, -1);
  return values.find((v) => v === bare);
}
