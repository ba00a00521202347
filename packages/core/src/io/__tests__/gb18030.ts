/**
 * A GBK encoder for tests, built by decoding every GBK double-byte sequence with the platform's
 * TextDecoder: what Excel on Chinese Windows writes when it saves a CSV.
 */
let table: Map<string, number[]> | undefined;

function encoderTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a GBK character
      }
    }
  }
  return table;
}

/** Encodes text as GBK; throws on a character GBK cannot hold (a test bug). */
export function encodeGbk(text: string): Uint8Array {
  const map = encoderTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(ch);
      if (!pair) throw new Error(`GBK cannot encode ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** The characters of GBK that are CJK ideographs. */
export function gbkHanzi(): string[] {
  return [...encoderTable().keys()].filter((ch) => /\p{Script=Han}/u.test(ch));
}

/** UTF-8 bytes of text, optionally with a BOM. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}
