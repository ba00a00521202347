import {
  type CellValue,
  type Problem,
  readRecordsWorkbook,
  type Unit,
  type WorkbookRead,
  type WorkbookSheet,
  type WorkbookSheets,
} from '@caibian/core';
import { readCsvFiles, readWorkbookFile } from '@caibian/core/io';

/** A file as handed to the parser: its name and bytes. */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array;
}

/** What to parse and how (the two options of formats.md), with the units already stored. */
export interface ParseRequest {
  files: WorkbookFile[];
  createMissingUnits: boolean;
  skipInvalidRows: boolean;
  /** Units already in the database: a workbook may name them without listing them in its 单位 sheet. */
  storedUnits: Unit[];
}

/** One sheet as previewed: its name, how many data rows it has, and its header with the first rows. */
export interface SheetPreview {
  name: string;
  rows: number;
  head: CellValue[][];
}

/** Where the parse stands, for the progress bar. */
export type ParsePhase = 'reading' | 'parsing' | 'checking';

/** The outcome of a parse: the preview always, then either the records read or every problem found. */
export type ParseOutcome =
  | { ok: true; preview: SheetPreview[]; read: WorkbookRead }
  | { ok: false; preview: SheetPreview[]; problems: Problem[] };

const PREVIEW_ROWS = 5;

/** Counts and first rows of every sheet (the header is row 1, not counted). */
export function previewSheets(sheets: WorkbookSheets): SheetPreview[] {
  return sheets.sheets.map((sheet) => ({
    name: sheet.name,
    rows: Math.max(0, sheet.rows.filter((row) => row.some((c) => c !== null && c !== '')).length - 1),
    head: sheet.rows.slice(0, PREVIEW_ROWS + 1).map((row) => [...row]),
  }));
}

/**
 * The workbook with the stored units the 单位 sheet does not list appended to it (the sheet is added when
 * missing), so that a monthly workbook of 报送 rows may name units the database already knows. Appended
 * rows come after the file's own, so every problem still names the row of the file.
 */
export function withStoredUnits(book: WorkbookSheets, stored: readonly Unit[]): WorkbookSheets {
  if (stored.length === 0) return book;
  const index = book.sheets.findIndex((s) => s.name.trim() === '单位');
  const sheet: WorkbookSheet = book.sheets[index] ?? { name: '单位', rows: [['单位名称', '分组', '上级单位', '类别']] };
  const header = (sheet.rows[0] ?? []).map((c) =>
    String(c ?? '')
      .trim()
      .replace(/[*＊]$/, ''),
  );
  const at = (name: string) => header.indexOf(name);
  const nameAt = at('单位名称');
  if (nameAt < 0) return book;
  const listed = new Set(sheet.rows.slice(1).map((row) => String(row[nameAt] ?? '').trim()));
  const names = new Map(stored.map((u) => [u.id as string, u.name]));
  const extra = stored
    .filter((u) => !listed.has(u.name))
    .map((u) => {
      const row: CellValue[] = header.map(() => null);
      row[nameAt] = u.name;
      if (at('分组') >= 0 && u.group) row[at('分组')] = u.group;
      if (at('上级单位') >= 0 && u.parentId) row[at('上级单位')] = names.get(u.parentId) ?? u.parentId;
      if (at('类别') >= 0 && u.class) row[at('类别')] = u.class;
      return row;
    });
  const merged: WorkbookSheet = { name: sheet.name, rows: [...sheet.rows, ...extra] };
  const sheets = index >= 0 ? book.sheets.map((s, i) => (i === index ? merged : s)) : [merged, ...book.sheets];
  return { ...book, sheets };
}

/** Reads the files as one workbook: one .xlsx, or .csv files named after the sheets. */
async function readFiles(files: readonly WorkbookFile[]) {
  const [first] = files;
  if (files.length === 1 && first && !first.name.toLowerCase().endsWith('.csv')) {
    return readWorkbookFile(first.bytes, first.name);
  }
  return readCsvFiles(files);
}

/**
 * Parses a records workbook (formats.md) for the import page: the files' bytes into sheets, a preview,
 * and the records with every problem located by sheet, row and column. Stored units count as listed;
 * the records then carry the stored unit itself, so an import never changes a unit it only named.
 * Pure apart from the clock-free io of `@caibian/core`: it runs the same in a worker and in a test.
 *
 * @example
 * const outcome = await parseWorkbook({ files, createMissingUnits: false, skipInvalidRows: false, storedUnits });
 * if (!outcome.ok) showProblems(outcome.problems);
 */
export async function parseWorkbook(
  request: ParseRequest,
  onPhase: (phase: ParsePhase) => void = () => {},
): Promise<ParseOutcome> {
  onPhase('parsing');
  const book = await readFiles(request.files);
  if (!book.ok) return { ok: false, preview: [], problems: [...book.problems] };
  const preview = previewSheets(book.value);
  onPhase('checking');
  const read = readRecordsWorkbook(withStoredUnits(book.value, request.storedUnits), {
    createMissingUnits: request.createMissingUnits,
    skipInvalidRows: request.skipInvalidRows,
  });
  if (!read.ok) return { ok: false, preview, problems: [...read.problems] };
  const stored = new Map(request.storedUnits.map((u) => [u.id as string, u]));
  const units = read.value.records.units.map((u) => stored.get(u.id) ?? u);
  return { ok: true, preview, read: { ...read.value, records: { ...read.value.records, units } } };
}
