import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffSpan, diffText } from './diffText.ts';

const side = (spans: DiffSpan[], drop: DiffSpan['kind']) =>
  spans
    .filter((s) => s.kind !== drop)
    .map((s) => s.text)
    .join('');

describe('diffText', () => {
  it('marks the changed characters of a revised sentence', () => {
    expect(diffText('全市完成投资5亿元', '全县完成投资6亿元')).toEqual([
      { kind: 'equal', text: '全' },
      { kind: 'delete', text: '市' },
      { kind: 'insert', text: '县' },
      { kind: 'equal', text: '完成投资' },
      { kind: 'delete', text: '5' },
      { kind: 'insert', text: '6' },
      { kind: 'equal', text: '亿元' },
    ]);
  });

  it('reports pure insertions and deletions, and nothing for equal texts', () => {
    expect(diffText('召开会议', '召开专题会议')).toEqual([
      { kind: 'equal', text: '召开' },
      { kind: 'insert', text: '专题' },
      { kind: 'equal', text: '会议' },
    ]);
    expect(diffText('删除这句。保留', '保留')).toEqual([
      { kind: 'delete', text: '删除这句。' },
      { kind: 'equal', text: '保留' },
    ]);
    expect(diffText('同', '同')).toEqual([{ kind: 'equal', text: '同' }]);
    expect(diffText('', '')).toEqual([]);
  });

  it('never splits a character outside the basic plane', () => {
    expect(diffText('𠀀村', '𠀁村')).toEqual([
      { kind: 'delete', text: '𠀀' },
      { kind: 'insert', text: '𠀁' },
      { kind: 'equal', text: '村' },
    ]);
  });

  it('always rebuilds both texts from its spans', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '，', 'a', '1') }),
        fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '，', 'a', '1') }),
        (a, b) => {
          const spans = diffText(a, b);
          expect(side(spans, 'insert')).toBe(a);
          expect(side(spans, 'delete')).toBe(b);
        },
      ),
      { verbose: true },
    );
  });

  it('stays bounded on completely different long texts', () => {
    const a = '甲'.repeat(6000);
    const b = '乙'.repeat(6000);
    const spans = diffText(a, b);
    expect(side(spans, 'insert')).toBe(a);
    expect(side(spans, 'delete')).toBe(b);
  });
});
