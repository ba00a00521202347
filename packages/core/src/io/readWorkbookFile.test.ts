import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors/problem.ts';
import { readRecordsWorkbook } from '../workbook/readRecordsWorkbook.ts';
import { encodeGbk, utf8 } from './__tests__/gb18030.ts';
import { oneSheet, xlsxBytes } from './__tests__/xlsx.ts';
import { readCsvFiles, readWorkbookFile } from './readWorkbookFile.ts';

describe('readWorkbookFile: .xlsx', () => {
  it('reads dates, numbers, rich text, formulas, hyperlinks, booleans and errors as plain cells', async () => {
    const bytes = await oneSheet('报送', [
      ['编号', '日期', '数', '富文本', '公式', '链接', '布尔', '错误'],
      [
        1001,
        new Date(Date.UTC(2024, 2, 5, 9, 30)),
        3.5,
        { richText: [{ text: '甲县' }, { font: { bold: true }, text: '春耕' }] },
        { formula: 'C2*2', result: 7 },
        { text: '原文', hyperlink: 'http://example.cn' },
        true,
        { error: '#N/A' },
      ],
    ]);
    const r = await readWorkbookFile(bytes, '登记簿.xlsx');
    expect(r).toEqual({
      ok: true,
      value: {
        file: '登记簿.xlsx',
        sheets: [
          {
            name: '报送',
            rows: [
              ['编号', '日期', '数', '富文本', '公式', '链接', '布尔', '错误'],
              [1001, '2024-03-05', 3.5, '甲县春耕', 7, '原文', true, '#N/A'],
            ],
          },
        ],
      },
    });
  });

  it('repeats a merged value down its column only, and keeps empty rows so rows keep their numbers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('报送');
      ws.getCell('A1').value = '编号';
      ws.getCell('B1').value = '标题';
      ws.getCell('A2').value = 'A1';
      ws.mergeCells('A2:A3');
      ws.getCell('B2').value = '跨列';
      ws.mergeCells('B2:C2');
      ws.getCell('B5').value = '第五行';
    });
    const r = await readWorkbookFile(bytes, 'x.xlsx');
    expect(r.ok && r.value.sheets[0]?.rows).toEqual([['编号', '标题'], ['A1', '跨列'], ['A1'], [], [null, '第五行']]);
  });

  it('reads every sheet in order, and a records workbook end to end', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('单位').addRows([
        ['单位名称', '分组'],
        ['甲县', '县区组'],
      ]);
      wb.addWorksheet('报送').addRows([
        ['编号', '标题', '报送单位', '报送日期', '报送级别'],
        ['A1', '甲县推进春耕', '甲县', new Date(Date.UTC(2024, 2, 5)), '市'],
      ]);
    });
    const sheets = await readWorkbookFile(bytes, 'x.xlsx');
    if (!sheets.ok) throw new Error(sheets.problems.map(formatProblem).join());
    const read = readRecordsWorkbook(sheets.value);
    expect(read.ok && read.value.records.routes).toEqual([
      { itemId: 'A1', level: '市', kind: '直报', date: '2024-03-05', status: '已报送' },
    ]);
  });

  it('reports a corrupt, an old (.xls) or an unknown file, naming it', async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '坏.xlsx', 'unreadable_file'],
      [utf8('编号,标题'), '假.xlsx', 'unreadable_file'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), '旧.xlsx', 'unsupported_format'],
      [new Uint8Array([1]), '旧.xls', 'unsupported_format'],
      [new Uint8Array([1]), '报告.docx', 'unsupported_format'],
    ];
    for (const [bytes, file, code] of cases) {
      const r = await readWorkbookFile(bytes, file);
      expect(r.ok ? null : r.problems).toEqual([expect.objectContaining({ code, location: { file } })]);
    }
    const docx = await readWorkbookFile(new Uint8Array([1]), 'a/报告.docx');
    expect(docx.ok ? '' : formatProblem(docx.problems[0] as never)).toBe(
      'a/报告.docx：不支持的文件类型“.docx”：应为 Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
    );
  });

  it('never throws on random bytes, whatever the file name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
        ),
        fc.constantFrom('a.xlsx', 'a.csv', 'a', 'a.xls', '报送.CSV'),
        async (bytes, name) => {
          const r = await readWorkbookFile(bytes, name);
          if (!r.ok) for (const p of r.problems) expect(p.location?.file).toBe(name);
        },
      ),
      { verbose: true, numRuns: 200 },
    );
  });
});

describe('readWorkbookFile and readCsvFiles: CSV', () => {
  const csv =
    '编号,标题,报送单位,报送日期,报送级别\r\nA1,"甲县""春耕""",甲县,2024/3/5,市\r\nA2,\'=1+1,甲县,2024/3/5,市\r\n';

  it('reads a GBK CSV as one sheet named after the file, undoing formula guards', async () => {
    const r = await readWorkbookFile(encodeGbk(csv), 'C:\\数据\\报送.csv');
    expect(r.ok && r.value).toEqual({
      file: 'C:\\数据\\报送.csv',
      sheets: [
        {
          name: '报送',
          rows: [
            ['编号', '标题', '报送单位', '报送日期', '报送级别'],
            ['A1', '甲县"春耕"', '甲县', '2024/3/5', '市'],
            ['A2', '=1+1', '甲县', '2024/3/5', '市'],
          ],
        },
      ],
    });
  });

  it('reads a folder of CSV files in mixed encodings as one workbook', () => {
    const r = readCsvFiles(
      [
        { name: '单位.csv', bytes: utf8('单位名称\r\n甲县\r\n', true) },
        { name: '报送.csv', bytes: encodeGbk(csv) },
      ],
      '登记簿',
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join());
    expect(r.value.file).toBe('登记簿');
    const read = readRecordsWorkbook(r.value);
    expect(read.ok && read.value.records.items.map((i) => i.title)).toEqual(['甲县"春耕"', '=1+1']);
  });

  it('reports every bad file of a folder together, naming each', () => {
    const r = readCsvFiles([
      { name: '单位.csv', bytes: new Uint8Array([0xff, 0xff]) },
      { name: '报送.csv', bytes: utf8('编号,标题\n"A1,x\n') },
      { name: '说明.txt', bytes: utf8('') },
    ]);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      '单位.csv：无法识别文本编码：应为 UTF-8 或 GB18030（GBK） 编码的文本文件（可在 Excel 或 WPS 中另存为“CSV UTF-8”）',
      '报送.csv 工作表“报送” 第2行：引号没有闭合：以英文双引号开头的内容应以英文双引号结束（内容中的双引号应写两次）',
      '说明.txt：不是 CSV 文件：文件夹中的登记簿应为 .csv 文件',
    ]);
    expect(readCsvFiles([], '空文件夹').ok).toBe(false);
  });
});
