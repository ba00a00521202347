import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk, gbkHanzi, utf8 } from './__tests__/gb18030.ts';
import { decodeText } from './decodeText.ts';

const TEXT = '编号,标题,报送单位\r\nA1,“甲县”推进春耕（一）,甲县、乙县\r\n';

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM, dropping the BOM', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, value: { text: TEXT, encoding: 'utf-8' } });
    expect(decodeText(utf8(TEXT, true))).toEqual({ ok: true, value: { text: TEXT, encoding: 'utf-8' } });
  });

  it('decodes GBK bytes as Excel on Chinese Windows writes them, without mojibake', () => {
    expect(decodeText(encodeGbk(TEXT))).toEqual({ ok: true, value: { text: TEXT, encoding: 'gb18030' } });
    // 报送 in GBK is B1 A8 CB CD
    expect(decodeText(new Uint8Array([0xb1, 0xa8, 0xcb, 0xcd]))).toMatchObject({ ok: true, value: { text: '报送' } });
  });

  it('decodes GB18030 four-byte sequences', () => {
    // U+20000 (𠀀, CJK Extension B) is 0x95 0x32 0x82 0x36 in GB18030
    expect(decodeText(new Uint8Array([0x95, 0x32, 0x82, 0x36]))).toMatchObject({ value: { text: '\u{20000}' } });
  });

  it('prefers GBK when the same bytes are also valid UTF-8 but read as letters of another script', () => {
    // 些 in GBK is D0 A9, which UTF-8 reads as the Cyrillic Щ
    expect(decodeText(encodeGbk('些'))).toEqual({ ok: true, value: { text: '些', encoding: 'gb18030' } });
    expect(decodeText(encodeGbk('编号,些许'))).toMatchObject({ value: { text: '编号,些许' } });
    // real UTF-8 text with an odd-length run of Chinese before ASCII is never valid GB18030
    expect(decodeText(utf8('单位,说明\r\n丙,Щ型\r\n'))).toMatchObject({ value: { encoding: 'utf-8' } });
  });

  it('decodes UTF-16 with a BOM (Excel “Unicode text”)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x41, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x4e, 0x2d, 0x00, 0x41]);
    expect(decodeText(le)).toEqual({ ok: true, value: { text: '中A', encoding: 'utf-16le' } });
    expect(decodeText(be)).toEqual({ ok: true, value: { text: '中A', encoding: 'utf-16be' } });
  });

  it('reports bytes that are no text it knows, naming the file', () => {
    expect(decodeText(new Uint8Array([0x41, 0xff, 0xff]), '报送.csv')).toEqual({
      ok: false,
      problems: [
        {
          code: 'unknown_encoding',
          message:
            '无法识别文本编码：应为 UTF-8 或 GB18030（GBK） 编码的文本文件（可在 Excel 或 WPS 中另存为“CSV UTF-8”）',
          location: { file: '报送.csv' },
        },
      ],
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xff])).ok).toBe(false);
  });

  it('decodes any records CSV exactly from either encoding, and never throws on random bytes', () => {
    const hanzi = gbkHanzi();
    const text = fc
      .array(fc.oneof(fc.constantFrom(...hanzi), fc.constantFrom(...'abc,"\r\n 、，0123')), { maxLength: 40 })
      .map((cs) => `编号,标题\r\n${cs.join('')}`);
    fc.assert(
      fc.property(text, fc.boolean(), (t, bom) => {
        expect(decodeText(encodeGbk(t)).ok && decodeText(encodeGbk(t))).toMatchObject({ value: { text: t } });
        expect(decodeText(utf8(t, bom))).toEqual({ ok: true, value: { text: t, encoding: 'utf-8' } });
      }),
      { verbose: true, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decodeText(bytes, 'x.csv');
        if (!r.ok) expect(r.problems[0]?.location).toEqual({ file: 'x.csv' });
      }),
      { verbose: true, numRuns: 500 },
    );
  });
});
