/**
 * The records workbook (登记簿) of formats.md as plain data: rows in, validated records out, every
 * problem located by sheet, row and column. Pure: the bytes of .xlsx and .csv files are decoded by
 * `@caibian/core/io`.
 *
 * @packageDocumentation
 */

export {
  type CellValue,
  columnLetter,
  excelSerialToDate,
  splitValues,
  VALUE_SEPARATORS,
  type WorkbookSheet,
  type WorkbookSheets,
} from './cells.ts';
export type { SkippedRow } from './collector.ts';
export type { UnresolvedAdoption } from './readAdoptionsSheet.ts';
export { type ReadRecordsOptions, readRecordsWorkbook, type WorkbookRead } from './readRecordsWorkbook.ts';
export { recordsToWorkbookSheets } from './recordsToWorkbookSheets.ts';
export {
  type ColumnSpec,
  normaliseHeader,
  RECORDS_WORKBOOK,
  type RecordsWorkbookSpec,
  type SheetKey,
  sheetHeaders,
} from './sheets.ts';
export { titleKey } from './titleKey.ts';
