import { expect, it } from 'vitest';
import {
  appendToSegment,
  emptySegment,
  parseRecordKey,
  recordKey,
  segmentingId,
  segmentOf,
  stableHash,
} from '../segments.ts';

it('hashes ids to the same segments forever (stored rows depend on it)', () => {
  expect(stableHash('')).toBe(0x811c9dc5);
  expect(stableHash('a')).toBe(0xe40c292c);
  expect(stableHash('XX-000001')).toBe(stableHash('XX-000001'));
  expect(segmentOf('宣汉县-2024-001')).toBe(stableHash('宣汉县-2024-001') % 256);
});

it('puts a penalty without an item with its unit, and one with an item with that item', () => {
  expect(segmentingId('penalties', { unitId: 'U' as never, kind: '迟报', date: '2024-01-01' as never })).toBe('unit:U');
  expect(
    segmentingId('penalties', {
      unitId: 'U' as never,
      kind: '迟报',
      date: '2024-01-01' as never,
      itemId: 'I' as never,
    }),
  ).toBe('I');
});

it('reads back the keys it writes and nothing else', () => {
  expect(parseRecordKey(recordKey('adoptions', 17, 4))).toEqual({ kind: 'adoptions', segment: 17, seq: 4 });
  expect(parseRecordKey('adoptions/17')).toBeNull();
  expect(parseRecordKey('notes/1/2')).toBeNull();
});

it('skips records a segment already holds but keeps repeats within one batch', () => {
  const a = { itemId: 'I' as never, level: '市' as const, publication: '政务信息', date: '2024-01-01' as never };
  const first = appendToSegment(emptySegment('adoptions', 3), [a, { ...a }]);
  expect(first.added).toBe(2);
  const second = appendToSegment(first.row, [
    { date: a.date, publication: a.publication, level: a.level, itemId: a.itemId },
  ]);
  expect(second.added).toBe(0);
  expect(second.row.seqs).toEqual([0, 1]);
  expect(second.row.nextSeq).toBe(2);
});
