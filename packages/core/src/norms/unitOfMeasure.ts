import { hit, type RuleHit } from './types.ts';

/**
 * A quantity in a non-legal unit: an Arabic number (or a Chinese numeral such as 三, 两, 几百), an optional
 * multiplier, then 斤/市斤, 亩/市亩 or 公分. 公斤 and 公里 never match: 公 is not a number.
 */
const QUANTITY =
  /(?<![\d.])(?:(\d+(?:\.\d+)?)|([一二三四五六七八九十两几半][一二三四五六七八九十两几百千万]*))([十百千万亿]*)(市斤|斤|市亩|亩|公分)/gu;

/** Idioms and names where a numeral meets 斤 or 亩 without measuring anything. */
const IDIOMS = ['一亩三分地', '半斤八两', '半亩方塘', '公分母'];

/** Words ending in 一 (统一, 唯一…) that would otherwise read as the numeral one: 统一亩产标准. */
const WORD_WITH_YI = /(?:统|唯|同|单|进|划|逐|万|专|合|归|整|均|如|之|第|其|另|任)$/u;

const LEGAL: Readonly<Record<string, string>> = {
  斤: '千克（公斤）',
  市斤: '千克（公斤）',
  亩: '平方米或公顷',
  市亩: '平方米或公顷',
  公分: '厘米（或克）',
};

/** 1 斤 = 0.5 千克, exactly: the message gives the converted figure for Arabic quantities. */
function conversion(number: string | undefined, multiplier: string, unit: string): string {
  if (number === undefined || (unit !== '斤' && unit !== '市斤')) return '';
  const kg = Number(number) / 2;
  return `：${number}${multiplier}${unit}=${Number(kg.toFixed(6))}${multiplier}千克`;
}

/**
 * `unit-of-measure`: 斤, 亩 or 公分 used as a unit after a number (50斤, 3.5万亩, 120公分, 两亩): not legal units
 * of measurement; use 千克, 平方米/公顷, 厘米. Quiet on 公斤, 公里, 每亩 (no number), 千斤顶, 斤斤计较, 一亩三分地,
 * 统一亩产. No fix: converting changes the figure, which the editor should confirm.
 */
export function checkUnitOfMeasure(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, number, numeral, multiplier = '', unit = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    if (numeral !== undefined) {
      if (numeral.startsWith('一') && WORD_WITH_YI.test(text.slice(Math.max(0, start - 1), start))) continue;
      const around = text.slice(Math.max(0, start - 4), end + 4);
      if (IDIOMS.some((idiom) => around.includes(idiom))) continue;
    }
    const message = `“${unit}”不是法定计量单位，应改用${LEGAL[unit] ?? '法定计量单位'}${conversion(number, multiplier, unit)}。`;
    hits.push(hit(text, start, end, message, null));
  }
  return hits;
}
