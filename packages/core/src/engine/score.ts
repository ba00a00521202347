import type { UnitId } from '../model/ids.ts';
import type { RecordSet } from '../model/records.ts';
import type { Scheme } from '../scheme/schemeSchema.ts';
import { type Accumulator, createAccumulator, ledgerBook } from './accumulator.ts';
import { type Binding, bindScheme, creditedAt } from './bindScheme.ts';
import { rangeOf } from './byDate.ts';
import { dateNumber } from './codes.ts';
import { type CompiledScheme, type CompileOptions, compileScheme, type TieBreakClause } from './compileScheme.ts';
import { indexRecords, type RecordIndex } from './recordIndex.ts';
import { type Scored, scoreItems } from './scoreItems.ts';
import { preparePenalties, scorePenalties } from './scorePenalties.ts';
import { scoreQuotas } from './scoreQuotas.ts';
import { DEFAULT_GROUP, type Period, type ScoreOptions, type ScoreResult, type UnitScore } from './types.ts';

/** Scores one period after the expensive work (indexing, rule matching) was done once. */
export interface Scorer {
  /** Scores `period`; `ledger` defaults to true. */
  score(options: { readonly period: Period; readonly ledger?: boolean }): ScoreResult;
  /**
   * The sums behind {@link Scorer.score}'s units for `period`, unrounded: what an incremental update adds and
   * subtracts (sums over disjoint parts of a record set add up to the sums over the whole).
   */
  parts(period: Period): ScoreParts;
}

/**
 * Unrounded per-unit sums of one period, for the ranked units (units without parent under roll-up) in the
 * order of `ScoreResult.units`. `UnitScore.total` is `totals[k]` rounded to 1e-9; under an averaging scheme the
 * score is `totals[k] ÷ scoredItems[k]` rounded, null when no item was scored.
 */
export interface ScoreParts {
  readonly period: Period;
  readonly method: 'sum' | 'average';
  readonly unitIds: readonly UnitId[];
  readonly totals: Float64Array;
  readonly scoredItems: Float64Array;
  /** Tie-break values, one array per tie-break of the scheme in force, indexed like `unitIds`. */
  readonly tieBreaks: readonly Float64Array[];
  readonly disqualified: Uint8Array;
}

/**
 * Prepares `records` under `schemes` once, to score many periods fast (a month after month, then the year).
 * Records are read, never changed; do not mutate them while the scorer is in use.
 *
 * @example
 * const scorer = createScorer(getPreset('lianyungang'), records);
 * const march = scorer.score({ period: { from: '2024-03-01', to: '2024-03-31' }, ledger: false });
 */
export function createScorer(
  schemes: Scheme | readonly Scheme[],
  records: RecordSet,
  options: CompileOptions = {},
): Scorer {
  const list: readonly Scheme[] = Array.isArray(schemes) ? schemes : [schemes as Scheme];
  const prepared = prepare(records);
  const index = prepared.index;
  const plain = list.length === 1 && options.parameters === undefined && options.groupParameters === undefined;
  const cached = plain && list[0] !== undefined ? prepared.bindings.get(list[0]) : undefined;
  let bindings: readonly Binding[];
  if (cached !== undefined) bindings = [cached];
  else {
    const bare = options.parameters === undefined && options.groupParameters === undefined;
    const compiled = list.map((s) => (bare ? compiledOf(s) : compileScheme(s, options)));
    bindings = compiled.map((c, k) => bindScheme(c, index, governor(compiled, k)));
    const only = bindings[0];
    if (plain && list[0] !== undefined && only !== undefined) prepared.bindings.set(list[0], only);
  }
  return {
    score: (o) => scoreBindings(bindings, index, o.period, o.ledger !== false),
    parts: (period) => scoreParts(bindings, index, period),
  };
}

/** Schemes compiled without parameter overrides, kept per scheme object (schemes are treated as immutable). */
const compiledSchemes = new WeakMap<Scheme, CompiledScheme>();

function compiledOf(scheme: Scheme): CompiledScheme {
  let compiled = compiledSchemes.get(scheme);
  if (compiled === undefined) {
    compiled = compileScheme(scheme);
    compiledSchemes.set(scheme, compiled);
  }
  return compiled;
}

interface Prepared {
  readonly fingerprint: string;
  readonly index: RecordIndex;
  readonly bindings: WeakMap<Scheme, Binding>;
}

