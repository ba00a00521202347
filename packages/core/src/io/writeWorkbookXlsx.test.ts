import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workbookRecordsArb } from '../workbook/__tests__/arbitraries.ts';
import { readRecordsWorkbook } from '../workbook/readRecordsWorkbook.ts';
import { recordsToWorkbookSheets } from '../workbook/recordsToWorkbookSheets.ts';
import { loadXlsx } from './__tests__/xlsx.ts';
import { writeCsv } from './csv.ts';
import { readCsvFiles, readWorkbookFile } from './readWorkbookFile.ts';
import { writeWorkbookXlsx } from './writeWorkbookXlsx.ts';

describe('writeWorkbookXlsx', () => {
  it('writes text that looks like a formula as a text cell, never as a formula', async () => {
    const bytes = await writeWorkbookXlsx({
      sheets: [
        {
          name: '排名',
          rows: [
            ['单位', '说明'],
            ['甲县', '=HYPERLINK("http://x","点我")'],
          ],
        },
      ],
    });
    const ws = (await loadXlsx(bytes)).getWorksheet('排名');
    const cell = ws?.getCell('B2');
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe('=HYPERLINK("http://x","点我")');
    expect(cell?.numFmt).toBe('@');
    expect(ws?.getRow(1).font?.bold).toBe(true);
  });

  it('reads back what it wrote: text, numbers, booleans, empty cells; control characters dropped', async () => {
    const rows = [
      ['单位', '得分', '并列', '备注'],
      ['甲县', 12.5, true, null],
      ['乙县\u0007', -3, false, '+86 电话'],
    ];
    const bytes = await writeWorkbookXlsx({ sheets: [{ name: '排名', rows }] });
    const r = await readWorkbookFile(bytes, '排名.xlsx');
    expect(r.ok && r.value.sheets).toEqual([
      {
        name: '排名',
        rows: [
          ['单位', '得分', '并列', '备注'],
          ['甲县', 12.5, true],
          ['乙县', -3, false, '+86 电话'],
        ],
      },
    ]);
  });

  it('makes sheet names Excel accepts', async () => {
    const bytes = await writeWorkbookXlsx({
      sheets: [
        { name: '2024/03 排名', rows: [] },
        { name: '2024:03 排名', rows: [] },
        { name: '', rows: [] },
        { name: '很长的工作表名称很长的工作表名称很长的工作表名称很长的工作表名称', rows: [] },
      ],
    });
    const names = (await loadXlsx(bytes)).worksheets.map((w) => w.name);
    expect(names).toEqual([
      '2024_03 排名',
      '2024_03 排名_2',
      'Sheet',
      '很长的工作表名称很长的工作表名称很长的工作表名称很长的工作表名',
    ]);
  });
});

describe('the records workbook through bytes', () => {
  it('exports to .xlsx and imports back the same records', async () => {
    await fc.assert(
      fc.asyncProperty(workbookRecordsArb, async (records) => {
        const bytes = await writeWorkbookXlsx(recordsToWorkbookSheets(records));
        const sheets = await readWorkbookFile(bytes, '导出.xlsx');
        const read = sheets.ok ? readRecordsWorkbook(sheets.value) : sheets;
        expect(read.ok ? read.value.records : read.problems).toEqual(records);
      }),
      { verbose: true, numRuns: 25 },
    );
  });

  it('exports to a folder of CSV files and imports back the same records', () => {
    fc.assert(
      fc.property(workbookRecordsArb, fc.boolean(), (records, bom) => {
        const files = recordsToWorkbookSheets(records).sheets.map((s) => ({
          name: `${s.name}.csv`,
          bytes: new TextEncoder().encode(writeCsv(s.rows, { bom })),
        }));
        const sheets = readCsvFiles(files, '导出');
        const read = sheets.ok ? readRecordsWorkbook(sheets.value) : sheets;
        expect(read.ok ? read.value.records : read.problems).toEqual(records);
      }),
      { verbose: true, numRuns: 200 },
    );
  });
});
