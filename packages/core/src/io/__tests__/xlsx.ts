import ExcelJS from 'exceljs';

/** The bytes of an .xlsx workbook built by `build` with ExcelJS. */
export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook of one sheet with the given rows. */
export function oneSheet(name: string, rows: readonly ExcelJS.CellValue[][]): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  });
}

/** Loads bytes with ExcelJS itself, to look at what a writer produced. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}