/**
 * Indexes are kept per record set (weakly), so that scoring month after month indexes the records once. A
 * record set is treated as immutable; a change in the length of any table rebuilds the index.
 */
const preparedSets = new WeakMap<RecordSet, Prepared>();

function prepare(records: RecordSet): Prepared {
  const fingerprint = [
    records.units,
    records.items,
    records.routes,
    records.adoptions,
    records.instructions,
    records.penalties,
  ]
    .map((t) => t.length)
    .join(',');
  const known = preparedSets.get(records);
  if (known !== undefined && known.fingerprint === fingerprint) return known;
  const prepared = { fingerprint, index: indexRecords(records), bindings: new WeakMap<Scheme, Binding>() };
  preparedSets.set(records, prepared);
  return prepared;
}

/**
 * Scores `records` under one scheme, or several versions of a method (each record falls under the version in
 * force at its own date). Pure and deterministic. Every unit without a parent is ranked (0 when it has no
 * record); units with a parent add into their top-most parent. Ranking itself (1, 2, 2, 4) is `@caibian/stats`'.
 *
 * @example
 * const result = score(getPreset('lianyungang'), records, { period: { from: '2024-01-01', to: '2024-12-31' } });
 * result.units[0]; // { unitId: '海州区', group: '县区组', total: 63, score: 63, … }
 * result.ledger[0]; // { unitId: '海州区', points: 20, clause: { id: 'city-jianyi', label: … }, record: … }
 */
export function score(schemes: Scheme | readonly Scheme[], records: RecordSet, options: ScoreOptions): ScoreResult {
  const { parameters, groupParameters } = options;
  const compile: CompileOptions = {
    ...(parameters === undefined ? {} : { parameters }),
    ...(groupParameters === undefined ? {} : { groupParameters }),
  };
  return createScorer(schemes, records, compile).score(options);
}

/**
 * Which rows scheme `k` governs: rows dated in its effective range, and not in the range of a scheme with a
 * later start (the version in force at the row's date).
 */
function governor(compiled: readonly CompiledScheme[], k: number): (date: number) => boolean {
  const self = compiled[k];
  if (self === undefined) return () => false;
  if (compiled.length === 1) return (d) => d >= self.from && d <= self.to;
  const cache = new Map<number, boolean>();
  return (d) => {
    let hit = cache.get(d);
    if (hit === undefined) {
      let chosen = -1;
      compiled.forEach((c, j) => {
        if (d >= c.from && d <= c.to && (chosen < 0 || c.from >= (compiled[chosen]?.from ?? 0))) chosen = j;
      });
      hit = chosen === k;
      cache.set(d, hit);
    }
    return hit;
  };
}

function primaryOf(bindings: readonly Binding[], to: number): Binding | undefined {
  let primary: Binding | undefined;
  for (const b of bindings) {
    const c = b.compiled;
    if (c.from <= to && (primary === undefined || c.from >= primary.compiled.from)) primary = b;
  }
  return primary ?? bindings[0];
}

interface PeriodSums {
  readonly acc: Accumulator;
  readonly primary: Binding | undefined;
  readonly tieBreaks: readonly TieBreakClause[];
}

function scoreAll(bindings: readonly Binding[], index: RecordIndex, period: Period, ledger: boolean): PeriodSums {
  const from = dateNumber(period.from);
  const to = dateNumber(period.to);
  const primary = primaryOf(bindings, to);
  const rollUp = primary?.compiled.rollUp !== false;
  const units = index.records.units;
  const rankedOf = rollUp ? index.topParent : identityOf(index);
  const tieBreaks = primary?.compiled.tieBreaks ?? [];
  // Under one scheme an item is scored at most once (its list is distinct): marks across schemes are not needed.
  const across = bindings.length > 1;
  const acc = createAccumulator(
    units.length,
    across ? index.counted : NO_MARKS,
    rankedOf,
    tieBreaks.length,
    ledger ? ledgerBook(index) : null,
  );
  const lists: { items: Int32Array; count: number }[] = [];
  try {
    for (const b of bindings) {
      const penaltyRows = preparePenalties(acc, b, from, to);
      const scored = scoreItems(acc, b, from, to);
      if (across) lists.push(scored);
      scorePenalties(acc, b, penaltyRows);
      scoreQuotas(acc, b, from, to);
      countScored(acc, b, scored, b === primary, across);
      if (b === primary) countAdoptions(acc, b, from, to);
      acc.track = null;
      acc.tracked.clear();
    }
  } finally {
    // The index's marks are shared by every period: cleared item by item, not reallocated.
    for (const { items, count } of lists) for (let k = 0; k < count; k++) acc.counted[items[k] ?? 0] = 0;
  }
  return { acc, primary, tieBreaks };
}

