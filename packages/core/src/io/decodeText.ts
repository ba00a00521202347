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

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes the bytes of a text file as Excel and WPS write them: UTF-8 with or without BOM, UTF-16 with a
 * BOM ("Unicode text"), or GB18030/GBK (a CSV saved by Excel on Chinese Windows). Decoding is strict, so a
 * file is never shown as mojibake: bytes valid in none of these are a problem naming `file`.
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
  for (const encoding of candidates) {
    const text = strictly(encoding, bytes);
    if (text !== null) return ok({ text: text.replace(/^\uFEFF/, ''), encoding });
  }
  const expected = candidates.length > 1 ? 'UTF-8 或 GB18030（GBK）' : candidates.join('');
  return fail([
    {
      code: 'unknown_encoding',
      message: `无法识别文本编码：应为 ${expected} 编码的文本文件（可在 Excel 或 WPS 中另存为“CSV UTF-8”）`,
      ...(file !== undefined && { location: { file } }),
    },
  ]);
}
