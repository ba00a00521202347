import { paragraphStarts } from './chars.ts';
import { hit, type RuleHit } from './types.ts';

const CN = '[一二三四五六七八九十]{1,3}';

interface HeadingPattern {
  readonly pattern: RegExp;
  readonly fix: (label: string) => string;
  readonly message: (found: string, fixed: string) => string;
}

/** Heading numbering per GB/T 9704: 一、 （一） 1. （1）. Each pattern is tried at a paragraph start. */
const PATTERNS: readonly HeadingPattern[] = [
  {
    // 1、 (but not 1、2月份…, a list of numbers)
    pattern: /^(\d{1,2})、(?![\d、])/u,
    fix: (n) => `${n}.`,
    message: (found, fixed) => `第三层标题序号用“${fixed}”，不用“${found}”。`,
  },
  {
    // 一. 一． (but not 一.5)
    pattern: new RegExp(`^(${CN})[.．](?!\\d)`, 'u'),
    fix: (n) => `${n}、`,
    message: (found, fixed) => `第一层标题序号用“${fixed}”，不用“${found}”。`,
  },
  {
    // (一) (1) with ASCII parentheses, optionally followed by a superfluous 、
    pattern: new RegExp(`^\\((${CN}|\\d{1,2})\\)、?`, 'u'),
    fix: (n) => `（${n}）`,
    message: (found, fixed) => `标题序号用全角括号“${fixed}”，不用“${found}”。`,
  },
  {
    // （一）、 （1）、: no 、 after a bracketed number
    pattern: new RegExp(`^（(${CN}|\\d{1,2})）、`, 'u'),
    fix: (n) => `（${n}）`,
    message: (found, fixed) => `带括号的序号后不加顿号：“${found}”应为“${fixed}”。`,
  },
];

/**
 * `heading-number`: a paragraph starting with a heading number in the wrong form: 1、 (→ 1.), 一. (→ 一、),
 * (1) (→ （1）), （一）、 (→ （一）). Correct forms 一、 （一） 1. （1） and lists such as 1、2月份 are quiet.
 * Paragraphs are lines; leading spaces are skipped. The fix is certain.
 */
export function checkHeadingNumber(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const start of paragraphStarts(text)) {
    const line = text.slice(start, start + 12);
    for (const { pattern, fix, message } of PATTERNS) {
      const m = pattern.exec(line);
      if (!m) continue;
      const found = m[0];
      const fixed = fix(m[1] ?? '');
      hits.push(hit(text, start, start + found.length, message(found, fixed), fixed));
      break;
    }
  }
  return hits;
}