/** The accumulator's `counted` under one scheme, where countScored needs no marks. */
const NO_MARKS = new Uint8Array(0);

const identities = new WeakMap<RecordIndex, Int32Array>();

/** Each unit ranked as itself (no roll-up), kept per index. */
function identityOf(index: RecordIndex): Int32Array {
  let identity = identities.get(index);
  if (identity === undefined) {
    identity = Int32Array.from(index.records.units, (_, i) => i);
    identities.set(index, identity);
  }
  return identity;
}

function scoreBindings(bindings: readonly Binding[], index: RecordIndex, period: Period, ledger: boolean): ScoreResult {
  const { acc, primary, tieBreaks } = scoreAll(bindings, index, period, ledger);
  return {
    schemeIds: bindings.map((b) => b.compiled.scheme.id),
    period,
    method: primary?.compiled.average ? 'average' : 'sum',
    tieBreaks: tieBreaks.map((t) => ({ id: t.id, label: t.label })),
    units: unitScores(acc, index, primary?.compiled.average === true),
    ledger: acc.ledger ?? [],
  };
}

function scoreParts(bindings: readonly Binding[], index: RecordIndex, period: Period): ScoreParts {
  const { acc, primary } = scoreAll(bindings, index, period, false);
  const { ranked, totals, disqualified } = rollUpTotals(acc, index);
  const scoredItems = new Float64Array(ranked.length);
  const tieBreaks = acc.tieBreaks.map(() => new Float64Array(ranked.length));
  const unitIds: UnitId[] = [];
  ranked.forEach((i, k) => {
    unitIds.push(index.records.units[i]?.id as UnitId);
    scoredItems[k] = acc.scoredItems[i] ?? 0;
    acc.tieBreaks.forEach((values, t) => {
      const out = tieBreaks[t];
      if (out !== undefined) out[k] = values[i] ?? 0;
    });
  });
  return {
    period,
    method: primary?.compiled.average ? 'average' : 'sum',
    unitIds,
    totals: Float64Array.from(ranked, (i) => totals[i] ?? 0),
    scoredItems,
    tieBreaks,
    disqualified: Uint8Array.from(ranked, (i) => disqualified[i] ?? 0),
  };
}

/**
 * Adds each newly scored item once to each distinct ranked unit it credits; `across` marks items in the shared
 * `counted` so that a later scheme of the same period does not count them again.
 */
function countScored(acc: Accumulator, b: Binding, scored: Scored, primary: boolean, across: boolean): void {
  const scoredTie = primary ? b.compiled.tieBreaks.findIndex((t) => t.type === 'scoredItems') : -1;
  const { counted, rankedOf, scoredItems } = acc;
  const addOne = (ranked: number) => {
    scoredItems[ranked] = (scoredItems[ranked] ?? 0) + 1;
  };
  const { items, solo: soloOf } = scored;
  for (let k = 0; k < scored.count; k++) {
    const item = items[k] ?? 0;
    if (across) {
      if (counted[item] === 1) continue;
      counted[item] = 1;
    }
    const solo = soloOf[k] ?? -1;
    if (solo >= 0) addOne(rankedOf[solo] ?? solo);
    else forRankedUnits(acc, b, item, addOne);
  }
  const values = acc.tieBreaks[scoredTie];
  if (values !== undefined) values.set(acc.scoredItems);
}

function forRankedUnits(acc: Accumulator, b: Binding, item: number, visit: (ranked: number) => void): void {
  const { itemUnitStart, itemUnits } = b.index;
  const start = itemUnitStart[item] ?? 0;
  const end = itemUnitStart[item + 1] ?? 0;
  for (let s = start; s < end; s++) {
    if (!creditedAt(b, s)) continue;
    const ranked = acc.rankedOf[itemUnits[s] ?? 0] ?? 0;
    let seen = false;
    for (let t = start; t < s && !seen; t++) {
      seen = creditedAt(b, t) && acc.rankedOf[itemUnits[t] ?? 0] === ranked;
    }
    if (!seen) visit(ranked);
  }
}

