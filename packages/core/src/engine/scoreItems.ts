import {
  type Accumulator,
  credit,
  creditLedger,
  creditShared,
  entriesInOrder,
  ref,
  refAt,
  refsInOrder,
  sharedClause,
} from './accumulator.ts';
import type { Binding, Paying } from './bindScheme.ts';
import { rangeOf } from './byDate.ts';
import type { Clause, RouteClause } from './compileScheme.ts';
import type { RecordRef } from './types.ts';

/**
 * Items scored in the period under one scheme: a mark per item, the row that first scored it, and the list
 * `items[0 … count-1]` with each one's solo unit (`solo[k]`, -1 when shared). The arrays are the binding's
 * scratch, valid until its next period is scored.
 */
export interface Scored {
  readonly mark: Uint8Array;
  readonly row: Int32Array;
  readonly items: Int32Array;
  readonly solo: Int32Array;
  readonly count: number;
}

/** Credits the item-borne points of one scheme for the period [from, to] (YYYYMMDD numbers). */
export function scoreItems(acc: Accumulator, b: Binding, from: number, to: number): Scored {
  const scored = scoreAdoptions(acc, b, from, to);
  scoreRoutes(acc, b, from, to, b.compiled.routes, b.routesPaying);
  scoreRoutes(acc, b, from, to, b.compiled.unadopted, b.unadoptedPaying);
  scoreInstructions(acc, b, from, to, scored);
  scoreAttachments(acc, b, scored);
  return scored;
}

interface Scratch {
  mark: Uint8Array;
  row: Int32Array;
  items: Int32Array;
  solo: Int32Array;
  count: number;
  /** Per outcome: its points, 1 when it makes the item scored, 1 when joint units each take it in full. */
  readonly pointsOf: Float64Array;
  readonly scoresItem: Uint8Array;
  readonly eachOf: Uint8Array;
  /** Under highest-only: per item, the position (in `matched`) of its best adoption so far, or -1. */
  best: Int32Array | null;
}

const scratches = new WeakMap<Binding, Scratch>();

/** The binding's per-period work arrays, cleared of the previous period's marks (allocated once). */
function scratchOf(b: Binding): Scratch {
  const itemCount = b.index.itemCount;
  let scratch = scratches.get(b);
  if (scratch === undefined) {
    const { compiled, outcomes } = b;
    const scoredRules = compiled.scoredRules;
    scratch = {
      pointsOf: Float64Array.from(outcomes, (o) => o.points),
      scoresItem: Uint8Array.from(outcomes, (o) => (scoredRules === null || scoredRules.has(o.rule) ? 1 : 0)),
      eachOf: Uint8Array.from(outcomes, (o) => (compiled.adoptions[o.rule]?.each ? 1 : 0)),
      mark: new Uint8Array(itemCount),
      row: new Int32Array(b.compiled.attachments.length > 0 ? itemCount : 0),
      items: new Int32Array(itemCount),
      solo: new Int32Array(itemCount),
      count: 0,
      best: b.compiled.combineMax ? new Int32Array(itemCount).fill(-1) : null,
    };
    scratches.set(b, scratch);
  }
  for (let k = 0; k < scratch.count; k++) scratch.mark[scratch.items[k] ?? 0] = 0;
  scratch.count = 0;
  return scratch;
}

