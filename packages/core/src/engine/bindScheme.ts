import type { Instruction } from '../model/records.ts';
import { normalizePublication } from '../scheme/normalizePublication.ts';
import { type ByDate, inDateOrder, sortRowsByDate } from './byDate.ts';
import { codes, has, NONE } from './codes.ts';
import { type CompiledScheme, publicationMatches, type RouteClause } from './compileScheme.ts';
import type { RecordIndex } from './recordIndex.ts';

/** How an adoption's points came about: its rule, base points, and the multipliers applied in order. */
export interface AdoptionOutcome {
  readonly rule: number;
  readonly base: number;
  readonly factors: readonly { readonly multiplier: number; readonly factor: number }[];
  readonly points: number;
}

/**
 * A compiled scheme applied to an indexed record set: every row's points under the scheme, computed once
 * (they do not depend on the period). Rows the scheme does not govern earn nothing here.
 */
export interface Binding {
  readonly compiled: CompiledScheme;
  readonly index: RecordIndex;
  /** Per adoption: outcome index into `outcomes`, -1 when no rule matched or not governed. */
  readonly adoptionOutcome: Int32Array;
  readonly outcomes: readonly AdoptionOutcome[];
  /** Adoptions a rule matched, in date order: row, item and outcome (sequential reads for a period's loop). */
  readonly matched: { readonly byDate: ByDate; readonly item: Int32Array; readonly outcome: Int32Array };
  /** Per route: a bit mask of the route (or unadopted) rules that pay on it. */
  readonly routeRules: Uint32Array;
  readonly unadoptedRules: Uint32Array;
  /** Routes that pay, in date order, with their item and points. */
  readonly routesPaying: Paying;
  readonly unadoptedPaying: Paying;
  /** 1 when the row is governed by this scheme (routes and penalties). */
  readonly routeGoverned: Uint8Array;
  readonly penaltyGoverned: Uint8Array;
  /** Per instruction: points, matched rule (-1 none) and its number in the rule's series on the item. */
  readonly instructionPoints: Float64Array;
  readonly instructionRule: Int16Array;
  readonly instructionNth: Int32Array;
  /** Per item unit slot: its share of split points, and 1 when it receives credit at all. */
  readonly share: Float64Array;
  readonly credited: Uint8Array;
  /** Per item: its one unit when a single credited unit takes all its points (the fast path), else -1. */
  readonly soloUnit: Int32Array;
}

/** Rows that pay, in date order: `byDate.order[k]` is the row, `item[k]` its item, `points[k]` its points. */
export interface Paying {
  readonly byDate: ByDate;
  readonly item: Int32Array;
  readonly points: Float64Array;
}

/** Applies `compiled` to `index`; `governs(date)` says which rows (by YYYYMMDD date) this scheme scores. */
export function bindScheme(compiled: CompiledScheme, index: RecordIndex, governs: (date: number) => boolean): Binding {
  const { share, credited, soloUnit } = shares(compiled, index);
  const adoption = bindAdoptions(compiled, index, governs);
  const routeGoverned = governedRows(index.route.date, governs);
  const penaltyGoverned = governedRows(index.penalty.date, governs);
  const routes = bindRoutes(compiled.routes, index, routeGoverned, false);
  const unadopted = bindRoutes(compiled.unadopted, index, routeGoverned, true);
  return {
    compiled,
    index,
    ...adoption,
    matched: matchedByDate(index, adoption.adoptionOutcome),
    routeRules: routes.rules,
    unadoptedRules: unadopted.rules,
    routesPaying: paying(index, routes),
    unadoptedPaying: paying(index, unadopted),
    routeGoverned,
    penaltyGoverned,
    ...bindInstructions(compiled, index, governs),
    share,
    credited,
    soloUnit,
  };
}

