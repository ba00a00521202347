import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../errors/problem.ts';
import {
  adoption,
  basicSheets,
  instruction,
  penalty,
  type RowSpec,
  submission,
  unit,
  workbook,
} from './__tests__/builders.ts';
import { readRecordsWorkbook } from './readRecordsWorkbook.ts';

function problemsOf(sheets: Record<string, readonly RowSpec[]>): readonly Problem[] {
  const r = readRecordsWorkbook(workbook(sheets));
  if (r.ok) throw new Error('expected the read to fail');
  return r.problems;
}

/** The one problem of a workbook that has exactly one. */
function onlyProblem(sheets: Record<string, readonly RowSpec[]>): Problem {
  const problems = problemsOf(sheets);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as Problem;
}

const base = () => basicSheets();

describe('readRecordsWorkbook: every error names its file, sheet, row and column', () => {
  it('formats a cell problem as a person reads it', () => {
    const p = onlyProblem({ ...base(), 报送: [submission('A1', { 报送日期: '3月5日' }), submission('A2')] });
    expect(formatProblem(p)).toBe(
      '登记簿.xlsx 工作表“报送” 第2行 “报送日期（D）”列：应为日期，如 2024-03-05、2024/3/5、2024.3.5、2024年3月5日或 Excel 日期；实际为“3月5日”',
    );
    expect(p.code).toBe('invalid_date');
  });

  const cases: [string, Record<string, readonly RowSpec[]>, string, number, string, RegExp][] = [
    ['an empty required cell', { 报送: [submission('A1', { 标题: '  ' })] }, '报送', 2, '标题（B）', /不能为空/],
    [
      'a level outside the vocabulary',
      { 报送: [submission('A1', { 报送级别: '区' })] },
      '报送',
      2,
      '报送级别（E）',
      /应为 县、市、省、国家 之一；实际为“区”/,
    ],
    ['an unknown route', { 报送: [submission('A1', { 报送途径: '邮寄' })] }, '报送', 2, '报送途径（F）', /直报、转报/],
    [
      'an unknown attachment kind',
      { 报送: [submission('A1', { 附件: '图片、文档' })] },
      '报送',
      2,
      '附件（F）',
      /“文档”不是/,
    ],
    [
      'a unit absent from 单位',
      { 报送: [submission('A1', { 报送单位: '甲县、丙县' })] },
      '报送',
      2,
      '报送单位（C）',
      /单位“丙县”不在“单位”表中/,
    ],
    [
      'a repeated unit',
      { 单位: [unit('甲县'), unit('乙县'), unit('甲县')] },
      '单位',
      4,
      '单位名称（A）',
      /与第2行重复/,
    ],
    [
      'an unknown parent',
      { 单位: [unit('甲县', { 上级单位: '某市' }), unit('乙县')] },
      '单位',
      2,
      '上级单位（B）',
      /上级单位“某市”不在“单位”表中/,
    ],
    ['an unknown item in 批示', { 批示: [instruction('A9')] }, '批示', 2, '编号（A）', /编号“A9”不在“报送”表中/],
    ['an unknown item in 采用', { 采用: [adoption('A9')] }, '采用', 2, '编号（A）', /编号“A9”不在“报送”表中/],
    ['an unknown unit in 扣分', { 扣分: [penalty('丙县')] }, '扣分', 2, '单位名称（A）', /单位“丙县”不在“单位”表中/],
    ['an unknown penalty kind', { 扣分: [penalty('甲县', { 事项: '晚报' })] }, '扣分', 2, '事项（B）', /迟报、漏报/],
    [
      'an unknown leader category',
      { 批示: [instruction('A1', { 领导类别: '副职' })] },
      '批示',
      2,
      '领导类别（D）',
      /主要领导/,
    ],
    [
      'an 采用 row with neither 编号 nor 标题',
      { 采用: [adoption(null, { 标题: null })] },
      '采用',
      2,
      '编号（A）',
      /编号和标题至少填写一项/,
    ],
    [
      'a cell that is not a value',
      { 扣分: [penalty('甲县', { 说明: {} as never })] },
      '扣分',
      2,
      '说明（D）',
      /无法识别的单元格内容/,
    ],
  ];
  it.each(cases)('%s', (_, sheets, sheet, row, column, message) => {
    const p = onlyProblem({ ...base(), ...sheets });
    expect(p.location).toEqual({ file: '登记簿.xlsx', sheet, row, column });
    expect(p.message).toMatch(message);
  });

  it('names both rows when two rows of one 编号 disagree on the title or the units', () => {
    const problems = problemsOf({
      ...base(),
      报送: [
        submission('A1'),
        submission('A2'),
        submission('A1', { 标题: '另一个标题', 报送级别: '省' }),
        submission('A1', { 报送单位: '乙县', 报送级别: '国家' }),
      ],
    });
    expect(problems.map((p) => [p.location?.row, p.location?.column, p.code])).toEqual([
      [4, '标题（B）', 'conflicting_item'],
      [5, '报送单位（C）', 'conflicting_item'],
    ]);
    expect(problems[0]?.message).toBe(
      '编号“A1”在第2行的标题为“A1号信息标题”，本行为“另一个标题”：同一编号的各行标题应一致',
    );
  });

  it('names every unit of a loop of 上级单位', () => {
    const problems = problemsOf({
      ...base(),
      单位: [unit('甲县', { 上级单位: '乙县' }), unit('乙县', { 上级单位: '甲县' })],
    });
    expect(problems.map((p) => [p.code, p.location?.row, p.message])).toEqual([
      ['parent_cycle', 2, '上级单位形成循环：甲县 → 乙县 → 甲县；应有一个单位没有上级单位'],
      ['parent_cycle', 3, '上级单位形成循环：乙县 → 甲县 → 乙县；应有一个单位没有上级单位'],
    ]);
  });

  it('reports a missing required column at the header, and a column given twice', () => {
    const input = {
      file: 'a.xlsx',
      sheets: [
        {
          name: '单位',
          rows: [
            ['单位名称', '分组', '分组'],
            ['甲县', '县区组', null],
          ],
        },
        { name: '报送', rows: [['编号', '标题', '报送单位', '报送日期']] },
      ],
    };
    const r = readRecordsWorkbook(input);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'a.xlsx 工作表“单位” 第1行 “分组（C）”列：列“分组”出现了两次（B列和C列）：每列只能有一个',
      'a.xlsx 工作表“报送” 第1行 “报送级别”列：缺少必填列“报送级别”：表头（第1行）应有一列名为“报送级别”',
    ]);
  });

  it('reports a workbook without any sheet of the records workbook, and a sheet given twice', () => {
    const none = readRecordsWorkbook({ file: 'b.xlsx', sheets: [{ name: 'Sheet1', rows: [['a']] }] });
    expect(none.ok ? [] : none.problems.map(formatProblem)).toEqual([
      'b.xlsx：找不到登记簿的工作表：应至少有 单位、报送、采用、批示、扣分 之一（工作表名或 CSV 文件名），实际为 “Sheet1”',
    ]);
    const twice = readRecordsWorkbook({
      sheets: [
        { name: '报送', rows: [] },
        { name: '报送 ', rows: [] },
      ],
    });
    expect(twice.ok ? null : twice.problems[0]?.code).toBe('duplicate_sheet');
  });
});

