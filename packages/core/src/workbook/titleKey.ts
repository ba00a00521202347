const SPACE = /\s+/g;
const TRAILING_PUNCT = /[。.！!？?；;，,、：:]+$/;

/**
 * A title as compared when an 采用 row without 编号 is matched exactly: Unicode-normalised (NFKC, so
 * full-width and half-width letters and digits agree), without spaces or trailing punctuation.
 *
 * @example
 * titleKey(' 甲县 推进春耕。') === titleKey('甲县推进春耕'); // true
 */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(SPACE, '').replace(TRAILING_PUNCT, '');
}
