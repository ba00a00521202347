import type { Problem } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';
import type { CellValue } from '../workbook/cells.ts';
import { guardFormula } from './formulaGuard.ts';

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The field separator. Default: a tab when the first line has tabs and no comma, else a comma. */
  readonly delimiter?: ',' | '\t' | ';';
}

function detectDelimiter(text: string): ',' | '\t' {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/**
 * Parses CSV text as RFC 4180 says: fields separated by commas, records by CRLF (or LF, or CR), a field in
 * double quotes may hold separators, line breaks and doubled quotes (`""`). A final line break adds no
 * record; a blank line is an empty record (`['']`), so record N is row N of the file. A quote opened and
 * never closed is a problem naming the row where it opened.
 *
 * @example
 * parseCsv('编号,标题\r\nA1,"甲县""春耕"""'); // ok([['编号', '标题'], ['A1', '甲县"春耕"']])
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<string[][], Problem> {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let started = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    started = false;
  };
  while (i < n) {
    const ch = text[i];
    started = true;
    if (ch === '"' && field === '') {
      const openedAt = rows.length + 1;
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        return fail([
          {
            code: 'unclosed_quote',
            message: '引号没有闭合：以英文双引号开头的内容应以英文双引号结束（内容中的双引号应写两次）',
            location: { row: openedAt },
          },
        ]);
      }
      i = j;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let j = i + 1;
      while (j < n && text[j] !== delimiter && text[j] !== '\r' && text[j] !== '\n') j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (started) endRow();
  return ok(rows);
}

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /**
   * Start with a byte order mark, so that Excel on Chinese Windows opens the file as UTF-8 rather than
   * GBK. Default `false` (for output piped to other programs); set it for files a person opens in Excel.
   */
  readonly bom?: boolean;
}

function field(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? guardFormula(value)
      : typeof value === 'boolean'
        ? value
          ? 'TRUE'
          : 'FALSE'
        : String(value);
  return /[",\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line breaks. Text that a spreadsheet could take for a formula
 * (= + - @ …) gets a leading apostrophe (formula injection); reading with `readWorkbookFile` removes it.
 *
 * @example
 * writeCsv([['单位', '得分'], ['甲县', 12.5]]); // '单位,得分\r\n甲县,12.5\r\n'
 */
export function writeCsv(rows: readonly (readonly CellValue[])[], options: WriteCsvOptions = {}): string {
  const body = rows.map((r) => `${r.map(field).join(',')}\r\n`).join('');
  return options.bom ? `\uFEFF${body}` : body;
}
