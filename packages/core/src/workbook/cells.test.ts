import { describe, expect, it } from 'vitest';
import { columnLetter, excelSerialToDate, readCell, readDate, splitValues } from './cells.ts';
import { titleKey } from './titleKey.ts';

describe('cells', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('converts Excel serial dates of the 1900 system, skipping the phantom 1900-02-29', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45356.75)).toBe('2024-03-05');
    expect(excelSerialToDate(2958465)).toBe('9999-12-31');
    expect([0, -1, 2958466, Number.NaN].map(excelSerialToDate)).toEqual([null, null, null, null]);
  });

  it('reads text, numbers and booleans as text, and nothing else', () => {
    expect(readCell('  甲县 \u3000')).toEqual({ kind: 'text', text: '甲县' });
    expect(readCell(' ')).toEqual({ kind: 'empty' });
    expect(readCell(1001)).toEqual({ kind: 'text', text: '1001', number: 1001 });
    expect(readCell(true)).toEqual({ kind: 'text', text: 'TRUE' });
    expect(readCell(Number.POSITIVE_INFINITY).kind).toBe('invalid');
    expect(readCell({}).kind).toBe('invalid');
    expect(readDate(readCell('2024年3月5日'))).toBe('2024-03-05');
    expect(readDate(readCell('2024-03-05T08:30'))).toBe('2024-03-05');
  });

  it('splits several values and drops repeats', () => {
    expect(splitValues('甲县、 乙县，丙县,,甲县;丁县；')).toEqual(['甲县', '乙县', '丙县', '丁县']);
  });

  it('compares titles without spaces, width differences or trailing punctuation', () => {
    expect(titleKey('甲县 ２０２４年 春耕！')).toBe(titleKey('甲县2024年春耕'));
    expect(titleKey('甲县春耕')).not.toBe(titleKey('乙县春耕'));
  });
});