function matchedByDate(index: RecordIndex, outcomeOf: Int32Array): Binding['matched'] {
  let n = 0;
  for (let i = 0; i < outcomeOf.length; i++) if ((outcomeOf[i] ?? -1) >= 0) n++;
  const rows = new Int32Array(n);
  n = 0;
  for (let i = 0; i < outcomeOf.length; i++) if ((outcomeOf[i] ?? -1) >= 0) rows[n++] = i;
  const byDate = sortRowsByDate(index.adoption.date, rows);
  return {
    byDate,
    item: inDateOrder(index.adoption.item, byDate.order, new Int32Array(n)),
    outcome: inDateOrder(outcomeOf, byDate.order, new Int32Array(n)),
  };
}

function paying(index: RecordIndex, bound: { points: Float64Array; rules: Uint32Array }): Paying {
  const { points } = bound;
  let n = 0;
  for (let i = 0; i < points.length; i++) if ((points[i] ?? 0) !== 0) n++;
  const rows = new Int32Array(n);
  n = 0;
  for (let i = 0; i < points.length; i++) if ((points[i] ?? 0) !== 0) rows[n++] = i;
  const byDate = sortRowsByDate(index.route.date, rows);
  return {
    byDate,
    item: inDateOrder(index.route.item, byDate.order, new Int32Array(n)),
    points: inDateOrder(points, byDate.order, new Float64Array(n)),
  };
}

/** 1 for each row whose date the scheme governs. */
function governedRows(dates: Int32Array, governs: (date: number) => boolean): Uint8Array {
  const out = new Uint8Array(dates.length);
  for (let i = 0; i < dates.length; i++) out[i] = governs(dates[i] ?? 0) ? 1 : 0;
  return out;
}

function shares(compiled: CompiledScheme, index: RecordIndex) {
  const { itemUnitStart, itemUnits, itemUnitShare, itemCount } = index;
  const share = new Float64Array(itemUnits.length);
  const credited = new Uint8Array(itemUnits.length).fill(1);
  const soloUnit = new Int32Array(itemCount).fill(-1);
  const units = index.records.units;
  for (let i = 0; i < itemCount; i++) {
    const start = itemUnitStart[i] ?? 0;
    const end = itemUnitStart[i + 1] ?? 0;
    if (end - start === 1 && compiled.noCredit.size === 0) {
      share[start] = Number.isNaN(itemUnitShare[start] ?? 0) ? 1 : (itemUnitShare[start] ?? 1);
      if (share[start] === 1) soloUnit[i] = itemUnits[start] ?? -1;
      continue;
    }
    let given = 0;
    let missing = 0;
    for (let s = start; s < end; s++) {
      const unit = units[itemUnits[s] ?? 0];
      if (unit !== undefined && compiled.noCredit.has(unit.id)) credited[s] = 0;
      if (credited[s] === 0) continue;
      const v = itemUnitShare[s] ?? Number.NaN;
      if (Number.isNaN(v)) missing++;
      else given += v;
    }
    const rest = missing > 0 ? Math.max(0, 1 - given) / missing : 0;
    for (let s = start; s < end; s++) {
      const v = itemUnitShare[s] ?? Number.NaN;
      share[s] = credited[s] === 0 ? 0 : Number.isNaN(v) ? rest : v;
    }
  }
  return { share, credited, soloUnit };
}

