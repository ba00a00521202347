/** The rule ids of `caibian lint` (formats.md). New ids may be added; existing ones are never renamed. */
export type NormRuleId =
  | 'title-length'
  | 'title-trailing-punct'
  | 'halfwidth-punct'
  | 'range'
  | 'short-year'
  | 'doc-number-bracket'
  | 'heading-number'
  | 'unit-of-measure'
  | 'empty-phrase'
  | 'secrecy';

/** Every rule id, in the order of formats.md. */
export const NORM_RULE_IDS: readonly NormRuleId[] = [
  'title-length',
  'title-trailing-punct',
  'halfwidth-punct',
  'range',
  'short-year',
  'doc-number-bracket',
  'heading-number',
  'unit-of-measure',
  'empty-phrase',
  'secrecy',
];

/** Which part of an item a finding is in. */
export type NormPart = 'title' | 'body';

/**
 * One place where a text departs from a writing norm. A warning, never a block.
 *
 * Offsets are UTF-16 code units of the part (`title` or `body`), so `text === part.slice(start, end)`.
 */
export interface NormFinding {
  /** The rule that found it. */
  readonly rule: NormRuleId;
  /** The part of the item it is in. */
  readonly part: NormPart;
  /** Start offset in UTF-16 code units of the part, inclusive. */
  readonly start: number;
  /** End offset in UTF-16 code units of the part, exclusive. */
  readonly end: number;
  /** The text found: `part.slice(start, end)`. */
  readonly text: string;
  /** What is wrong and what the norm asks, in Chinese. */
  readonly message: string;
  /** The replacement for `text` when the correction is certain, otherwise `null`. */
  readonly fix: string | null;
}

/** A finding before its part is known: what a single rule returns for one piece of text. */
export type RuleHit = Omit<NormFinding, 'part' | 'rule'>;

/** Options of {@link checkNorms}; every field is optional. */
export interface NormsOptions {
  /** Longest title without a warning, each visible character counted once. Default 30. */
  readonly titleMaxLength?: number;
  /**
   * Empty phrases flagged in a sentence that holds no number. `…` (or `...`) inside a phrase stands for any
   * text within the same sentence. Default {@link DEFAULT_EMPTY_PHRASES}.
   */
  readonly emptyPhrases?: readonly string[];
  /** Rule ids not to run. Default none. */
  readonly disabled?: readonly NormRuleId[];
}

/** The default empty phrases (domain.md): 扎实推进, 稳中向好, 显著提升, 圆满完成…任务. */
export const DEFAULT_EMPTY_PHRASES: readonly string[] = ['扎实推进', '稳中向好', '显著提升', '圆满完成…任务'];

/** Builds a {@link RuleHit} for `text.slice(start, end)`. */
export function hit(text: string, start: number, end: number, message: string, fix: string | null): RuleHit {
  return { start, end, text: text.slice(start, end), message, fix };
}

/** A short Chinese name of each rule, for lists and menus. */
export const NORM_RULE_NAMES: Readonly<Record<NormRuleId, string>> = {
  'title-length': '标题长度',
  'title-trailing-punct': '标题末尾标点',
  'halfwidth-punct': '半角标点',
  range: '数值范围',
  'short-year': '年份简写',
  'doc-number-bracket': '文号括号',
  'heading-number': '标题序号',
  'unit-of-measure': '计量单位',
  'empty-phrase': '空话套话',
  secrecy: '涉密字样',
};
