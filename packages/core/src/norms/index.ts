/**
 * Writing norms of 政务信息 items (domain.md): pure checks that run the same in the editor, in Node and in a
 * worker. `checkNorms` runs every rule; each rule is also exported on its own.
 *
 * @packageDocumentation
 */

export { applyFix, applyFixes } from './applyFix.ts';
export { checkNorms, compareFindings, type NormsInput } from './checkNorms.ts';
export {
  checkNormsParagraphs,
  createNormsCache,
  NormsCache,
  type NormsParagraphsInput,
  PARAGRAPH_SEPARATOR,
} from './checkNormsParagraphs.ts';
export { checkDocNumberBracket } from './docNumberBracket.ts';
export { checkEmptyPhrase, holdsNumber } from './emptyPhrase.ts';
export { checkHalfwidthPunct } from './halfwidthPunct.ts';
export { checkHeadingNumber } from './headingNumber.ts';
export { checkRange } from './range.ts';
export { checkSecrecy } from './secrecy.ts';
export { checkShortYear } from './shortYear.ts';
export { checkTitleLength, DEFAULT_TITLE_MAX_LENGTH } from './titleLength.ts';
export { checkTitleTrailingPunct } from './titleTrailingPunct.ts';
export {
  DEFAULT_EMPTY_PHRASES,
  NORM_RULE_IDS,
  NORM_RULE_NAMES,
  type NormFinding,
  type NormPart,
  type NormRuleId,
  type NormsOptions,
  type RuleHit,
} from './types.ts';
export { checkUnitOfMeasure } from './unitOfMeasure.ts';
