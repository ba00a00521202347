import { hit, type RuleHit } from './types.ts';

/** A two-digit number directly before 年, not part of a longer number, a code or a range. */
const TWO_DIGIT_YEAR = /(?<![\d.A-Za-z\-－~～])(\d{2})年/gu;

/** After 年: what makes the number a calendar year (24年3月, 23年底, 24年度, 24年上半年). */
const YEAR_AFTER =
  /^(?:\d{1,2}月|[一二三四五六七八九十]{1,3}月|底|初|末|度|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四1-4]季度|全年|同期|春|夏|秋|冬|[1-9]\d?至|起(?![步点源码草])|(?:全|我|本)[市县区省国镇乡州盟旗])/u;

/** Before the number: a comparison with a calendar year (较19年, 比23年, 与22年同期相比, 于21年). */
const YEAR_BEFORE = /(?:较|比|与|于|截至|截止|截止到|同比)$/u;

/** Before the number: a start in time (自19年以来, 从20年起). */
const SINCE_BEFORE = /(?:自|从)$/u;

/** The start of a sentence or a line. */
const SENTENCE_START = /(?:^|[。！？；\n])\s*$/u;

/** After 年: a duration or a span of years, not a calendar year (10年来, 20年间, 30年前, 80年代). */
const DURATION_AFTER =
  /^(?:来|以来|内|以内|之内|间|期间|之间|前|以前|之前|后|以后|之后|多|余|有余|左右|以上|以下|整|之久|时间|里|中间|光景|历程|代|周年|期|工龄|党龄|教龄|[的了]?(?:时间|历程|发展|奋斗|努力|建设|实践|探索|积累|坚守|坚持|光阴|岁月|征程))/u;

/** Before the number: a duration (近10年, 连续10年, 历时10年, 用了10年, 改革开放40年). */
const DURATION_BEFORE =
  /(?:近|连续|历时|用|用了|花|花了|经过|经历|历经|每|第|满|长达|约|大约|为期|过去|这|未来|前|后|再|已|已经|达|共|达到|超过|不到|不足|多|几|了|期限|年限|任职|坚持|持续|延续|奋斗|发展|改革开放|建国|建党|成立|有|逾|至少|最多|长|短短|仅|仅仅|整整|足足|相隔|时隔|阔别|间隔|跨越|走过|度过|执教|从教|从业|工作|服务|服役)$/u;

/**
 * `short-year`: a two-digit number standing for a calendar year: 24年3月, 23年底, 较19年, 自19年以来, 09年,
 * 22年全县…, 23年，全市… (at a sentence start).
 * Only flagged when the context says it is a year; quiet on durations (近10年来, 连续10年, 30年前, 10年间,
 * 改革开放40年), decades (80年代) and full years. No fix: the century is the editor's to confirm.
 */
export function checkShortYear(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of text.matchAll(TWO_DIGIT_YEAR)) {
    const digits = m[1] ?? '';
    const start = m.index;
    const end = start + digits.length + 1;
    const before = text.slice(Math.max(0, start - 6), start);
    const after = text.slice(end, end + 8);
    if (!isShortYear(digits, before, after)) continue;
    hits.push(hit(text, start, end, `年份不能简写：“${digits}年”应写出完整的四位年份（如“2024年”）。`, null));
  }
  return hits;
}

function isShortYear(digits: string, before: string, after: string): boolean {
  if (DURATION_BEFORE.test(before)) return false;
  if (SINCE_BEFORE.test(before)) return !/^(?:前|后|内|间|多|余|左右|代)/u.test(after);
  if (DURATION_AFTER.test(after)) return false;
  if (digits.startsWith('0')) return true;
  if (YEAR_AFTER.test(after) || YEAR_BEFORE.test(before)) return true;
  // 23年，全县… at the start of a sentence; not a round number (20年，弹指一挥间).
  return SENTENCE_START.test(before) && after.startsWith('，') && !digits.endsWith('0');
}
