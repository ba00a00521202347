import { isCjkPunct, isDigit, isHan, isLatin, isOpeningCjk } from './chars.ts';
import { hit, type RuleHit } from './types.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const QUOTES = new Set(['"', "'"]);

/** The character before `i`, skipping ASCII quotes (`从"人找政策":` reads 策 before the colon). */
function before(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && QUOTES.has(text.charAt(j))) j -= 1;
  return j >= 0 ? text.charAt(j) : undefined;
}

/** The character after `i`, skipping spaces and ASCII quotes. */
function after(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && (text.charAt(j) === ' ' || QUOTES.has(text.charAt(j)))) j += 1;
  return j < text.length ? text.charAt(j) : undefined;
}

/** Chinese on the left: a Han character or full-width punctuation right before. */
function chineseBefore(text: string, i: number): boolean {
  const ch = before(text, i);
  return isHan(ch) || isCjkPunct(ch);
}

/** Chinese on the right: a Han character or an opening CJK quote or bracket right after. */
function chineseAfter(text: string, i: number): boolean {
  const ch = after(text, i);
  return isHan(ch) || isOpeningCjk(ch);
}

/** Matched ASCII parentheses, and the unmatched ones (partner -1). */
function parenPairs(text: string): Map<number, number> {
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const o = open.pop();
      if (o === undefined) partner.set(i, -1);
      else {
        partner.set(o, i);
        partner.set(i, o);
      }
    }
  }
  for (const o of open) partner.set(o, -1);
  return partner;
}

function parenIsChinese(text: string, i: number, partner: number): boolean {
  if (partner < 0) return chineseBefore(text, i) || chineseAfter(text, i);
  const o = Math.min(i, partner);
  const c = Math.max(i, partner);
  const inner = text.slice(o + 1, c);
  if (chineseBefore(text, o) || /\p{Script=Han}/u.test(inner)) return true;
  // `(1)妥善接收`: a numbering label followed by Chinese; `f(x)在` (Latin inside) stays quiet.
  return chineseAfter(text, c) && !/^[A-Za-z\s.'-]*$/.test(inner);
}

function dotHit(text: string, i: number): RuleHit | undefined {
  let end = i;
  while (text.charAt(end) === '.') end += 1;
  if (!chineseBefore(text, i)) return undefined;
  const next = text.charAt(end);
  if (isLatin(next) || isDigit(next)) return undefined; // 附件.docx, www.gov.cn
  const run = end - i;
  if (run > 1) {
    const fix = run === 3 || run === 6 ? '……' : null;
    return hit(text, i, end, '中文里的省略号应使用全角“……”。', fix);
  }
  // Between two Han characters a period may be a sentence end (。) or a name separator (·): no certain fix.
  return hit(text, i, end, '中文里应使用全角标点：半角“.”应改为句号“。”。', isHan(next) ? null : '。');
}

/**
 * `halfwidth-punct`: an ASCII , . ; : ? ! ( ) in Chinese text: right after a Han character or full-width
 * punctuation, or (except `.`) leading straight into Chinese. Quiet inside numbers, times, ratios and English
 * (`1,000`, `3.5%`, `PM2.5`, `8:30`, `1:2`, `Hello, world`, `附件.docx`). The fix is the full-width mark,
 * except for a `.` between two Han characters (。 or ·).
 */
export function checkHalfwidthPunct(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const parens = parenPairs(text);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '.') {
      if (text.charAt(i - 1) === '.') continue;
      const found = dotHit(text, i);
      if (found) {
        hits.push(found);
        i = found.end - 1;
      }
      continue;
    }
    const full = FULL_WIDTH[ch];
    if (full === undefined) continue;
    let chinese: boolean;
    if (ch === '(' || ch === ')') chinese = parenIsChinese(text, i, parens.get(i) ?? -1);
    else if (isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) chinese = false;
    else if (/&#?\w+$/.test(text.slice(Math.max(0, i - 10), i)) && ch === ';') chinese = false;
    else chinese = chineseBefore(text, i) || chineseAfter(text, i);
    if (chinese) hits.push(hit(text, i, i + 1, `中文里应使用全角标点：半角“${ch}”应改为“${full}”。`, full));
  }
  return hits;
}
