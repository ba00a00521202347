import type { Problem, ProblemLocation } from '../errors/problem.ts';
import { type CellValue, columnLetter, readCell, type WorkbookSheets } from './cells.ts';
import {
  type ColumnKey,
  type ColumnSpec,
  normaliseHeader,
  RECORDS_WORKBOOK,
  SHEET_KEYS,
  type SheetKey,
} from './sheets.ts';

/** Where a column of the spec sits in a sheet. */
export interface ColumnPlace {
  readonly index: number;
  /** The header as written (trimmed). */
  readonly header: string;
}

/** A data row and its Excel row number. */
export interface DataRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

/** A recognised sheet: its name as written, where the header is, where each known column sits. */
export interface SheetLayout {
  readonly key: SheetKey;
  readonly file: string | undefined;
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: ReadonlyMap<string, ColumnPlace>;
  readonly rows: readonly DataRow[];
}

/** The layout of a sheet the workbook does not have: no columns, no rows. */
export function emptyLayout(key: SheetKey, file: string | undefined): SheetLayout {
  return { key, file, sheet: RECORDS_WORKBOOK[key].name, headerRow: 1, columns: new Map(), rows: [] };
}

/** How many leading rows may hold a title above the header (a merged 登记表 title, say). */
const HEADER_SEARCH_ROWS = 10;

const isEmptyRow = (cells: readonly unknown[]) => cells.every((c) => readCell(c).kind === 'empty');

function asRows(rows: unknown): readonly (readonly CellValue[])[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((r) => (Array.isArray(r) ? (r as CellValue[]) : []));
}

/** The location of a cell, its column named by header and letter: `标题（B）`. */
export function cellLocation(layout: SheetLayout, row: number, key: string): ProblemLocation {
  const place = layout.columns.get(key);
  const column = place ? `${place.header}（${columnLetter(place.index)}）` : key;
  return { ...(layout.file !== undefined && { file: layout.file }), sheet: layout.sheet, row, column };
}

/**
 * Finds the sheets of the records workbook and, in each, the header row and the known columns. Sheet
 * names and headers are matched after trimming; unknown sheets and columns are ignored. Problems here
 * (no known sheet, a sheet twice, a required column missing or twice) concern the whole sheet.
 */
export function locateSheets(input: WorkbookSheets): { layouts: Map<SheetKey, SheetLayout>; problems: Problem[] } {
  const file = typeof input?.file === 'string' ? input.file : undefined;
  const at = (extra: ProblemLocation = {}): ProblemLocation => ({ ...(file !== undefined && { file }), ...extra });
  const problems: Problem[] = [];
  const layouts = new Map<SheetKey, SheetLayout>();
  const sheets = Array.isArray(input?.sheets) ? input.sheets : [];
  const expected = SHEET_KEYS.map((k) => RECORDS_WORKBOOK[k].name);
  for (const sheet of sheets) {
    const name = typeof sheet?.name === 'string' ? sheet.name : '';
    const key = SHEET_KEYS.find((k) => RECORDS_WORKBOOK[k].name === name.trim());
    if (key === undefined) continue;
    const previous = layouts.get(key);
    if (previous) {
      problems.push({
        code: 'duplicate_sheet',
        message: `工作表“${name.trim()}”出现了两次（另一张为“${previous.sheet}”）：每种工作表只能有一张`,
        location: at({ sheet: name }),
      });
      continue;
    }
    const located = layoutOf(key, name, file, asRows(sheet.rows));
    problems.push(...located.problems);
    layouts.set(key, located.layout);
  }
  if (layouts.size === 0 && problems.length === 0) {
    const found = sheets.map((s) => `“${String(s?.name ?? '')}”`).join('、') || '无';
    problems.push({
      code: 'no_records_sheet',
      message: `找不到登记簿的工作表：应至少有 ${expected.join('、')} 之一（工作表名或 CSV 文件名），实际为 ${found}`,
      location: at(),
    });
  }
  return { layouts, problems };
}

function layoutOf(
  key: SheetKey,
  sheet: string,
  file: string | undefined,
  rows: readonly (readonly CellValue[])[],
): { layout: SheetLayout; problems: Problem[] } {
  const specs = Object.entries(RECORDS_WORKBOOK[key].columns) as [ColumnKey<SheetKey>, ColumnSpec][];
  const headerOf = (cells: readonly unknown[]) =>
    cells.map((c) => {
      const r = readCell(c);
      return r.kind === 'text' ? normaliseHeader(r.text) : '';
    });
  const known = new Set(specs.map(([, s]) => s.header));
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let headerIndex = -1;
  for (let i = 0; i < limit && headerIndex < 0; i++) {
    if (headerOf(rows[i] ?? []).some((h) => known.has(h))) headerIndex = i;
  }
  if (headerIndex < 0) headerIndex = rows.findIndex((r) => !isEmptyRow(r));
  if (headerIndex < 0) return { layout: { ...emptyLayout(key, file), sheet }, problems: [] };

  const headerRow = headerIndex + 1;
  const headers = headerOf(rows[headerIndex] ?? []);
  const columns = new Map<string, ColumnPlace>();
  const problems: Problem[] = [];
  const where = (column: string): ProblemLocation => ({
    ...(file !== undefined && { file }),
    sheet,
    row: headerRow,
    column,
  });
  for (const [columnKey, spec] of specs) {
    const indexes = headers.flatMap((h, i) => (h === spec.header ? [i] : []));
    const [first, second] = indexes;
    if (first === undefined) {
      if (spec.required) {
        problems.push({
          code: 'missing_column',
          message: `缺少必填列“${spec.header}”：表头（第${headerRow}行）应有一列名为“${spec.header}”`,
          location: where(spec.header),
        });
      }
      continue;
    }
    if (second !== undefined) {
      problems.push({
        code: 'duplicate_column',
        message: `列“${spec.header}”出现了两次（${columnLetter(first)}列和${columnLetter(second)}列）：每列只能有一个`,
        location: where(`${spec.header}（${columnLetter(second)}）`),
      });
    }
    columns.set(columnKey, { index: first, header: spec.header });
  }
  const data: DataRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if ([...columns.values()].some((c) => readCell(cells[c.index]).kind !== 'empty')) data.push({ row: i + 1, cells });
  }
  return { layout: { key, file, sheet, headerRow, columns, rows: data }, problems };
}
