import type { Problem } from '../errors/problem.ts';
import { fail, ok, type Result } from '../errors/result.ts';

/** The encodings {@link decodeText} recognises. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Text decoded from bytes, with the encoding it was found to be in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Decoder;

/**
 * The platform's `TextDecoder` (Node, browsers and workers all have one), reached through `globalThis`
 * because core compiles without the DOM or Node type libraries.
 */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

function strictly(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoderClass(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Characters a Chinese office's text plausibly holds: ASCII, CJK ideographs, CJK and general punctuation,
 * full-width forms, circled and Roman numerals, common symbols. Used only to choose between two valid
 * decodings of the same bytes.
 */
const PLAUSIBLE =
  /[\t\n\r\x20-\x7e\u00a0-\u00bf\u00d7\u00f7\u2010-\u203b\u2103\u2116\u2160-\u217f\u2190-\u2193\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;

function implausible(text: string): number {
  let count = 0;
  for (const ch of text) if (!PLAUSIBLE.test(ch)) count++;
  return count;
}

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes the bytes of a text file as Excel and WPS write them: UTF-8 with or without BOM, UTF-16 with a
 * BOM ("Unicode text"), or GB18030/GBK (a CSV saved by Excel on Chinese Windows). Decoding is strict, so a
 * file is never shown as mojibake: bytes valid in none of these are a problem naming `file`. A GBK file
 * whose first line holds common Chinese (a header such as 编号 or 单位名称) is never valid UTF-8; a very
 * short text may be valid in both, and then the reading with fewer characters foreign to Chinese text
 * wins (些 rather than Щ), UTF-8 on a tie.
 *
 * @example
 * const r = decodeText(bytes, '报送.csv');
 * if (r.ok) console.log(r.value.encoding, r.value.text);
 */
export function decodeText(bytes: Uint8Array, file?: string): Result<DecodedText, Problem> {
  const candidates: TextEncodingName[] = starts(bytes, 0xef, 0xbb, 0xbf)
    ? ['utf-8']
    : starts(bytes, 0xff, 0xfe)
      ? ['utf-16le']
      : starts(bytes, 0xfe, 0xff)
        ? ['utf-16be']
        : ['utf-8', 'gb18030'];
  const decoded = candidates.flatMap((encoding) => {
    const text = strictly(encoding, bytes);
    return text === null ? [] : [{ text: text.replace(/^\uFEFF/, ''), encoding }];
  });
  // Short GBK text can also be valid UTF-8 (些 = D0 A9 = Щ): then the reading with fewer odd characters wins.
  const [first, second] = decoded;
  if (first && second && implausible(first.text) > 0 && implausible(second.text) < implausible(first.text)) {
    return ok(second);
  }
  if (first) return ok(first);
  const expected = candidates.length > 1 ? 'UTF-8 或 GB18030（GBK）' : candidates.join('');
  return fail([
    {
      code: 'unknown_encoding',
      message: `无法识别文本编码：应为 ${expected} 编码的文本文件（可在 Excel 或 WPS 中另存为“CSV UTF-8”）`,
      ...(file !== undefined && { location: { file } }),
    },
  ]);
}
