import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../errors/problem.ts';
import type { Result } from '../errors/result.ts';
import { itemId } from '../model/ids.ts';
import { parseRecordSet } from '../model/parseRecordSet.ts';
import { adoption, basicSheets, instruction, sheet, submission, unit, workbook } from './__tests__/builders.ts';
import { readRecordsWorkbook, type WorkbookRead } from './readRecordsWorkbook.ts';

function value(result: Result<WorkbookRead, Problem>): WorkbookRead {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('readRecordsWorkbook: a valid workbook', () => {
  it('reads every sheet into a valid record set, one item per 编号 and a route per 报送 row', () => {
    const { records, unresolvedAdoptions, skippedRows } = value(readRecordsWorkbook(workbook(basicSheets())));
    expect(records.version).toBe(1);
    expect(records.units.map((u) => [u.id, u.name, u.group])).toEqual([
      ['甲县', '甲县', '县区组'],
      ['乙县', '乙县', '县区组'],
    ]);
    expect(records.items.map((i) => [i.id, i.title, i.units])).toEqual([
      ['A1', 'A1号信息标题', [{ unitId: '甲县' }]],
      ['A2', 'A2号信息标题', [{ unitId: '乙县' }]],
    ]);
    expect(records.routes.map((r) => [r.itemId, r.level, r.kind, r.date])).toEqual([
      ['A1', '市', '直报', '2024-03-05'],
      ['A1', '省', '转报', '2024-03-05'],
      ['A2', '市', '直报', '2024-03-05'],
    ]);
    expect(records.adoptions.map((a) => [a.itemId, a.level, a.publication])).toEqual([
      ['A1', '市', '每日要情'],
      ['A1', '省', '信息简报'],
    ]);
    expect(records.instructions).toEqual([{ itemId: 'A1', rank: '市', category: '其他领导', date: '2024-03-12' }]);
    expect(records.penalties).toEqual([{ unitId: '乙县', kind: '迟报', date: '2024-03-20' }]);
    expect(unresolvedAdoptions).toEqual([]);
    expect(skippedRows).toEqual([]);
    expect(parseRecordSet(JSON.parse(JSON.stringify(records))).ok).toBe(true);
  });

  it('maps 上级单位 to parentId and 类别 to class', () => {
    const sheets = { 单位: [unit('市直'), unit('甲县', { 上级单位: '市直', 类别: '一类' })], 报送: [submission('A1')] };
    const { records } = value(readRecordsWorkbook(workbook(sheets)));
    expect(records.units[1]).toEqual({ id: '甲县', name: '甲县', parentId: '市直', class: '一类' });
  });

  it('accepts every date form of formats.md, Excel serial numbers and a trailing midnight time', () => {
    const dates = ['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日', 45356, '2024/3/5 0:00'];
    const sheets = { 单位: [unit('甲县')], 报送: dates.map((d, i) => submission(`A${i}`, { 报送日期: d })) };
    const { records } = value(readRecordsWorkbook(workbook(sheets)));
    expect(records.routes.map((r) => r.date)).toEqual(dates.map(() => '2024-03-05'));
  });

  it('matches sheet names and headers after trimming, in any column order, ignoring unknown columns', () => {
    const input = {
      sheets: [
        { name: '单位', rows: [['单位名称'], ['甲县']] },
        {
          name: ' 报送 ',
          rows: [
            ['备注', ' 报送级别 ', '报送日期', '标题*', '报送单位', ' 编号'],
            ['随便写写', '市', '2024-03-05', '标题一', '甲县', 'A1'],
          ],
        },
      ],
    };
    const { records } = value(readRecordsWorkbook(input));
    expect(records.items).toMatchObject([{ id: 'A1', title: '标题一' }]);
    expect(records.routes).toMatchObject([{ itemId: 'A1', level: '市' }]);
  });

  it('finds the header below a title row and numbers rows as Excel does', () => {
    const input = {
      file: 'x.xlsx',
      sheets: [
        { name: '单位', rows: [['2024年信息报送单位'], [], ['单位名称'], ['甲县'], ['甲县']] },
        { name: '报送', rows: sheet('报送', [submission('A1')]).rows },
      ],
    };
    const r = readRecordsWorkbook(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.location).toMatchObject({ sheet: '单位', row: 5, column: '单位名称（A）' });
  });

  it('splits several values on 、 ， , ; ； into a joint item and several attachments', () => {
    const names = ['甲县', '乙县', '丙县', '丁县', '戊县', '己县'];
    const sheets = {
      单位: names.map((n) => unit(n)),
      报送: [submission('A1', { 报送单位: '甲县、乙县，丙县,丁县;戊县； 己县', 附件: '图片、音视频' })],
    };
    const { records } = value(readRecordsWorkbook(workbook(sheets)));
    expect(records.items[0]?.units.map((u) => u.unitId)).toEqual(names);
    expect(records.items[0]?.attachments).toEqual([{ kind: '图片' }, { kind: '音视频' }]);
  });

  it('reads a numeric 编号 as text, 市级 as 市, and applies the defaults 直报 and 其他领导', () => {
    const sheets = {
      单位: [unit('甲县')],
      报送: [submission('x', { 编号: 1001, 报送级别: '市级' })],
      批示: [instruction('1001', { 领导级别: '省级' })],
    };
    const { records } = value(readRecordsWorkbook(workbook(sheets)));
    expect(records.routes).toEqual([
      { itemId: '1001', level: '市', kind: '直报', date: '2024-03-05', status: '已报送' },
    ]);
    expect(records.instructions[0]).toMatchObject({ itemId: '1001', rank: '省', category: '其他领导' });
  });

  it('creates units named in 报送 but absent from 单位 when told to', () => {
    const sheets = { 报送: [submission('A1', { 报送单位: '甲县、新区' })] };
    const read = value(readRecordsWorkbook(workbook(sheets), { createMissingUnits: true }));
    expect(read.records.units.map((u) => u.id)).toEqual(['甲县', '新区']);
    expect(read.createdUnits).toEqual(['甲县', '新区']);
  });
});

describe('readRecordsWorkbook: 采用 rows without 编号', () => {
  const sheets = (adoptions: Record<string, unknown>[]) => ({
    单位: [unit('甲县'), unit('乙县')],
    报送: [
      submission('A1', { 标题: '甲县推进春耕生产' }),
      submission('A2', { 标题: '全市防汛' }),
      submission('A3', { 标题: '全市防汛', 报送单位: '乙县' }),
    ],
    采用: adoptions as never,
  });

  it('accepts an exact title, ignoring spaces, width and trailing punctuation', () => {
    const read = value(readRecordsWorkbook(workbook(sheets([adoption(null, { 标题: ' 甲县推进 春耕生产。' })]))));
    expect(read.records.adoptions).toMatchObject([{ itemId: 'A1', publication: '每日要情' }]);
  });

  it('returns unmatched and ambiguous rows with their row, title and adoption', () => {
    const rows = [adoption(null, { 标题: '乙县抓好秋收' }), adoption(null, { 标题: '全市防汛', 期号: '第3期' })];
    const read = value(readRecordsWorkbook(workbook(sheets(rows))));
    expect(read.records.adoptions).toEqual([]);
    expect(read.unresolvedAdoptions).toMatchObject([
      { sheet: '采用', row: 2, title: '乙县抓好秋收', candidates: [] },
      {
        sheet: '采用',
        row: 3,
        title: '全市防汛',
        candidates: ['A2', 'A3'],
        adoption: { level: '市', publication: '每日要情', date: '2024-03-10', issue: '第3期' },
      },
    ]);
  });

  it('asks resolveTitle when the exact title does not decide, and adopts every item it accepts', () => {
    const rows = [adoption(null, { 标题: '全市防汛工作综述' }), adoption(null, { 标题: '春耕' })];
    const resolveTitle = (title: string) =>
      title === '春耕'
        ? [itemId('A1')]
        : title.startsWith('全市防汛')
          ? [itemId('A2'), itemId('A3'), itemId('Z9')]
          : [];
    const read = value(readRecordsWorkbook(workbook(sheets(rows)), { resolveTitle }));
    expect(read.records.adoptions.map((a) => a.itemId)).toEqual(['A2', 'A3', 'A1']);
    expect(read.unresolvedAdoptions).toEqual([]);
  });
});
