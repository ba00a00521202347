import type { HeadingLevel } from '../document/BriefingDocument.ts';

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]+';
const PATTERNS: readonly [RegExp, HeadingLevel][] = [
  [new RegExp(`^${CHINESE_NUMERAL}、`), 1],
  [new RegExp(`^（${CHINESE_NUMERAL}）`), 2],
  // 1. or 1． but not a decimal (3.5%) or a date (2024.5)
  [/^\d{1,2}[.．](?![\d.．])/, 3],
  [/^（\d{1,2}）/, 4],
];

/**
 * The heading level a line's numbering stands for in official documents, or `null` for body text:
 * 一、 → 1, （一） → 2, 1. → 3, （1） → 4. Leading spaces (including the full-width indent) are ignored.
 *
 * @example
 * headingLevelOf('（二）强化督查问效'); // 2
 * headingLevelOf('3.5%的增幅'); // null
 */
export function headingLevelOf(line: string): HeadingLevel | null {
  const text = line.replace(/^[\s\u3000]+/, '');
  for (const [pattern, level] of PATTERNS) if (pattern.test(text)) return level;
  return null;
}
