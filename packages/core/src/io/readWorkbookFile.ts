import ExcelJS from 'exceljs';
import type { Problem } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import type { CellValue, WorkbookSheet, WorkbookSheets } from '../workbook/cells.ts';
import { parseCsv } from './csv.ts';
import { decodeText } from './decodeText.ts';
import { unguardFormula } from './formulaGuard.ts';
import { worksheetRows } from './xlsxCells.ts';

/** The name of a file without its folder. */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** The extension of a file name, lower case with its dot (`.xlsx`), or `''`. */
export function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const stem = (fileName: string) => {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
};

const problem = (file: string, code: string, message: string): Problem => ({ code, message, location: { file } });

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const OLD_EXCEL =
  '这是 Excel 97-2003 格式（.xls）或加了密码的工作簿：请在 Excel 或 WPS 中去掉密码并“另存为”.xlsx 后再导入';

/**
 * Reads a .xlsx workbook: every worksheet in order, each cell as plain data (dates as `YYYY-MM-DD`,
 * rich text and hyperlinks as their text, formulas as their cached results; merged cells per
 * {@link cellValue}). A file that is not a readable .xlsx is a problem naming it.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Result<WorkbookSheets, Problem>> {
  if (starts(bytes, ...OLE)) return fail([problem(fileName, 'unsupported_format', OLD_EXCEL)]);
  if (!starts(bytes, ...ZIP)) {
    return fail([problem(fileName, 'unreadable_file', '无法读取：文件不是 Excel 工作簿（.xlsx），或已损坏')]);
  }
  try {
    const workbook = new ExcelJS.Workbook();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
    const sheets: WorkbookSheet[] = workbook.worksheets.map((ws) => ({ name: ws.name, rows: worksheetRows(ws) }));
    return ok({ file: fileName, sheets });
  } catch {
    return fail([problem(fileName, 'unreadable_file', '无法读取：文件已损坏，或不是 Excel 工作簿（.xlsx）')]);
  }
}

function csvSheet(bytes: Uint8Array, fileName: string): Result<WorkbookSheet, Problem> {
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.value.text);
  const name = stem(fileName);
  if (!parsed.ok) {
    return fail(parsed.problems.map((p) => ({ ...p, location: { file: fileName, sheet: name, ...p.location } })));
  }
  const rows = parsed.value.map((row) =>
    row.map((text): CellValue => (text.trim() === '' ? null : unguardFormula(text))),
  );
  return ok({ name, rows });
}

/**
 * Reads one CSV file as a workbook of one sheet named after the file (`报送.csv` → sheet 报送). The text
 * may be UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK; every cell is text.
 */
export function readCsvFile(bytes: Uint8Array, fileName: string): Result<WorkbookSheets, Problem> {
  const sheet = csvSheet(bytes, fileName);
  return sheet.ok ? ok({ file: fileName, sheets: [sheet.value] }) : sheet;
}

/**
 * Reads a folder of CSV files named after the sheets (`单位.csv`, `报送.csv`, …) as one workbook; `folder`
 * names it in problems. All or nothing: every file's problems are returned together.
 *
 * @example
 * readCsvFiles([{ name: '报送.csv', bytes }, { name: '单位.csv', bytes: unitBytes }], '2024登记簿');
 */
export function readCsvFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  folder?: string,
): Result<WorkbookSheets, Problem> {
  const problems: Problem[] = [];
  const sheets: WorkbookSheet[] = [];
  if (files.length === 0) {
    problems.push({
      code: 'no_files',
      message: '没有 CSV 文件：应有以工作表命名的 .csv 文件，如 单位.csv、报送.csv',
      ...(folder !== undefined && { location: { file: folder } }),
    });
  }
  for (const file of files) {
    if (extensionOf(file.name) !== '.csv') {
      problems.push(problem(file.name, 'unsupported_format', '不是 CSV 文件：文件夹中的登记簿应为 .csv 文件'));
      continue;
    }
    const sheet = csvSheet(file.bytes, file.name);
    if (sheet.ok) sheets.push(sheet.value);
    else problems.push(...sheet.problems);
  }
  if (problems.length > 0) return fail(problems);
  return ok({ ...(folder !== undefined && { file: folder }), sheets });
}

/**
 * Reads the bytes of a workbook file by its extension: .xlsx (or .xlsm) with ExcelJS, .csv as one sheet
 * named after the file. Never throws: a corrupt file, an old .xls, an unknown type or undecodable text is
 * a problem naming the file, in Chinese.
 *
 * @example
 * const r = await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (r.ok) readRecordsWorkbook(r.value);
 */
export async function readWorkbookFile(bytes: Uint8Array, fileName: string): Promise<Result<WorkbookSheets, Problem>> {
  const ext = extensionOf(fileName);
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(bytes, fileName);
  if (ext === '.csv') return readCsvFile(bytes, fileName);
  if (ext === '.xls' || ext === '.et') return fail([problem(fileName, 'unsupported_format', OLD_EXCEL)]);
  if (ext === '') return starts(bytes, ...ZIP) ? readXlsx(bytes, fileName) : readCsvFile(bytes, fileName);
  return fail([
    problem(fileName, 'unsupported_format', `不支持的文件类型“${ext}”：应为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）`),
  ]);
}