function scoreAdoptions(acc: Accumulator, b: Binding, from: number, to: number): Scored {
  const scratch = scratchOf(b);
  const { mark, row: firstRow, items, solo: soloOf, pointsOf, scoresItem, eachOf } = scratch;
  let count = 0;
  const ledger = acc.ledger !== null;
  const fast = !ledger && acc.track === null;
  const totals = acc.totals;
  const best = scratch.best;
  const touched: number[] = [];
  const { byDate, item: itemAt, outcome: outcomeAt, solo: soloAt } = b.matched;
  const order = byDate.order;
  const { start, end } = rangeOf(byDate, from, to);
  const refs = ledger ? refsInOrder(acc, order) : NO_REFS;
  const plans = ledger ? plansOf(b) : NO_PLANS;
  const shared = ledger ? entriesInOrder(acc, b, order) : null;
  const dateOf = b.index.adoption.date;
  /** Position `k`'s ledger lines: one shared entry when one unit takes the one part in full. */
  const cite = (k: number, item: number, solo: number, outcome: number) => {
    const row = order[k] ?? 0;
    const at = refAt(acc, refs, k, 'adoption', row, dateOf[row] ?? 0, item);
    const plan = plans[outcome];
    const only = plan?.parts.length === 1 ? plan.parts[0] : undefined;
    if (shared !== null && solo >= 0 && only !== undefined && only.note === undefined) {
      creditShared(acc, b, shared, k, solo, only.points, at, only.clause);
    } else creditAdoption(acc, b, at, item, plan);
  };
  for (let k = start; k < end; k++) {
    const outcome = outcomeAt[k] ?? 0;
    const item = itemAt[k] ?? 0;
    const solo = soloAt[k] ?? -1;
    if (scoresItem[outcome] === 1 && mark[item] === 0) {
      mark[item] = 1;
      if (firstRow.length > 0) firstRow[item] = order[k] ?? 0;
      soloOf[count] = solo;
      items[count++] = item;
    }
    if (best !== null) {
      // Highest only: on equal points the earlier position wins (earlier date, then earlier row).
      const current = best[item] ?? -1;
      if (current < 0) {
        best[item] = k;
        touched.push(item);
      } else if ((pointsOf[outcome] ?? 0) > (pointsOf[outcomeAt[current] ?? 0] ?? 0)) best[item] = k;
      continue;
    }
    const points = pointsOf[outcome] ?? 0;
    if (points === 0) continue;
    if (fast && solo >= 0) totals[solo] = (totals[solo] ?? 0) + points;
    else if (ledger) cite(k, item, solo, outcome);
    else credit(acc, b, item, points, eachOf[outcome] === 1);
  }
  if (best !== null) {
    for (const item of touched) {
      const k = best[item] ?? 0;
      best[item] = -1;
      const outcome = outcomeAt[k] ?? 0;
      const points = pointsOf[outcome] ?? 0;
      if (points === 0) continue;
      if (ledger) cite(k, item, soloAt[k] ?? -1, outcome);
      else credit(acc, b, item, points, eachOf[outcome] === 1);
    }
  }
  scratch.count = count;
  return { mark, row: firstRow, items, solo: soloOf, count };
}

/** One ledger line of an adoption outcome: the base points under its rule, then each multiplier's extra. */
interface OutcomePart {
  readonly clause: Clause;
  readonly points: number;
  readonly note: string | undefined;
}

/** Per outcome of a binding: its ledger lines and whether joint units each take them in full. */
interface OutcomePlan {
  readonly parts: readonly OutcomePart[];
  readonly each: boolean;
}

const plans = new WeakMap<Binding, (OutcomePlan | null)[]>();

/** The ledger lines of each outcome of `b`, worked out once per binding (clauses shared, notes built once). */
function plansOf(b: Binding): (OutcomePlan | null)[] {
  let list = plans.get(b);
  if (list !== undefined) return list;
  const highest = b.compiled.combineMax ? '按最高分值计' : undefined;
  list = b.outcomes.map((outcome): OutcomePlan | null => {
    const rule = b.compiled.adoptions[outcome.rule];
    if (rule === undefined) return null;
    const parts: OutcomePart[] = [{ clause: sharedClause(rule), points: outcome.base, note: highest }];
    let running = outcome.base;
    for (const { multiplier, factor } of outcome.factors) {
      const m = b.compiled.multipliers[multiplier];
      if (m === undefined) continue;
      parts.push({ clause: sharedClause(m), points: running * (factor - 1), note: `×${factor}` });
      running *= factor;
    }
    return { parts, each: rule.each };
  });
  plans.set(b, list);
  return list;
}

const NO_REFS: (RecordRef | undefined)[] = [];
const NO_PLANS: readonly (OutcomePlan | null)[] = [];
const NO_CLAUSES: readonly Clause[] = [];

/** Writes an adoption's ledger lines by its outcome's plan (from {@link plansOf}, looked up once per period). */
function creditAdoption(
  acc: Accumulator,
  b: Binding,
  at: RecordRef,
  item: number,
  plan: OutcomePlan | null | undefined,
): void {
  if (plan === undefined || plan === null) return;
  const { parts, each } = plan;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as OutcomePart;
    creditLedger(acc, b, item, part.points, each, at, part.clause, part.note);
  }
}