function bindAdoptions(compiled: CompiledScheme, index: RecordIndex, governs: (date: number) => boolean) {
  const rows = index.records.adoptions;
  const adoptionOutcome = new Int32Array(rows.length).fill(-1);
  const outcomes: AdoptionOutcome[] = [];
  if (compiled.adoptions.length === 0) return { adoptionOutcome, outcomes };
  const byPublication = new Map<string, { normalised: string; cache: Map<number, number> }>();
  const { item: itemOf, date: dateOf, level: levelOf, form: formOf } = index.adoption;
  const { itemCategory, itemRoutes } = index;
  const routeBits = compiled.routeBits;
  const usesCategory = compiled.usesCategory;
  let lastPublication: string | undefined;
  let entry: { normalised: string; cache: Map<number, number> } | undefined;
  for (let i = 0; i < rows.length; i++) {
    const item = itemOf[i] ?? -1;
    if (item < 0 || !governs(dateOf[i] ?? 0)) continue;
    const row = rows[i];
    if (row === undefined) continue;
    if (row.publication !== lastPublication || entry === undefined) {
      lastPublication = row.publication;
      entry = byPublication.get(row.publication);
      if (entry === undefined) {
        entry = { normalised: normalizePublication(row.publication), cache: new Map() };
        byPublication.set(row.publication, entry);
      }
    }
    const level = levelOf[i] ?? NONE;
    const form = formOf[i] ?? NONE;
    const category = usesCategory ? (itemCategory[item] ?? NONE) : NONE;
    const routes = (itemRoutes[item] ?? 0) & routeBits;
    const key = (((level & 7) * 32 + form) * 32 + category) * 256 + routes;
    let outcome = entry.cache.get(key);
    if (outcome === undefined) {
      outcome = evaluateAdoption(compiled, entry.normalised, level, form, category, routes, outcomes);
      entry.cache.set(key, outcome);
    }
    adoptionOutcome[i] = outcome;
  }
  return { adoptionOutcome, outcomes };
}

function evaluateAdoption(
  compiled: CompiledScheme,
  publication: string,
  level: number,
  form: number,
  category: number,
  routes: number,
  outcomes: AdoptionOutcome[],
): number {
  const routesHold = (masks: readonly number[]) => masks.every((m) => (routes & m) !== 0);
  const rule = compiled.adoptions.findIndex(
    (r) =>
      has(r.levels, level) &&
      has(r.forms, form) &&
      has(r.categories, category) &&
      publicationMatches(r, publication) &&
      routesHold(r.routes),
  );
  const matched = compiled.adoptions[rule];
  if (matched === undefined) return -1;
  const factors: { multiplier: number; factor: number }[] = [];
  let points = matched.points;
  compiled.multipliers.forEach((m, j) => {
    if (
      has(m.levels, level) &&
      has(m.categories, category) &&
      (m.rules === null || m.rules.has(rule)) &&
      routesHold(m.routes)
    ) {
      factors.push({ multiplier: j, factor: m.factor });
      points *= m.factor;
    }
  });
  outcomes.push({ rule, base: matched.points, factors, points });
  return outcomes.length - 1;
}

function bindRoutes(rules: readonly RouteClause[], index: RecordIndex, governed: Uint8Array, unadoptedOnly: boolean) {
  const count = rules.length === 0 ? 0 : index.route.date.length;
  const points = new Float64Array(count);
  const ruleBits = new Uint32Array(count);
  if (rules.length === 0) return { points, rules: ruleBits };
  const { start, order } = index.routesByItem;
  const { date, level, kind } = index.route;
  const best = new Int32Array(rules.length);
  const table = new Int8Array(8 * 2 * 32).fill(-1);
  for (let level = 0; level < 8; level++) {
    for (let kind = 0; kind < 2; kind++) {
      for (let category = 0; category < 32; category++) {
        table[(level * 2 + kind) * 32 + category] = rules.findIndex(
          (rule) =>
            has(rule.levels, level === 7 ? NONE : level) && has(rule.kinds, kind) && has(rule.categories, category),
        );
      }
    }
  }
  for (let item = 0; item < index.itemCount; item++) {
    const from = start[item] ?? 0;
    const to = start[item + 1] ?? 0;
    if (from === to || (unadoptedOnly && index.itemAdopted[item] === 1)) continue;
    const category = index.itemCategory[item] ?? NONE;
    best.fill(-1);
    let any = false;
    for (let k = from; k < to; k++) {
      const row = order[k] ?? 0;
      const kindCode = kind[row] ?? NONE;
      if (governed[row] === 0 || kindCode > 1) continue;
      const r = table[(((level[row] ?? NONE) & 7) * 2 + kindCode) * 32 + category] ?? -1;
      if (r < 0) continue;
      const current = best[r] ?? -1;
      if (current < 0 || (date[row] ?? 0) < (date[current] ?? 0)) best[r] = row;
      any = true;
    }
    if (!any) continue;
    rules.forEach((rule, r) => {
      const row = best[r] ?? -1;
      if (row < 0) return;
      points[row] = (points[row] ?? 0) + rule.points;
      ruleBits[row] = (ruleBits[row] ?? 0) | (1 << r);
    });
  }
  return { points, rules: ruleBits };
}

