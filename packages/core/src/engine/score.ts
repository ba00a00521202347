import type { UnitId } from '../model/ids.ts';
import type { RecordSet } from '../model/records.ts';
import type { Scheme } from '../scheme/schemeSchema.ts';
import { type Accumulator, createAccumulator } from './accumulator.ts';
import { type Binding, bindScheme } from './bindScheme.ts';
import { rangeOf } from './byDate.ts';
import { dateNumber } from './codes.ts';
import { type CompiledScheme, type CompileOptions, compileScheme } from './compileScheme.ts';
import { indexRecords, type RecordIndex } from './recordIndex.ts';
import { type Scored, scoreItems } from './scoreItems.ts';
import { preparePenalties, scorePenalties } from './scorePenalties.ts';
import { scoreQuotas } from './scoreQuotas.ts';
import { DEFAULT_GROUP, type Period, type ScoreOptions, type ScoreResult, type UnitScore } from './types.ts';

/** Scores one period after the expensive work (indexing, rule matching) was done once. */
export interface Scorer {
  /** Scores `period`; `ledger` defaults to true. */
  score(options: { readonly period: Period; readonly ledger?: boolean }): ScoreResult;
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
    const compiled = list.map((s) => compileScheme(s, options));
    bindings = compiled.map((c, k) => bindScheme(c, index, governor(compiled, k)));
    const only = bindings[0];
    if (plain && list[0] !== undefined && only !== undefined) prepared.bindings.set(list[0], only);
  }
  return { score: (o) => scoreBindings(bindings, index, o.period, o.ledger !== false) };
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

function scoreBindings(bindings: readonly Binding[], index: RecordIndex, period: Period, ledger: boolean): ScoreResult {
  const from = dateNumber(period.from);
  const to = dateNumber(period.to);
  const primary = primaryOf(bindings, to);
  const rollUp = primary?.compiled.rollUp !== false;
  const units = index.records.units;
  const rankedOf = rollUp ? index.topParent : Int32Array.from(units, (_, i) => i);
  const tieBreaks = primary?.compiled.tieBreaks ?? [];
  const acc = createAccumulator(units.length, index.itemCount, rankedOf, tieBreaks.length, ledger);
  for (const b of bindings) {
    const penaltyRows = preparePenalties(acc, b, from, to);
    const scored = scoreItems(acc, b, from, to);
    scorePenalties(acc, b, penaltyRows);
    scoreQuotas(acc, b, from, to);
    countScored(acc, b, scored, b === primary);
    if (b === primary) countAdoptions(acc, b, from, to);
    acc.track = null;
    acc.tracked.clear();
  }
  return {
    schemeIds: bindings.map((b) => b.compiled.scheme.id),
    period,
    method: primary?.compiled.average ? 'average' : 'sum',
    tieBreaks: tieBreaks.map((t) => ({ id: t.id, label: t.label })),
    units: unitScores(acc, index, primary?.compiled.average === true),
    ledger: acc.ledger ?? [],
  };
}

/** Adds each newly scored item once to each distinct ranked unit it credits. */
function countScored(acc: Accumulator, b: Binding, scored: Scored, primary: boolean): void {
  const scoredTie = primary ? b.compiled.tieBreaks.findIndex((t) => t.type === 'scoredItems') : -1;
  const { counted, rankedOf, scoredItems } = acc;
  const { soloUnit } = b;
  const addOne = (ranked: number) => {
    scoredItems[ranked] = (scoredItems[ranked] ?? 0) + 1;
  };
  for (let k = 0; k < scored.count; k++) {
    const item = scored.items[k] ?? 0;
    if (counted[item] === 1) continue;
    counted[item] = 1;
    const solo = soloUnit[item] ?? -1;
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
    if (b.credited[s] === 0) continue;
    const ranked = acc.rankedOf[itemUnits[s] ?? 0] ?? 0;
    let seen = false;
    for (let t = start; t < s && !seen; t++) {
      seen = b.credited[t] === 1 && acc.rankedOf[itemUnits[t] ?? 0] === ranked;
    }
    if (!seen) visit(ranked);
  }
}

/** Tie-break counts of adoptions in the period. */
function countAdoptions(acc: Accumulator, b: Binding, from: number, to: number): void {
  b.compiled.tieBreaks.forEach((tie, k) => {
    const values = acc.tieBreaks[k];
    if (tie.type !== 'adoptionCount' || values === undefined) return;
    const itemOf = b.index.adoption.item;
    const rows = b.index.records.adoptions;
    const byDate = b.matched.byDate;
    const range = rangeOf(byDate, from, to);
    for (let k = range.start; k < range.end; k++) {
      const i = byDate.order[k] ?? 0;
      const outcome = b.outcomes[b.adoptionOutcome[i] ?? -1];
      if (outcome === undefined) continue;
      if (tie.rules !== null && !tie.rules.has(outcome.rule)) continue;
      const level = rows[i]?.level;
      if (tie.levels !== -1 && (level === undefined || !levelIn(tie.levels, level))) continue;
      forRankedUnits(acc, b, itemOf[i] ?? 0, (ranked) => {
        values[ranked] = (values[ranked] ?? 0) + 1;
      });
    }
  });
}

const LEVEL_BITS: Readonly<Record<string, number>> = { 县: 1, 市: 2, 省: 4, 国家: 8 };
const levelIn = (mask: number, level: string) => (mask & (LEVEL_BITS[level] ?? 0)) !== 0;

function unitScores(acc: Accumulator, index: RecordIndex, average: boolean): UnitScore[] {
  const units = index.records.units;
  const totals = new Float64Array(units.length);
  const disqualified = new Uint8Array(units.length);
  const members = new Map<number, UnitId[]>();
  units.forEach((u, i) => {
    const ranked = acc.rankedOf[i] ?? i;
    totals[ranked] = (totals[ranked] ?? 0) + (acc.totals[i] ?? 0);
    if (acc.disqualified[i] === 1) disqualified[ranked] = 1;
    if (ranked !== i) members.set(ranked, [...(members.get(ranked) ?? []), u.id]);
  });
  const out: UnitScore[] = [];
  units.forEach((u, i) => {
    if ((acc.rankedOf[i] ?? i) !== i) return;
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
      tieBreak: acc.tieBreaks.map((values) => values[i] ?? 0),
      members: members.get(i) ?? [],
    });
  });
  return out;
}

/** Rounds to 9 decimals so that equal totals reached in a different order compare equal. */
function round9(x: number): number {
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}
