import type { RecordSet } from '../model/records.ts';
import type { CellValue, WorkbookSheet, WorkbookSheets } from './cells.ts';
import { RECORDS_WORKBOOK, type SheetKey, sheetHeaders } from './sheets.ts';

const sheet = (key: SheetKey, rows: CellValue[][]): WorkbookSheet => ({
  name: RECORDS_WORKBOOK[key].name,
  rows: [sheetHeaders(key), ...rows],
});

const cell = (value: string | undefined): CellValue => value ?? null;

/**
 * Writes records as the records workbook of formats.md: sheets 单位, 报送, 采用, 批示, 扣分 with their
 * headers in row 1, one 报送 row per route, dates as `YYYY-MM-DD`, several units joined with 、.
 * {@link readRecordsWorkbook} reads the result back to the same records, as far as the workbook can say
 * it: an item without a route has no 报送 row and is left out, and what has no column (an item's body,
 * 密级, tags, shares; a route's office and status; a unit's active dates; 约稿 and urgent events) is not
 * written. Units are named by 单位名称, the id of a unit read from a workbook. Names holding a separator (、 ， , ; ；) cannot be told apart from a joint item's units.
 *
 * @example
 * const xlsx = await writeWorkbookXlsx(recordsToWorkbookSheets(records)); // from @caibian/core/io
 */
export function recordsToWorkbookSheets(records: RecordSet): WorkbookSheets {
  const items = new Map(records.items.map((item) => [item.id as string, item]));
  const names = new Map(records.units.map((u) => [u.id as string, u.name]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    sheets: [
      sheet(
        'units',
        records.units.map((u) => [
          u.name,
          cell(u.group),
          u.parentId === undefined ? null : name(u.parentId),
          cell(u.class),
        ]),
      ),
      sheet(
        'submissions',
        records.routes.flatMap((route) => {
          const item = items.get(route.itemId);
          if (!item) return [];
          return [
            [
              item.id,
              item.title,
              item.units.map((u) => name(u.unitId)).join('、'),
              route.date,
              route.level,
              route.kind,
              cell(item.category),
              item.attachments.length > 0 ? [...new Set(item.attachments.map((a) => a.kind))].join('、') : null,
            ],
          ];
        }),
      ),
      sheet(
        'adoptions',
        records.adoptions.map((a) => [
          a.itemId,
          cell(items.get(a.itemId)?.title),
          a.level,
          a.publication,
          cell(a.form),
          a.date,
          cell(a.issue),
        ]),
      ),
      sheet(
        'instructions',
        records.instructions.map((i) => [i.itemId, cell(i.leader), i.rank, i.category, i.date, cell(i.publication)]),
      ),
      sheet(
        'penalties',
        records.penalties.map((p) => [name(p.unitId), p.kind, p.date, cell(p.itemId), cell(p.note)]),
      ),
    ],
  };
}
