import { hit, type RuleHit } from './types.ts';

const DASHES = '\\-－‐‑–';
/**
 * A number, an optional suffix on the left (% ‰ or the Han unit repeated on the right), a hyphen, a number.
 * Not preceded by a digit, a letter, a point, a slash, a colon or another hyphen (dates, codes, times).
 */
const RANGE = new RegExp(
  `(?<![\\d.A-Za-z/:_${DASHES}])(\\d+(?:\\.\\d+)?)(?:([%‰])|(\\p{Script=Han}{1,4}))?([${DASHES}])(\\d+(?:\\.\\d+)?)`,
  'gu',
);

/** What may follow a range's second number: a unit, a measure word or a time word (first character). */
const UNIT_START = new Set(
  Array.from(
    '个项家人名位次件条户元角年月日天周岁倍成号层级米吨克斤亩度小时分秒点期批季学所座辆台套株头只部篇册本份场届轮组支间床例宗笔处平立公千万亿百十毫厘里',
  ),
);

/** A multiplier and the unit it scales, repeated on both ends: 5-10万元 → 5万元~10万元 (GB/T 15835). */
const MULTIPLIED =
  /^[十百千]?[万亿]+(?:人次|千瓦时|平方米|平方公里|立方米|公顷|千克|公斤|公里|美元|欧元|元|吨|人|户|亩|辆|台|套|家|个|件|次|头|只|株|册|份|千瓦)?/u;

/** Words before a number that make `1-5` a label, not a range: 图1-5, 表2-3, 3栋2-301 (and `GB 1234-2020`). */
const LABEL_BEFORE = /(?:图|表|式|例|附件|附表|附图|栋|幢|楼|单元|号)$/u;

/**
 * `range`: two numbers joined by a hyphen where a range is meant. The fix uses the wave dash and repeats the
 * unit where GB/T 15835 requires it: 30-40% → 30%~40%, 5-10万元 → 5万元~10万元, 3-5年 → 3~5年.
 *
 * Quiet on dates (2023-04-10), codes and standards (GB/T 15835-2011), phone numbers (0871-…), scores and
 * labels where the second number is not larger (3-1, 图1-5), times (8:30-9:30) and a hyphen followed by no
 * unit.
 */
export function checkRange(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [whole, a = '', sign, hanSuffix, , b = ''] = m;
    const start = m.index;
    const afterB = start + whole.length;
    const next = text.charAt(afterB);
    if (/[\d.:/A-Za-z\-－‐‑–]/.test(next)) continue;
    if (/^0\d/.test(a) || Number(a) >= Number(b)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    if (LABEL_BEFORE.test(before) || /[A-Za-z/]\s$/.test(before)) continue;
    const found = rangeHit(text, start, afterB, a, b, sign, hanSuffix);
    if (found) hits.push(found);
  }
  return hits;
}

function rangeHit(
  text: string,
  start: number,
  afterB: number,
  a: string,
  b: string,
  sign: string | undefined,
  hanSuffix: string | undefined,
): RuleHit | undefined {
  const message = '数值范围应使用浪纹线“~”连接，不用短横线。';
  const rest = text.slice(afterB);
  if (sign !== undefined) {
    // 30%-40%: the sign is already on both ends.
    if (!rest.startsWith(sign)) return undefined;
    return hit(text, start, afterB + 1, message, `${a}${sign}~${b}${sign}`);
  }
  if (hanSuffix !== undefined) {
    // 5万元-10万元, 3年-5年: the unit is already on both ends.
    if (!rest.startsWith(hanSuffix)) return undefined;
    const end = afterB + hanSuffix.length;
    return hit(text, start, end, message, `${a}${hanSuffix}~${b}${hanSuffix}`);
  }
  const percent = /^[%‰]/.exec(rest)?.[0];
  if (percent !== undefined) {
    return hit(
      text,
      start,
      afterB + 1,
      '数值范围应使用浪纹线“~”连接，不用短横线；百分号在两个数值后都要写。',
      `${a}${percent}~${b}${percent}`,
    );
  }
  const multiplied = MULTIPLIED.exec(rest)?.[0];
  if (multiplied !== undefined) {
    const end = afterB + multiplied.length;
    return hit(
      text,
      start,
      end,
      `数值范围应使用浪纹线“~”连接，不用短横线；“${multiplied}”在两个数值后都要写。`,
      `${a}${multiplied}~${b}${multiplied}`,
    );
  }
  if (!UNIT_START.has(rest.charAt(0))) return undefined;
  return hit(text, start, afterB, message, `${a}~${b}`);
}
