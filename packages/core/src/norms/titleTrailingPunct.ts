import { hit, type RuleHit } from './types.ts';

const TRAILING = new Set(['。', '！', '？', '；', '，', '、', '.', '!', '?', ';', ',']);

/**
 * `title-trailing-punct`: the title ends with 。！？；，、 or their ASCII forms (trailing spaces ignored).
 * The finding spans the whole run of such marks; the fix deletes them. An ASCII ellipsis (`..`, `...`) is left
 * alone.
 */
export function checkTitleTrailingPunct(title: string): RuleHit[] {
  const end = title.trimEnd().length;
  let start = end;
  while (start > 0 && TRAILING.has(title.charAt(start - 1))) start -= 1;
  if (start === end) return [];
  const marks = title.slice(start, end);
  if (/^\.{2,}$/.test(marks)) return [];
  return [hit(title, start, end, `标题末尾不加标点符号，应删去“${marks}”。`, '')];
}