function scoreRoutes(
  acc: Accumulator,
  b: Binding,
  from: number,
  to: number,
  rules: readonly RouteClause[],
  paying: Paying,
): void {
  if (rules.length === 0) return;
  const each = b.compiled.jointEach;
  const { byDate, item: itemAt, solo: soloAt, rule: ruleAt } = paying;
  const pointsOf = Float64Array.from(rules, (r) => r.points);
  const fast = acc.ledger === null && acc.track === null;
  const totals = acc.totals;
  const { start, end } = rangeOf(byDate, from, to);
  const refs = acc.ledger === null ? NO_REFS : refsInOrder(acc, byDate.order);
  const shared = acc.ledger === null ? null : entriesInOrder(acc, b, byDate.order);
  const dates = b.index.route.date;
  const clauses = acc.ledger === null ? NO_CLAUSES : rules.map(sharedClause);
  for (let k = start; k < end; k++) {
    const rule = ruleAt[k] ?? 0;
    const points = pointsOf[rule] ?? 0;
    const item = itemAt[k] ?? 0;
    const solo = soloAt[k] ?? -1;
    if (fast && solo >= 0) {
      totals[solo] = (totals[solo] ?? 0) + points;
      continue;
    }
    if (acc.ledger === null) {
      credit(acc, b, item, points, each);
      continue;
    }
    const i = byDate.order[k] ?? 0;
    const at = refAt(acc, refs, k, 'route', i, dates[i] ?? 0, item);
    if (shared !== null && solo >= 0) creditShared(acc, b, shared, k, solo, points, at, clauses[rule] as Clause);
    else creditLedger(acc, b, item, points, each, at, clauses[rule] as Clause);
  }
}

function scoreInstructions(acc: Accumulator, b: Binding, from: number, to: number, scored: Scored): void {
  if (b.compiled.instructions.length === 0) return;
  const itemOf = b.index.instruction.item;
  const pointsOf = b.instructionPoints;
  const scoredOnly = b.compiled.instructionsScoredOnly;
  const each = b.compiled.jointEach;
  const byDate = b.index.instructionsByDate;
  const { start, end } = rangeOf(byDate, from, to);
  const refs = acc.ledger === null ? NO_REFS : refsInOrder(acc, byDate.order);
  const dates = b.index.instruction.date;
  const clauses = acc.ledger === null ? NO_CLAUSES : b.compiled.instructions.map(sharedClause);
  for (let k = start; k < end; k++) {
    const i = byDate.order[k] ?? 0;
    const points = pointsOf[i] ?? 0;
    if (points === 0) continue;
    const item = itemOf[i] ?? 0;
    if (scoredOnly && scored.mark[item] === 0) continue;
    if (acc.ledger === null) {
      credit(acc, b, item, points, each);
      continue;
    }
    const clause = clauses[b.instructionRule[i] ?? 0];
    if (clause === undefined) continue;
    const nth = b.instructionNth[i] ?? 1;
    const at = refAt(acc, refs, k, 'instruction', i, dates[i] ?? 0, item);
    creditLedger(acc, b, item, points, each, at, clause, nth > 1 ? nthNote(nth) : undefined);
  }
}

const nthNotes: string[] = [];

/** 同一信息第 n 次批示, built once per n. */
function nthNote(nth: number): string {
  let note = nthNotes[nth];
  if (note === undefined) {
    note = `同一信息第 ${nth} 次批示`;
    if (nth < 256) nthNotes[nth] = note;
  }
  return note;
}

function scoreAttachments(acc: Accumulator, b: Binding, scored: Scored): void {
  const rules = b.compiled.attachments;
  if (rules.length === 0) return;
  const each = b.compiled.jointEach;
  for (let k = 0; k < scored.count; k++) {
    const item = scored.items[k] ?? 0;
    const kinds = b.index.itemAttachments[item] ?? 0;
    if (kinds === 0) continue;
    for (const rule of rules) {
      if ((rule.kinds & kinds) === 0 || rule.points === 0) continue;
      if (acc.ledger === null) {
        credit(acc, b, item, rule.points, each);
        continue;
      }
      const adoption = b.index.records.adoptions[scored.row[item] ?? 0];
      const record = b.index.records.items[item];
      if (adoption === undefined || record === undefined) continue;
      creditLedger(acc, b, item, rule.points, each, ref('item', item, adoption.date, record.id), sharedClause(rule));
    }
  }
}
