import { expect, it } from 'vitest';
import { generateDemo } from '../../demo/generateDemo.ts';
import { matchStoredItems } from '../matchNoticeRows.ts';

const { records } = generateDemo({ today: '2026-11-26' });

it('pre-selects the rows the matcher accepts and lists candidates for the others', () => {
  const target = records.items.find((i) => i.title.includes('调研报告')) ?? records.items[0];
  if (!target) throw new Error('no demo item');
  const rows = matchStoredItems(
    [
      { row: 2, title: target.title },
      { row: 3, title: '某地开展工作' },
    ],
    records.items,
    records,
  );
  expect(rows[0]?.selected).toEqual([target.id]);
  expect(rows[0]?.match.candidates[0]?.id).toBe(target.id);
  expect(rows[1]?.selected).toEqual([]);
});