/** Tie-break counts of adoptions in the period. */
function countAdoptions(acc: Accumulator, b: Binding, from: number, to: number): void {
  b.compiled.tieBreaks.forEach((tie, t) => {
    const values = acc.tieBreaks[t];
    if (tie.type !== 'adoptionCount' || values === undefined) return;
    const rows = b.index.records.adoptions;
    const { byDate, item: itemAt, outcome: outcomeAt } = b.matched;
    const range = rangeOf(byDate, from, to);
    for (let k = range.start; k < range.end; k++) {
      const outcome = b.outcomes[outcomeAt[k] ?? -1];
      if (outcome === undefined) continue;
      if (tie.rules !== null && !tie.rules.has(outcome.rule)) continue;
      const level = rows[byDate.order[k] ?? 0]?.level;
      if (tie.levels !== -1 && (level === undefined || !levelIn(tie.levels, level))) continue;
      forRankedUnits(acc, b, itemAt[k] ?? 0, (ranked) => {
        values[ranked] = (values[ranked] ?? 0) + 1;
      });
    }
  });
}

const LEVEL_BITS: Readonly<Record<string, number>> = { 县: 1, 市: 2, 省: 4, 国家: 8 };
const levelIn = (mask: number, level: string) => (mask & (LEVEL_BITS[level] ?? 0)) !== 0;

/** Totals and disqualifications rolled up into ranked units; `ranked` lists them in unit table order. */
function rollUpTotals(acc: Accumulator, index: RecordIndex) {
  const units = index.records.units;
  const totals = new Float64Array(units.length);
  const disqualified = new Uint8Array(units.length);
  const ranked: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const r = acc.rankedOf[i] ?? i;
    totals[r] = (totals[r] ?? 0) + (acc.totals[i] ?? 0);
    if (acc.disqualified[i] === 1) disqualified[r] = 1;
    if (r === i) ranked.push(i);
  }
  return { ranked, totals, disqualified };
}

const NONE_YET: readonly never[] = Object.freeze([]);
const membersOf = new WeakMap<Int32Array, Map<number, readonly UnitId[]>>();

/**
 * The units that roll into each ranked unit, kept per roll-up table. The lists are frozen and shared by every
 * period's results (a result is plain, read-only data): scoring a period allocates no list per unit.
 */
function members(rankedOf: Int32Array, units: RecordSet['units']): Map<number, readonly UnitId[]> {
  let map = membersOf.get(rankedOf);
  if (map === undefined) {
    const lists = new Map<number, UnitId[]>();
    for (let i = 0; i < units.length; i++) {
      const r = rankedOf[i] ?? i;
      if (r === i) continue;
      const list = lists.get(r);
      const id = units[i]?.id as UnitId;
      if (list === undefined) lists.set(r, [id]);
      else list.push(id);
    }
    map = new Map([...lists].map(([r, list]) => [r, Object.freeze(list)]));
    membersOf.set(rankedOf, map);
  }
  return map;
}

function unitScores(acc: Accumulator, index: RecordIndex, average: boolean): UnitScore[] {
  const units = index.records.units;
  const { ranked, totals, disqualified } = rollUpTotals(acc, index);
  const memberIds = members(acc.rankedOf, units);
  const out: UnitScore[] = [];
  for (const i of ranked) {
    const u = units[i];
    if (u === undefined) continue;
    const total = round9(totals[i] ?? 0);
    const scoredItems = acc.scoredItems[i] ?? 0;
    out.push({
      unitId: u.id,
      name: u.name,
      group: u.group ?? DEFAULT_GROUP,
      total,
      score: average ? (scoredItems > 0 ? round9((totals[i] ?? 0) / scoredItems) : null) : total,
      scoredItems,
      disqualified: disqualified[i] === 1,
      tieBreak: acc.tieBreaks.length === 0 ? NONE_YET : acc.tieBreaks.map((values) => values[i] ?? 0),
      members: memberIds.get(i) ?? NONE_YET,
    });
  }
  return out;
}

/** Rounds to 9 decimals so that equal totals reached in a different order compare equal. */
export function round9(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
