import { unitId } from '@caibian/core';
import { writeCsv, writeWorkbookXlsx } from '@caibian/core/io';
import { describe, expect, it } from 'vitest';
import { parseWorkbook, withStoredUnits } from '../parseWorkbook.ts';
import { problemRows } from '../problemRows.ts';

const SUBMISSIONS = ['编号', '标题', '报送单位', '报送日期', '报送级别'];

async function xlsx(sheets: { name: string; rows: (string | null)[][] }[]) {
  return [{ name: '登记簿.xlsx', bytes: await writeWorkbookXlsx({ sheets }) }];
}

const request = (files: { name: string; bytes: Uint8Array }[], overrides = {}) => ({
  files,
  createMissingUnits: false,
  skipInvalidRows: false,
  storedUnits: [],
  ...overrides,
});

describe('parseWorkbook', () => {
  it('names every bad cell by sheet, row and column and reads nothing', async () => {
    const files = await xlsx([
      { name: '单位', rows: [['单位名称'], ['城关镇']] },
      {
        name: '报送',
        rows: [
          SUBMISSIONS,
          ['A1', '城关镇春耕', '城关镇', '2025-03-05', '县'],
          ['A2', '石桥镇招商', '石桥镇', '2025-13-40', '乡'],
        ],
      },
    ]);
    const outcome = await parseWorkbook(request(files));
    expect(outcome.ok).toBe(false);
    expect(outcome.preview.map((s) => [s.name, s.rows])).toEqual([
      ['单位', 1],
      ['报送', 2],
    ]);
    const rows = problemRows(outcome.ok ? [] : outcome.problems);
    expect(rows.every((r) => r.sheet === '报送' && r.row === 3)).toBe(true);
    expect(rows.map((r) => r.column?.slice(0, 4))).toEqual(
      expect.arrayContaining(['报送单位', '报送日期', '报送级别']),
    );
  });

  it('skips the named bad rows or creates the missing units when asked', async () => {
    const files = await xlsx([
      { name: '单位', rows: [['单位名称'], ['城关镇']] },
      {
        name: '报送',
        rows: [
          SUBMISSIONS,
          ['A1', '城关镇春耕', '城关镇', '2025-03-05', '县'],
          ['A2', '石桥镇招商', '石桥镇', '2025-03-06', '县'],
        ],
      },
    ]);
    const skipped = await parseWorkbook(request(files, { skipInvalidRows: true }));
    expect(skipped.ok && skipped.read.records.items.map((i) => i.id)).toEqual(['A1']);
    expect(skipped.ok && skipped.read.skippedRows.map((r) => [r.sheet, r.row])).toEqual([['报送', 3]]);
    const created = await parseWorkbook(request(files, { createMissingUnits: true }));
    expect(created.ok && created.read.createdUnits).toEqual(['石桥镇']);
  });

  it('accepts units the database already knows and keeps them as stored', async () => {
    const stored = [{ id: unitId('石桥镇'), name: '石桥镇', group: '乡镇组', active: { from: '2020-01-01' as never } }];
    const files = [
      {
        name: '报送.csv',
        bytes: new TextEncoder().encode(writeCsv([SUBMISSIONS, ['A2', '石桥镇招商', '石桥镇', '2025-03-06', '市']])),
      },
    ];
    const outcome = await parseWorkbook(request(files, { storedUnits: stored }));
    expect(outcome.ok && outcome.read.records.units).toEqual(stored);
    expect(outcome.ok && outcome.read.createdUnits).toEqual([]);
  });

  it('appends only the stored units the sheet does not list', () => {
    const book = withStoredUnits(
      {
        sheets: [
          {
            name: '单位',
            rows: [
              ['单位名称', '分组'],
              ['城关镇', '乡镇组'],
            ],
          },
        ],
      },
      [
        { id: unitId('城关镇'), name: '城关镇' },
        { id: unitId('柳溪镇'), name: '柳溪镇', group: '乡镇组' },
      ],
    );
    expect(book.sheets[0]?.rows).toEqual([
      ['单位名称', '分组'],
      ['城关镇', '乡镇组'],
      ['柳溪镇', '乡镇组'],
    ]);
  });
});
