import type { Cell, CellValue as ExcelCellValue, Worksheet } from 'exceljs';
import type { CellValue } from '../workbook/cells.ts';

/** ExcelJS's value type of a cell that belongs to a merged range without being its top-left cell. */
const MERGE = 1;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell as `YYYY-MM-DD` (ExcelJS gives Excel dates as UTC instants; the time of day is dropped). */
function dateText(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Converts an ExcelJS value to a plain cell: dates to `YYYY-MM-DD`, rich text to its text, a formula to
 * its cached result, a hyperlink to its text, an error to its code (`#N/A`).
 */
export function plainValue(value: ExcelCellValue | undefined, depth = 0): CellValue {
  if (value === null || value === undefined || depth > 3) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) {
    return plainValue(value.richText.map((run) => run.text ?? '').join(''), depth + 1);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return plainValue((value as { result?: ExcelCellValue }).result, depth + 1);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return plainValue((value as { text?: ExcelCellValue }).text, depth + 1);
  return null;
}

/**
 * A cell's plain value. In a merged range, the value of the top-left cell repeats down its column (a 编号
 * merged over the rows of one item), while the other columns of the range stay empty, so a value never
 * lands in a column it was not written in.
 */
export function cellValue(cell: Cell): CellValue {
  if (cell.type !== MERGE) return plainValue(cell.value);
  const master = cell.master;
  return master.col === cell.col ? plainValue(master.value) : null;
}

/** The rows of a worksheet as plain cells, row 1 first, without trailing empty cells or rows. */
export function worksheetRows(sheet: Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    for (let r = rows.length; r < rowNumber - 1; r++) rows[r] = [];
    rows[rowNumber - 1] = cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
