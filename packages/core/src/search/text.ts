/**
 * Text folding shared by the index, the query parser and the similarity measures. Folding keeps every
 * offset: one UTF-16 code unit in, one out, so spans found in folded text highlight the original.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /[\u3400-\u9fff\uf900-\ufaffa-z0-9]/;

/** Folds full-width ASCII to half-width and upper case to lower case, keeping the length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    out += String.fromCharCode(code);
  }
  return out;
}

/** True for a Han character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** The significant characters (Han, Latin letters, digits) of folded text with their offsets. */
export interface Significant {
  readonly chars: string;
  /** `offsets[i]` is the offset in the original text of `chars[i]`. */
  readonly offsets: readonly number[];
}

/** Keeps the Han characters, letters and digits of `text` (folded), with their original offsets. */
export function significant(text: string): Significant {
  const folded = foldText(text);
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? '';
    if (WORD.test(c)) {
      chars += c;
      offsets.push(i);
    }
  }
  return { chars, offsets };
}

/** The distinct character bigrams of the significant characters of `text`; a single character is its own gram. */
export function bigramSet(text: string): Set<string> {
  const { chars } = significant(text);
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars.slice(i, i + 2));
  return out;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_NUMBER =
  /[零〇一二两三四五六七八九十百千]+(?=[条项个大举招家户名人次批所座万亿张件类支场处村镇年月日天周季轮期份位套])/g;
const ARABIC = /\d+(?:\.\d+)?%?/g;

/** Reads a Chinese numeral below 10,000 (十二 → 12, 二十 → 20, 一百零五 → 105); `null` when it is not one. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit = -1;
  for (const c of text) {
    const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 0;
    if (unit > 0) {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      const d = CN_DIGITS[c];
      if (d === undefined) return null;
      if (digit >= 0 && d !== 0) return null;
      digit = d;
    }
  }
  return total + Math.max(digit, 0);
}

/**
 * The numbers a title or body states: Arabic numbers (3210, 3.5%, 2024) and Chinese numerals before a measure
 * word (十条措施 → 10, 五举措 → 5), each as a canonical string. A lone 一 is left out (一批, 一体化).
 *
 * @example
 * extractNumbers('山阳县十条措施力促工业经济增长3.5%'); // ['10', '3.5%']
 */
export function extractNumbers(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const m of folded.matchAll(ARABIC)) out.push(m[0].replace(/^0+(?=\d)/, ''));
  for (const m of folded.matchAll(CN_NUMBER)) {
    if (m[0] === '一') continue;
    const n = chineseNumeral(m[0]);
    if (n !== null) out.push(String(n));
  }
  return [...new Set(out)];
}
