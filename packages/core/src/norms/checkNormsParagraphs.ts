import { RUNNERS, supersedeAndSort } from './checkNorms.ts';
import { checkDocNumberBracket } from './docNumberBracket.ts';
import { checkHalfwidthPunct } from './halfwidthPunct.ts';
import type { NormFinding, NormsOptions } from './types.ts';

/** What joins the paragraphs of {@link checkNormsParagraphs} into the body they stand for: a blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** An item whose body is given paragraph by paragraph (the body is `paragraphs.join('\n\n')`). */
export interface NormsParagraphsInput {
  /** The title, one line. */
  readonly title: string;
  /** The body's paragraphs (blocks), without the blank lines between them; a paragraph may hold line breaks. */
  readonly paragraphs: readonly string[];
}

/** What one paragraph gives on its own: its body findings (offsets into the paragraph) and its loose ends. */
interface ParagraphResult {
  readonly findings: readonly NormFinding[];
  /** An ASCII `(` without its `)` in the paragraph. */
  readonly openParen: boolean;
  /** An ASCII `)` without its `(` in the paragraph. */
  readonly closeParen: boolean;
  /** Ends (before trailing spaces) where a 文号 could go on in the next paragraph: a bracket, a digit or 第. */
  readonly openEnd: boolean;
}

/**
 * The findings of paragraphs already checked, by text, for {@link checkNormsParagraphs}: a later call
 * checks only the paragraphs whose text changed. Keeps the paragraphs of the latest call only.
 */
export class NormsCache {
  /** @internal */
  optionsKey = '';
  /** @internal */
  paragraphs = new Map<string, ParagraphResult>();
  /** @internal */
  title: { readonly text: string; readonly findings: readonly NormFinding[] } | null = null;
}

/** A cache for {@link checkNormsParagraphs}: one per document being edited. */
export function createNormsCache(): NormsCache {
  return new NormsCache();
}

const OPEN_END = /[[【(（［〔〈<\]】)）］〕〉>\d第]$/u;

function looseParens(text: string): { open: boolean; close: boolean } {
  let depth = 0;
  let close = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 40) depth += 1;
    else if (ch === 41) {
      if (depth === 0) close = true;
      else depth -= 1;
    }
  }
  return { open: depth > 0, close };
}

function checkParagraph(text: string, last: boolean, options: NormsOptions, disabled: ReadonlySet<string>) {
  // A paragraph is followed by a line break in the body (unless it is the last): the rules see the same
  // neighbourhood as in the whole body, since none of them looks past a line break.
  const padded = last ? text : `${text}\n`;
  const findings: NormFinding[] = [];
  for (const runner of RUNNERS) {
    if (disabled.has(runner.id) || !runner.parts.includes('body')) continue;
    for (const found of runner.run(padded, options)) findings.push({ rule: runner.id, part: 'body', ...found });
  }
  const parens = looseParens(text);
  return { findings, openParen: parens.open, closeParen: parens.close, openEnd: OPEN_END.test(text.trimEnd()) };
}

function checkTitle(title: string, options: NormsOptions, disabled: ReadonlySet<string>): NormFinding[] {
  const findings: NormFinding[] = [];
  for (const runner of RUNNERS) {
    if (disabled.has(runner.id) || !runner.parts.includes('title')) continue;
    for (const found of runner.run(title, options)) findings.push({ rule: runner.id, part: 'title', ...found });
  }
  return findings;
}

/**
 * Checks an item whose body is given as paragraphs, and returns exactly what
 * `checkNorms({ title, body: paragraphs.join('\n\n') }, options)` returns, offsets into that body. With a
 * `cache` kept between calls, only the paragraphs whose text changed are checked again (and the title
 * only when it changed): the rules are local to a sentence or paragraph, so a paragraph's findings depend
 * on its text alone. The two things that can reach across paragraphs, a `(` closed by a `)` in a later
 * paragraph and a 文号 broken over a paragraph end, are detected and then checked on the whole body.
 *
 * @example
 * const cache = createNormsCache();
 * checkNormsParagraphs({ title: '某县召开会议', paragraphs: ['投资5-10万元。', '一.总体要求'] }, {}, cache);
 * // [{ rule: 'range', part: 'body', start: 2, end: 8, … }, { rule: 'heading-number', part: 'body', start: 11, … }]
 */
export function checkNormsParagraphs(
  input: NormsParagraphsInput,
  options: NormsOptions = {},
  cache: NormsCache = createNormsCache(),
): NormFinding[] {
  const disabled = new Set<string>(options.disabled ?? []);
  const optionsKey = JSON.stringify([options.titleMaxLength, options.emptyPhrases, [...disabled].sort()]);
  if (optionsKey !== cache.optionsKey) {
    cache.optionsKey = optionsKey;
    cache.paragraphs = new Map();
    cache.title = null;
  }
  if (cache.title?.text !== input.title)
    cache.title = { text: input.title, findings: checkTitle(input.title, options, disabled) };

  const findings: NormFinding[] = [...cache.title.findings];
  const kept = new Map<string, ParagraphResult>();
  const { paragraphs } = input;
  let offset = 0;
  let looseOpen = false;
  let acrossParens = false;
  let acrossDocNumber = false;
  paragraphs.forEach((text, i) => {
    const last = i === paragraphs.length - 1;
    const key = last ? `$${text}` : `-${text}`;
    const result = kept.get(key) ?? cache.paragraphs.get(key) ?? checkParagraph(text, last, options, disabled);
    kept.set(key, result);
    if (result.closeParen && looseOpen) acrossParens = true;
    if (result.openParen) looseOpen = true;
    if (result.openEnd && !last) acrossDocNumber = true;
    for (const f of result.findings)
      findings.push(offset === 0 ? f : { ...f, start: f.start + offset, end: f.end + offset });
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  });
  cache.paragraphs = kept;

  const across: [string, (text: string) => ReturnType<typeof checkHalfwidthPunct>][] = [];
  if (acrossParens && !disabled.has('halfwidth-punct')) across.push(['halfwidth-punct', checkHalfwidthPunct]);
  if (acrossDocNumber && !disabled.has('doc-number-bracket'))
    across.push(['doc-number-bracket', checkDocNumberBracket]);
  if (across.length === 0) return supersedeAndSort(findings);
  // Rare: rerun the rules concerned on the whole body and take their findings from there.
  const body = paragraphs.join(PARAGRAPH_SEPARATOR);
  const rules = new Set(across.map(([rule]) => rule));
  const merged = findings.filter((f) => f.part === 'title' || !rules.has(f.rule));
  for (const [rule, run] of across)
    for (const found of run(body)) merged.push({ rule: rule as NormFinding['rule'], part: 'body', ...found });
  return supersedeAndSort(merged);
}
