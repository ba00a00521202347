import { type IsoDate, parseDate } from '../model/date.ts';

/**
 * One cell as the io layer hands it over: text, a number, a boolean or empty (`null`). Excel date cells
 * arrive as `YYYY-MM-DD` text; a date column also accepts an Excel serial number (45356 = 2024-03-05).
 */
export type CellValue = string | number | boolean | null;

/** One sheet: its name and its rows, the first row being the header (Excel row 1). */
export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** A workbook as plain data: the file it came from (for messages) and its sheets in order. */
export interface WorkbookSheets {
  readonly file?: string;
  readonly sheets: readonly WorkbookSheet[];
}

/** What a cell holds once read: text (trimmed, never empty), nothing, or something unreadable. */
export type CellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; readonly number?: number }
  | { readonly kind: 'invalid'; readonly shown: string };

const EMPTY: CellReading = { kind: 'empty' };

/**
 * Reads a cell as text: strings are trimmed, numbers written without exponent where possible, booleans as
 * Excel shows them (TRUE / FALSE). Anything else (an object slipped in by a caller) is `invalid`.
 */
export function readCell(value: unknown): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? EMPTY : { kind: 'text', text };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', shown: String(value) };
    return { kind: 'text', text: numberText(value), number: value };
  }
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  return { kind: 'invalid', shown: Object.prototype.toString.call(value) };
}

function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

/** The letters of a column as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Separators of several values in one cell (formats.md): 、 ， , ; ；. */
export const VALUE_SEPARATORS = /[、，,;；]/;

/** Splits a cell holding several values (`甲县、乙县`), trimming each and dropping empty and repeated ones. */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(VALUE_SEPARATORS)) {
    const value = part.trim();
    if (value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}

/** The largest serial Excel shows as a date (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * Converts an Excel serial date (1900 date system) to a date; the time of day is dropped. Excel counts the
 * non-existent 1900-02-29 as day 60, so serials from 61 on are days since 1899-12-30.
 */
export function excelSerialToDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const epoch = Date.UTC(1899, 11, day < 60 ? 31 : 30);
  const at = new Date(epoch + day * 86_400_000);
  const text = `${String(at.getUTCFullYear()).padStart(4, '0')}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
  return parseDate(text);
}

const TRAILING_TIME = /[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Reads a date cell: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (a trailing time such as `0:00` is
 * ignored), or an Excel serial number. `null` when it is not a real date.
 */
export function readDate(reading: CellReading): IsoDate | null {
  if (reading.kind !== 'text') return null;
  if (reading.number !== undefined) return excelSerialToDate(reading.number);
  return parseDate(reading.text.replace(TRAILING_TIME, ''));
}