function bindInstructions(compiled: CompiledScheme, index: RecordIndex, governs: (date: number) => boolean) {
  const rows = index.records.instructions;
  const instructionPoints = new Float64Array(rows.length);
  const instructionRule = new Int16Array(rows.length).fill(-1);
  const instructionNth = new Int32Array(rows.length);
  const result = { instructionPoints, instructionRule, instructionNth };
  if (compiled.instructions.length === 0) return result;
  const cache = new Map<string | undefined, { normalised: string; rules: Map<number, number> }>();
  rows.forEach((row, i) => {
    if ((index.instruction.item[i] ?? -1) < 0 || !governs(index.instruction.date[i] ?? 0)) return;
    let entry = cache.get(row.publication);
    if (entry === undefined) {
      entry = {
        normalised: row.publication === undefined ? '' : normalizePublication(row.publication),
        rules: new Map(),
      };
      cache.set(row.publication, entry);
    }
    const rank = codes.rank(row.rank);
    const category = codes.leaderCategory(row.category);
    const key = rank * 32 + category;
    let rule = entry.rules.get(key);
    if (rule === undefined) {
      const normalised = entry.normalised;
      rule = compiled.instructions.findIndex(
        (r) =>
          has(r.ranks, rank) &&
          has(r.leaderCategories, category) &&
          (row.publication === undefined
            ? r.publications === null && r.prefixes === null
            : publicationMatches(r, normalised)),
      );
      entry.rules.set(key, rule);
    }
    instructionRule[i] = rule;
  });
  numberSeries(compiled, index, rows, result);
  return result;
}

/** Numbers each item's matched instructions per series (order, then date, then content) and prices them. */
function numberSeries(
  compiled: CompiledScheme,
  index: RecordIndex,
  rows: readonly Instruction[],
  out: { instructionPoints: Float64Array; instructionRule: Int16Array; instructionNth: Int32Array },
): void {
  const { start, order } = index.instructionsByItem;
  const rules = compiled.instructions;
  const seriesCount = new Int32Array(compiled.seriesCount);
  const text = (i: number) =>
    `${rows[i]?.rank}|${rows[i]?.category}|${rows[i]?.publication ?? ''}|${rows[i]?.leader ?? ''}`;
  const compare = (a: number, b: number) => {
    const x = rows[a];
    const y = rows[b];
    const ox = x?.order ?? Number.POSITIVE_INFINITY;
    const oy = y?.order ?? Number.POSITIVE_INFINITY;
    if (ox !== oy) return ox < oy ? -1 : 1;
    const dx = x?.date ?? '';
    const dy = y?.date ?? '';
    if (dx !== dy) return dx < dy ? -1 : 1;
    const [tx, ty] = [text(a), text(b)];
    return tx === ty ? a - b : tx < ty ? -1 : 1;
  };
  for (let item = 0; item < index.itemCount; item++) {
    const from = start[item] ?? 0;
    const to = start[item + 1] ?? 0;
    if (from === to) continue;
    let list: number[] = [];
    for (let k = from; k < to; k++) {
      const row = order[k] ?? 0;
      if ((out.instructionRule[row] ?? -1) >= 0) list.push(row);
    }
    if (list.length === 0) continue;
    if (list.length > 1) list = list.sort(compare);
    seriesCount.fill(0);
    for (const row of list) {
      const rule = rules[out.instructionRule[row] ?? 0];
      if (rule === undefined) continue;
      const nth = (seriesCount[rule.series] ?? 0) + 1;
      seriesCount[rule.series] = nth;
      out.instructionNth[row] = nth;
      out.instructionPoints[row] = nth === 1 ? rule.points : rule.further;
    }
  }
}
