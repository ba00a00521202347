import { type Item, itemId, RECORD_SET_VERSION, type RecordSet, unitId } from '@caibian/core';
import { readCsvFile } from '@caibian/core/io';
import { expect, it } from 'vitest';
import { csvFiles, exportSheets, selectForExport } from '../exportWorkbook.ts';

const item = (id: string, title: string, secrecy: Item['secrecy'] = '无'): Item => ({
  id: itemId(id),
  title,
  units: [{ unitId: unitId('城关镇') }],
  secrecy,
  attachments: [],
  tags: [],
});

const records: RecordSet = {
  version: RECORD_SET_VERSION,
  units: [{ id: unitId('城关镇'), name: '城关镇' }],
  items: [item('A1', '=1+2 城关镇春耕'), item('A2', '@SUM(A1) 石桥镇'), item('S1', '涉密事项', '秘密')],
  routes: ['A1', 'A2', 'S1'].map(
    (id) => ({ itemId: itemId(id), level: '县', kind: '直报', date: '2025-03-05', status: '已报送' }) as never,
  ),
  adoptions: [],
  instructions: [],
  penalties: [],
  commissions: [],
  urgentEvents: [],
};

it('leaves classified items and their records out unless asked', () => {
  const open = selectForExport(records);
  expect(open.classified).toBe(1);
  expect(open.records.items.map((i) => i.id)).toEqual(['A1', 'A2']);
  expect(open.records.routes).toHaveLength(2);
  expect(selectForExport(records, true).records.items).toHaveLength(3);
});

it('writes one CSV per sheet with formula-like cells neutralised, read back exactly', () => {
  const files = csvFiles(exportSheets(selectForExport(records).records));
  expect(files.map((f) => f.name)).toEqual(['单位.csv', '报送.csv', '采用.csv', '批示.csv', '扣分.csv']);
  const text = files[1]?.text ?? '';
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain(",'=1+2 城关镇春耕,");
  expect(text).toContain(",'@SUM(A1) 石桥镇,");
  const back = readCsvFile(new TextEncoder().encode(text), '报送.csv');
  expect(back.ok && back.value.sheets[0]?.rows.map((r) => r[1])).toEqual([
    '标题',
    '=1+2 城关镇春耕',
    '@SUM(A1) 石桥镇',
  ]);
});
