import { invariant } from '../errors/invariant.ts';
import type { NormFinding } from './types.ts';

/**
 * Applies one finding's fix to the text of its part and returns the new text; a finding without a fix
 * (`fix: null`) returns the text unchanged. Throws an `InvariantError` when the finding does not belong to
 * this text (`text.slice(start, end) !== finding.text`).
 *
 * @example
 * applyFix('投资5-10万元', finding); // '投资5万元~10万元'
 */
export function applyFix(text: string, finding: Pick<NormFinding, 'start' | 'end' | 'text' | 'fix'>): string {
  invariant(
    text.slice(finding.start, finding.end) === finding.text,
    `finding [${finding.start}, ${finding.end}) "${finding.text}" does not match the text`,
  );
  if (finding.fix === null) return text;
  return text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}

/**
 * Applies every certain fix among `findings` (all of one part of `text`) and returns the new text. Findings
 * are applied from the end backwards; one overlapping a fix already applied is skipped.
 */
export function applyFixes(
  text: string,
  findings: readonly Pick<NormFinding, 'start' | 'end' | 'text' | 'fix'>[],
): string {
  const fixable = findings.filter((f) => f.fix !== null).sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of fixable) {
    if (finding.end > limit) continue;
    result = applyFix(result, finding);
    limit = finding.start;
  }
  return result;
}
