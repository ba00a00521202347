import ExcelJS from 'exceljs';
import type { CellValue, WorkbookSheets } from '../workbook/cells.ts';
import { looksLikeFormula } from './formulaGuard.ts';

/** Whether XML 1.0 can hold the code point (it cannot hold most control characters, U+FFFE, U+FFFF). */
const xmlChar = (code: number) =>
  code === 0x09 ||
  code === 0x0a ||
  code === 0x0d ||
  (code >= 0x20 && code < 0xd800) ||
  (code > 0xdfff && code < 0xfffe) ||
  code > 0xffff;

/** Text without the characters an xlsx file cannot store (control characters, unpaired surrogates). */
function xmlText(text: string): string {
  let out = '';
  for (const ch of text) if (xmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

/** A sheet name Excel accepts: no []:*?/\, not empty, at most 31 characters, unique (case-insensitively). */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Display width of text: a CJK character counts two. */
const width = (value: CellValue) =>
  value === null ? 0 : [...String(value)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

/**
 * Writes sheets as a .xlsx workbook: row 1 bold and frozen, columns sized to their content. Text is
 * written as text cells, never as formulas; text a spreadsheet could take for a formula (= + - @) also
 * gets the text number format, so editing it in Excel keeps it text (formula injection).
 *
 * @example
 * const bytes = await writeWorkbookXlsx(recordsToWorkbookSheets(records));
 */
export async function writeWorkbookXlsx(sheets: WorkbookSheets): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of sheets.sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths: number[] = [];
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((value, c) => {
        widths[c] = Math.max(widths[c] ?? 0, width(value));
        if (value === null || value === undefined) return;
        const cell = row.getCell(c + 1);
        if (typeof value === 'string') {
          cell.value = xmlText(value);
          if (looksLikeFormula(value)) cell.numFmt = '@';
        } else if (typeof value === 'number') {
          cell.value = Number.isFinite(value) ? value : null;
        } else {
          cell.value = value;
        }
      });
      if (r === 0) row.font = { bold: true };
    });
    widths.forEach((w, c) => {
      ws.getColumn(c + 1).width = Math.min(60, Math.max(8, w + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBufferLike);
}
