import { hit, type RuleHit } from './types.ts';

/**
 * A 文号: an issuing-organ code ending in a Han character, the year in brackets, the serial number and 号.
 * Matches any of [ ] 【 】 ( ) （ ） ［ ］ 〈 〉 < > and 〔 〕 so that half-corrected pairs are found too.
 */
const DOC_NUMBER =
  /(?<=\p{Script=Han})([[【(（［〔〈<])\s*((?:19|20)\d{2})\s*([\]】)）］〕〉>])(?=\s*第?\d{1,5}\s*号)/gu;

/**
 * `doc-number-bracket`: a 文号 whose year sits in [ ], 【 】, ( ) or other brackets instead of 六角括号 〔 〕:
 * 川府发[2024]12号 → 川府发〔2024〕12号. The finding spans the brackets and the year; the fix is certain.
 * Quiet on a correct 文号 and on court case numbers such as （2024）川01民初12号 (no organ code before).
 */
export function checkDocNumberBracket(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, open, year, close] = m;
    if (open === '〔' && close === '〕') continue;
    const fixed = `〔${year}〕`;
    hits.push(hit(text, m.index, m.index + whole.length, `文号中的年份应用六角括号“〔〕”括起：${fixed}。`, fixed));
  }
  return hits;
}
