import { describe, expect, it } from 'vitest';
import { alignedTable } from './alignedTable.ts';
import { displayWidth } from './displayWidth.ts';

describe('aligned tables for the terminal', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('宣汉县')).toBe(6);
    expect(displayWidth('GDP增长5.2%')).toBe(11);
    expect(displayWidth('（一）')).toBe(6);
  });

  it('lines up columns whose cells mix Chinese and digits', () => {
    const table = alignedTable(
      [{ header: '名次', align: 'right' }, { header: '单位' }, { header: '得分', align: 'right' }],
      [
        ['1', '宣汉县政府办公室', '42.5'],
        ['2', '通川区', '7'],
      ],
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    const scoreEnds = lines.filter((_, i) => i !== 1).map((l) => displayWidth(l));
    expect(new Set(scoreEnds).size).toBe(1);
    expect(lines[3]).toBe('   2  通川区               7');
  });
});