describe('readRecordsWorkbook: all or nothing', () => {
  it('fails with every problem of every sheet and returns no records', () => {
    const r = readRecordsWorkbook(
      workbook({
        ...base(),
        报送: [submission('A1'), submission('A2', { 报送日期: '昨天' }), submission('A3', { 报送级别: '乡' })],
        扣分: [penalty('乙县', { 日期: '2024-02-30' })],
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => `${p.location?.sheet}${p.location?.row}`)).toEqual([
      '报送3',
      '报送4',
      '扣分2',
    ]);
  });

  it('reports the cause, not its consequences: a wrong unit row, not every row naming the unit', () => {
    const sheets = {
      单位: [unit('甲县'), unit('乙县', { 上级单位: '某市' })],
      报送: [submission('A1'), submission('A2', { 报送单位: '乙县' })],
      采用: [adoption('A2')],
    };
    const problems = problemsOf(sheets);
    expect(problems.map((p) => `${p.location?.sheet}${p.location?.row}`)).toEqual(['单位3']);
  });

  it('with skipInvalidRows, keeps the valid rows and lists each row left out with its reasons', () => {
    const sheets = {
      单位: [unit('甲县'), unit('乙县', { 上级单位: '某市' })],
      报送: [submission('A1'), submission('A2', { 报送单位: '乙县' }), submission('A3', { 报送日期: '昨天' })],
      采用: [adoption('A1'), adoption('A2')],
      扣分: [penalty('乙县'), penalty('甲县')],
    };
    const r = readRecordsWorkbook(workbook(sheets), { skipInvalidRows: true });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const { records, skippedRows } = r.value;
    expect(records.units.map((u) => u.id)).toEqual(['甲县']);
    expect(records.items.map((i) => i.id)).toEqual(['A1']);
    expect(records.adoptions.map((a) => a.itemId)).toEqual(['A1']);
    expect(records.penalties.map((p) => p.unitId)).toEqual(['甲县']);
    expect(skippedRows.map((s) => [s.sheet, s.row, s.problems.map((p) => p.code)])).toEqual([
      ['单位', 3, ['unknown_unit']],
      ['报送', 3, ['invalid_unit']],
      ['报送', 4, ['invalid_date']],
      ['采用', 3, ['invalid_item']],
      ['扣分', 2, ['invalid_unit']],
    ]);
    expect(skippedRows[1]?.problems[0]?.message).toBe('单位“乙县”在“单位”表第3行的登记有误，本行因此无法使用');
  });

  it('with skipInvalidRows, still fails on a problem of a whole sheet', () => {
    const input = {
      sheets: [
        {
          name: '报送',
          rows: [
            ['编号', '标题'],
            ['A1', 't'],
          ],
        },
      ],
    };
    const r = readRecordsWorkbook(input, { skipInvalidRows: true });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['missing_column', 'missing_column', 'missing_column']);
  });
});
