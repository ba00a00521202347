import { type RecordSet, recordsToWorkbookSheets, type WorkbookSheets } from '@caibian/core';
import { writeCsv } from '@caibian/core/io';

/** The records to export and how many items were left out as classified (密级 other than 无). */
export interface ExportSelection {
  records: RecordSet;
  classified: number;
}

/**
 * The records to export. Items marked 秘密, 机密 or 绝密 (and their records) are left out unless
 * `includeClassified`: an exported workbook travels over open channels (domain.md).
 */
export function selectForExport(records: RecordSet, includeClassified = false): ExportSelection {
  if (includeClassified) return { records, classified: 0 };
  const secret = new Set<string>(records.items.filter((i) => i.secrecy !== '无').map((i) => i.id));
  if (secret.size === 0) return { records, classified: 0 };
  const open = <T extends { itemId?: string }>(list: readonly T[]) =>
    list.filter((r) => r.itemId === undefined || !secret.has(r.itemId));
  return {
    records: {
      ...records,
      items: records.items.filter((i) => !secret.has(i.id)),
      routes: open(records.routes),
      adoptions: open(records.adoptions),
      instructions: open(records.instructions),
      penalties: open(records.penalties),
    },
    classified: secret.size,
  };
}

/** The records workbook's sheets for `records` (formats.md), as `recordsToWorkbookSheets` writes them. */
export function exportSheets(records: RecordSet): WorkbookSheets {
  return recordsToWorkbookSheets(records);
}

/**
 * One CSV file per sheet (`报送.csv`, …), UTF-8 with a byte order mark so that Excel on Chinese Windows
 * reads it, and text that could run as a formula (= + - @) neutralised by `writeCsv`.
 */
export function csvFiles(sheets: WorkbookSheets): { name: string; text: string }[] {
  return sheets.sheets.map((sheet) => ({ name: `${sheet.name}.csv`, text: writeCsv(sheet.rows, { bom: true }) }));
}
