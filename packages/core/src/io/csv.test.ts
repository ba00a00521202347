import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from './csv.ts';
import { guardFormula, unguardFormula } from './formulaGuard.ts';

const rowsOf = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.problems[0]?.message);
  return r.value;
};

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    expect(rowsOf('编号,标题,说明\r\nA1,"甲县""春耕""，进展","第一行\r\n第二行"\r\nA2,,\r\n')).toEqual([
      ['编号', '标题', '说明'],
      ['A1', '甲县"春耕"，进展', '第一行\r\n第二行'],
      ['A2', '', ''],
    ]);
  });

  it('accepts LF and CR line breaks, a missing final line break, and keeps blank lines as rows', () => {
    expect(rowsOf('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rowsOf('a\r\rb\r')).toEqual([['a'], [''], ['b']]);
    expect(rowsOf('')).toEqual([]);
    expect(rowsOf('""')).toEqual([['']]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(rowsOf('5"屏,x\n"a"b,c')).toEqual([
      ['5"屏', 'x'],
      ['ab', 'c'],
    ]);
  });

  it('reads tab-separated text (Excel “Unicode text”)', () => {
    expect(rowsOf('编号\t标题\nA1\t春耕')).toEqual([
      ['编号', '标题'],
      ['A1', '春耕'],
    ]);
    expect(parseCsv('a;b', { delimiter: ';' })).toEqual({ ok: true, value: [['a', 'b']] });
  });

  it('reports a quote never closed at the row where it opened', () => {
    expect(parseCsv('编号,标题\nA1,"甲县\nA2,乙县\n')).toEqual({
      ok: false,
      problems: [
        {
          code: 'unclosed_quote',
          message: '引号没有闭合：以英文双引号开头的内容应以英文双引号结束（内容中的双引号应写两次）',
          location: { row: 2 },
        },
      ],
    });
  });
});

describe('writeCsv', () => {
  it('quotes what needs quoting, ends rows with CRLF, and writes numbers, booleans and empty cells', () => {
    expect(
      writeCsv([
        ['单位', '得分', '说明'],
        ['甲县', 12.5, 'a,"b"'],
        [null, true, '两行\n说明'],
      ]),
    ).toBe('单位,得分,说明\r\n甲县,12.5,"a,""b"""\r\n,TRUE,"两行\n说明"\r\n');
    expect(writeCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    expect(writeCsv([['=1+1', '+86', '-5%', '@SUM(A1)', -5, '\t=x', '甲=乙']])).toBe(
      "'=1+1,'+86,'-5%,'@SUM(A1),-5,\"'\t=x\",甲=乙\r\n",
    );
  });

  it('round-trips any text through parseCsv and unguardFormula, and parsing never throws', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'a甲,"\r\n\t =+-@\''), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const back = parseCsv(writeCsv(rows), { delimiter: ',' });
        expect(back.ok && back.value.map((r) => r.map(unguardFormula))).toEqual(rows);
      }),
      { verbose: true, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'a,"\r\n\t;') }), (text) => {
        const r = parseCsv(text);
        if (!r.ok) expect(r.problems[0]?.location?.row).toBeGreaterThan(0);
      }),
      { verbose: true, numRuns: 500 },
    );
  });

  it('guards and unguards exactly, even text that already starts with an apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."'=+-@a甲\t") }), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
        expect(guardFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { verbose: true },
    );
  });
});
