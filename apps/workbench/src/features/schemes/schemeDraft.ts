import { formatPath, type Problem, parseScheme, type Result, type Scheme } from '@caibian/core';

/** Optional values a form leaves behind that mean "not set": removed before validation. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

/**
 * A scheme document from form values: empty strings, nulls, empty lists and empty objects are dropped (an
 * omitted optional section means "no limit" in the format), except rule lists, which stay even when empty.
 *
 * @example
 * formToDocument({ id: 'a', levels: [], points: null }); // { id: 'a' }
 */
export function formToDocument(values: unknown, key = ''): unknown {
  if (Array.isArray(values)) return values.map((v) => formToDocument(v));
  if (typeof values !== 'object' || values === null) return typeof values === 'string' ? values.trim() : values;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const cleaned = formToDocument(v, k);
    const keepEmptyList = Array.isArray(cleaned) && (k === 'rules' || k === 'tiers');
    if (!isEmpty(cleaned) || keepEmptyList) out[k] = cleaned;
  }
  return key === '' || !isEmpty(out) ? out : undefined;
}

/** The outcome of validating a draft: the scheme when valid, and every problem with its JSON path. */
export interface DraftCheck {
  readonly result: Result<Scheme, Problem>;
  readonly problems: readonly Problem[];
}

/** Validates a draft with `parseScheme` (Chinese messages at JSON paths). */
export function checkDraft(document: unknown): DraftCheck {
  const result = parseScheme(document);
  return { result, problems: result.ok ? [] : result.problems };
}

/** A problem as one line: `$.adoptions.rules[0].points：应为数值…`. */
export function problemLine(problem: Problem): string {
  return `${formatPath(problem.path ?? [])}：${problem.message}`;
}

/**
 * A copy of `scheme` to edit as the office's own: a new id (`<id>-office`, then `-office-2`, …, never one in
 * `taken`) and the name marked 本办.
 */
export function copyScheme(scheme: Scheme, taken: readonly string[]): Scheme {
  let id = `${scheme.id}-office`;
  for (let n = 2; taken.includes(id); n += 1) id = `${scheme.id}-office-${n}`;
  const name = scheme.name.endsWith('（本办）') ? scheme.name : `${scheme.name}（本办）`;
  return { ...structuredClone(scheme), id, name };
}
