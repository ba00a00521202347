import { sentences } from './chars.ts';
import { DEFAULT_EMPTY_PHRASES, hit, type RuleHit } from './types.ts';

/** Chinese numerals (two or more, or one other than 一) followed by a measure word: 三项, 两个, 十二家. */
const CHINESE_QUANTITY =
  /(?:[零〇二三四五六七八九十两百千万亿][零〇一二三四五六七八九十两百千万亿]*|一[零〇一二三四五六七八九十百千万亿]+)(?:个|项|家|所|名|人|位|次|件|条|户|元|万|亿|吨|倍|成|天|年|月|日|座|公里|千米|米|处|场|期|篇|份|村|镇|乡|亩|斤|公斤|千克|平方米|批次|台|辆|套)/u;

/** Whether a sentence holds a number: an Arabic digit, 百分之, or a Chinese quantity. */
export function holdsNumber(sentence: string): boolean {
  return /[0-9０-９]/u.test(sentence) || sentence.includes('百分之') || CHINESE_QUANTITY.test(sentence);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a phrase of the list: `…` or `...` stands for any text within the sentence (shortest match). */
function phrasePattern(phrase: string): RegExp | undefined {
  const parts = phrase
    .split(/…+|\.{3,}/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return undefined;
  return new RegExp(parts.map(escapeRegExp).join('[^。！？!?；;\\n]*?'), 'gu');
}

/**
 * `empty-phrase`: a listed empty phrase (空话套话; default 扎实推进, 稳中向好, 显著提升, 圆满完成…任务) in a
 * sentence that holds no number, so no fact backs it. 显著提升至98.6% and 圆满完成三项任务 are quiet.
 * Sentences end at 。！？； (or their ASCII forms) and line breaks. No fix: the editor supplies the fact.
 */
export function checkEmptyPhrase(text: string, phrases: readonly string[] = DEFAULT_EMPTY_PHRASES): RuleHit[] {
  const patterns = phrases.map((phrase) => phrasePattern(phrase)).filter((p): p is RegExp => p !== undefined);
  if (patterns.length === 0) return [];
  const hits: RuleHit[] = [];
  for (const { start, end } of sentences(text)) {
    const sentence = text.slice(start, end);
    if (holdsNumber(sentence)) continue;
    for (const pattern of patterns) {
      for (const m of sentence.matchAll(pattern)) {
        const from = start + m.index;
        const message = `“${m[0]}”是空话套话，本句没有数据或事实支撑：宜用具体数据说明。`;
        hits.push(hit(text, from, from + m[0].length, message, null));
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
