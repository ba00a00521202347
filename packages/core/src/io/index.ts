/**
 * `@caibian/core/io`: the bytes of the records workbook and of exported notices. Reads .xlsx (ExcelJS)
 * and CSV (UTF-8, UTF-16 or GB18030/GBK, detected) into the plain {@link WorkbookSheets} that
 * `readRecordsWorkbook` takes, and writes them back with formula injection neutralised. Runs in Node, a
 * browser and a worker alike: bytes are `Uint8Array`, never a Node `Buffer`.
 *
 * @packageDocumentation
 */

export type { CellValue, WorkbookSheet, WorkbookSheets } from '../workbook/cells.ts';
export { type ParseCsvOptions, parseCsv, type WriteCsvOptions, writeCsv } from './csv.ts';
export { type DecodedText, decodeText, type TextEncodingName } from './decodeText.ts';
export { guardFormula, looksLikeFormula, unguardFormula } from './formulaGuard.ts';
export { baseName, extensionOf, readCsvFile, readCsvFiles, readWorkbookFile, readXlsx } from './readWorkbookFile.ts';
export { writeWorkbookXlsx } from './writeWorkbookXlsx.ts';
