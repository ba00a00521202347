import { checkDocNumberBracket } from './docNumberBracket.ts';
import { checkEmptyPhrase } from './emptyPhrase.ts';
import { checkHalfwidthPunct } from './halfwidthPunct.ts';
import { checkHeadingNumber } from './headingNumber.ts';
import { checkRange } from './range.ts';
import { checkSecrecy } from './secrecy.ts';
import { checkShortYear } from './shortYear.ts';
import { checkTitleLength, DEFAULT_TITLE_MAX_LENGTH } from './titleLength.ts';
import { checkTitleTrailingPunct } from './titleTrailingPunct.ts';
import {
  DEFAULT_EMPTY_PHRASES,
  NORM_RULE_IDS,
  type NormFinding,
  type NormPart,
  type NormRuleId,
  type NormsOptions,
  type RuleHit,
} from './types.ts';
import { checkUnitOfMeasure } from './unitOfMeasure.ts';

/** An item to check: its title and its body (paragraphs separated by line breaks). */
export interface NormsInput {
  /** The title, one line. */
  readonly title: string;
  /** The body; each line is a paragraph. */
  readonly body: string;
}

/** One rule and the parts it checks (internal: shared with `checkNormsParagraphs`). */
export interface RuleRunner {
  readonly id: NormRuleId;
  readonly parts: readonly NormPart[];
  readonly run: (text: string, options: NormsOptions) => RuleHit[];
}

const BOTH: readonly NormPart[] = ['title', 'body'];

/** Every rule, in the order `checkNorms` runs them (internal: shared with `checkNormsParagraphs`). */
export const RUNNERS: readonly RuleRunner[] = [
  {
    id: 'title-length',
    parts: ['title'],
    run: (text, o) => checkTitleLength(text, o.titleMaxLength ?? DEFAULT_TITLE_MAX_LENGTH),
  },
  { id: 'title-trailing-punct', parts: ['title'], run: checkTitleTrailingPunct },
  { id: 'halfwidth-punct', parts: BOTH, run: checkHalfwidthPunct },
  { id: 'range', parts: BOTH, run: checkRange },
  { id: 'short-year', parts: BOTH, run: checkShortYear },
  { id: 'doc-number-bracket', parts: BOTH, run: checkDocNumberBracket },
  { id: 'heading-number', parts: ['body'], run: checkHeadingNumber },
  { id: 'unit-of-measure', parts: BOTH, run: checkUnitOfMeasure },
  {
    id: 'empty-phrase',
    parts: BOTH,
    run: (text, o) => checkEmptyPhrase(text, o.emptyPhrases ?? DEFAULT_EMPTY_PHRASES),
  },
  { id: 'secrecy', parts: BOTH, run: checkSecrecy },
];

/**
 * Rules whose finding covers the same marks as a `halfwidth-punct` finding and says more about them: the
 * half-width finding is dropped (川府发(2024)12号 is one 文号 finding, 一.总体要求 one heading finding).
 */
const SUPERSEDE_HALFWIDTH: ReadonlySet<NormRuleId> = new Set([
  'doc-number-bracket',
  'heading-number',
  'title-trailing-punct',
]);

const PART_ORDER: Readonly<Record<NormPart, number>> = { title: 0, body: 1 };

function overlaps(a: NormFinding, b: NormFinding): boolean {
  return a.part === b.part && a.start < b.end && b.start < a.end;
}

/** Orders findings by part (title first), then start, end and rule. */
export function compareFindings(a: NormFinding, b: NormFinding): number {
  return (
    PART_ORDER[a.part] - PART_ORDER[b.part] ||
    a.start - b.start ||
    a.end - b.end ||
    NORM_RULE_IDS.indexOf(a.rule) - NORM_RULE_IDS.indexOf(b.rule)
  );
}

/**
 * Checks an item against the writing norms of domain.md and returns every finding, sorted by part (title
 * first) then offset. Findings are warnings; offsets are UTF-16 code units of their part.
 *
 * Defaults: `titleMaxLength` 30, `emptyPhrases` {@link DEFAULT_EMPTY_PHRASES}, no rule disabled.
 *
 * @example
 * checkNorms({ title: '某县召开会议。', body: '投资5-10万元。' });
 * // [{ rule: 'title-trailing-punct', part: 'title', start: 6, end: 7, text: '。', fix: '', … },
 * //  { rule: 'range', part: 'body', start: 2, end: 8, text: '5-10万元', fix: '5万元~10万元', … }]
 */
export function checkNorms(input: NormsInput, options: NormsOptions = {}): NormFinding[] {
  const disabled = new Set(options.disabled ?? []);
  const findings: NormFinding[] = [];
  for (const runner of RUNNERS) {
    if (disabled.has(runner.id)) continue;
    for (const part of runner.parts) {
      for (const found of runner.run(input[part], options)) findings.push({ rule: runner.id, part, ...found });
    }
  }
  return supersedeAndSort(findings);
}

/**
 * Drops the `halfwidth-punct` findings that a superseding finding covers and sorts the rest with
 * {@link compareFindings}: the last step of `checkNorms` (internal: shared with `checkNormsParagraphs`).
 */
export function supersedeAndSort(findings: NormFinding[]): NormFinding[] {
  const superseding = findings.filter((f) => SUPERSEDE_HALFWIDTH.has(f.rule));
  return findings
    .filter((f) => f.rule !== 'halfwidth-punct' || !superseding.some((s) => overlaps(f, s)))
    .sort(compareFindings);
}
