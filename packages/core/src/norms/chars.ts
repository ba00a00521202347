/** Character classes and text spans shared by the norms rules. */

const HAN = /\p{Script=Han}/u;
/** Full-width CJK punctuation and quotes: 。，、；：？！“”‘’《》（）〔〕【】…— and the full-width forms. */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014\u00b7]/u;
const OPENING_CJK = /[“‘《（〔【「『〈]/u;

/** Whether `ch` is a Han character (汉字, including 〇). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Whether `ch` is full-width CJK punctuation (。，、“” and the like). */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.test(ch);
}

/** Whether `ch` is an opening CJK quote or bracket (“《（ and the like). */
export function isOpeningCjk(ch: string | undefined): boolean {
  return ch !== undefined && OPENING_CJK.test(ch);
}

/** Whether `ch` is an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether `ch` is an ASCII letter. */
export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

/** A `[start, end)` span of UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = /[。！？!?；;\n]/u;

/** The sentences of `text`: spans between sentence-ending punctuation (。！？；, their ASCII forms) and line breaks. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (SENTENCE_END.test(text.charAt(i))) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (text.length > start) spans.push({ start, end: text.length });
  return spans;
}

/** The offsets where the paragraphs (lines) of `text` start, after leading spaces (including 全角空格 and tabs). */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let i = lineStart;
    while (i < text.length && /[ \t\u3000\u00a0\r]/.test(text.charAt(i))) i += 1;
    if (i < text.length && text.charAt(i) !== '\n') starts.push(i);
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return starts;
}
