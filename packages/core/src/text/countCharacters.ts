/** Character counts of a piece of Chinese text, the way offices count 字. */
export interface CharacterCount {
  /** Han characters (CJK Unified Ideographs, extensions and compatibility ideographs). */
  readonly han: number;
  /**
   * Every visible character: Han characters, letters, digits and punctuation, each counted once
   * (a surrogate pair is one character); spaces and line breaks are not counted.
   */
  readonly total: number;
}

const HAN = /\p{Script=Han}/u;
const INVISIBLE = /[\s\u200b-\u200d\ufeff]/u;

/**
 * Counts the characters of `text`: Han characters, and all visible characters.
 *
 * @example
 * countCharacters('全市GDP增长5.2%。'); // { han: 4, total: 12 }
 */
export function countCharacters(text: string): CharacterCount {
  let han = 0;
  let total = 0;
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    total += 1;
    if (HAN.test(ch)) han += 1;
  }
  return { han, total };
}
