import { countCharacters } from '../text/countCharacters.ts';
import { hit, type RuleHit } from './types.ts';

/** The default longest title, in visible characters (domain.md: about 30). */
export const DEFAULT_TITLE_MAX_LENGTH = 30;

/**
 * `title-length`: the title has more visible characters than `maxLength` (each character counted once, a
 * surrogate pair as one; spaces not counted). The finding spans the whole title without its outer spaces.
 */
export function checkTitleLength(title: string, maxLength: number = DEFAULT_TITLE_MAX_LENGTH): RuleHit[] {
  const count = countCharacters(title).total;
  if (count <= maxLength) return [];
  const start = title.length - title.trimStart().length;
  const end = title.trimEnd().length;
  return [hit(title, start, end, `标题共${count}字，超过${maxLength}字的建议长度：宜精简，关键事实放在前面。`, null)];
}
