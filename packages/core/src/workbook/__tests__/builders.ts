import type { CellValue, WorkbookSheet, WorkbookSheets } from '../cells.ts';

/** A row by header: `{ 编号: 'A1', 标题: '…' }`. */
export type RowSpec = Readonly<Record<string, CellValue>>;

/** A sheet whose header is every key of its rows, in first-seen order. */
export function sheet(name: string, rows: readonly RowSpec[], header?: readonly string[]): WorkbookSheet {
  const keys = header ? [...header] : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, rows: [keys, ...rows.map((r) => keys.map((k) => r[k] ?? null))] };
}

/** A workbook from sheets given as rows by header. */
export function workbook(sheets: Readonly<Record<string, readonly RowSpec[]>>, file = '登记簿.xlsx'): WorkbookSheets {
  return { file, sheets: Object.entries(sheets).map(([name, rows]) => sheet(name, rows)) };
}

/** A 单位 row. */
export const unit = (name: string, extra: RowSpec = {}): RowSpec => ({ 单位名称: name, ...extra });

/** A 报送 row of a valid item sent by 甲县 to the city on 2024-03-05. */
export const submission = (id: string, extra: RowSpec = {}): RowSpec => ({
  编号: id,
  标题: `${id}号信息标题`,
  报送单位: '甲县',
  报送日期: '2024-03-05',
  报送级别: '市',
  ...extra,
});

/** An 采用 row of item `id` in the city's 每日要情. */
export const adoption = (id: string | null, extra: RowSpec = {}): RowSpec => ({
  编号: id,
  采用级别: '市',
  采用刊物: '每日要情',
  采用日期: '2024-03-10',
  ...extra,
});

/** A 批示 row on item `id` by a city leader. */
export const instruction = (id: string, extra: RowSpec = {}): RowSpec => ({
  编号: id,
  领导级别: '市',
  批示日期: '2024-03-12',
  ...extra,
});

/** A 扣分 row against `unitName`. */
export const penalty = (unitName: string, extra: RowSpec = {}): RowSpec => ({
  单位名称: unitName,
  事项: '迟报',
  日期: '2024-03-20',
  ...extra,
});

/** Two county units in 县区组 and a valid set of rows on them. */
export function basicSheets(): Record<string, RowSpec[]> {
  return {
    单位: [unit('甲县', { 分组: '县区组' }), unit('乙县', { 分组: '县区组' })],
    报送: [
      submission('A1'),
      submission('A1', { 报送级别: '省', 报送途径: '转报' }),
      submission('A2', { 报送单位: '乙县' }),
    ],
    采用: [adoption('A1'), adoption('A1', { 采用级别: '省', 采用刊物: '信息简报' })],
    批示: [instruction('A1')],
    扣分: [penalty('乙县')],
  };
}
