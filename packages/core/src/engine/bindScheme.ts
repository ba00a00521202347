import type { Instruction } from '../model/records.ts';
import { normalizePublication } from '../scheme/normalizePublication.ts';
import { type ByDate, byDateOfSorted, countDay, dayCounts, inDateOrder, sortCounted } from './byDate.ts';
import { has, NONE } from './codes.ts';
import { type CompiledScheme, publicationMatches, type RouteClause } from './compileScheme.ts';
import type { RecordIndex } from './recordIndex.ts';
import { borrowInt32, giveBack } from './scratch.ts';

/** How an adoption's points came about: its rule, base points, and the multipliers applied in order. */
export interface AdoptionOutcome {
  readonly rule: number;
  readonly base: number;
  readonly factors: readonly { readonly multiplier: number; readonly factor: number }[];
  readonly points: number;
}

/**
 * A compiled scheme applied to an indexed record set: every row's points under the scheme, computed once
 * (they do not depend on the period). Rows the scheme does not govern earn nothing here. Only what scoring
 * reads is kept, so that indexing a large record set stays small.
 */
export interface Binding {
  readonly compiled: CompiledScheme;
  readonly index: RecordIndex;
  readonly outcomes: readonly AdoptionOutcome[];
  /**
   * Adoptions a rule matched, in date order: row, item and outcome (sequential reads for a period's loop). The
   * position in this order is the order of (date, row), the tie rule between adoptions.
   */
  readonly matched: {
    readonly byDate: ByDate;
    readonly item: Int32Array;
    /** Index in `outcomes` (16 bits while there are fewer than 65,536 outcomes: a scheme has tens). */
    readonly outcome: Uint16Array | Int32Array;
    /**
     * Per position, the item's one unit when a single credited unit takes all its points, else -1 (the fast
     * path): a period's loop then reads only sequential arrays.
     */
    readonly solo: Int32Array;
  };
  /** Routes that pay, in date order, with their item, points and rules. */
  readonly routesPaying: Paying;
  readonly unadoptedPaying: Paying;
  /** 1 when the row is governed by this scheme (routes and penalties); empty when every row is. */
  readonly routeGoverned: Uint8Array;
  readonly penaltyGoverned: Uint8Array;
  /** Per instruction: points, matched rule (-1 none) and its number in the rule's series on the item. */
  readonly instructionPoints: Float64Array;
  readonly instructionRule: Int16Array;
  readonly instructionNth: Int32Array;
  /**
   * Per item unit slot: its share of split points, and 1 when it receives credit at all. Both are empty when
   * every unit of every item is credited and items split equally (no share recorded): see {@link shareAt}.
   */
  readonly share: Float64Array;
  readonly credited: Uint8Array;
}

/**
 * Rows that pay, in date order: `byDate.order[k]` is the row, `item[k]` its item and `rule[k]` the rule that
 * pays on it (a route matches its first rule; the points are the rule's).
 */
export interface Paying {
  readonly byDate: ByDate;
  readonly item: Int32Array;
  /** Per position, the item's one unit taking all its points, else -1 (as `Binding.matched.solo`). */
  readonly solo: Int32Array;
  readonly rule: Uint8Array;
}

/** True when item unit slot `s` receives credit. */
export function creditedAt(b: Binding, s: number): boolean {
  return b.credited.length === 0 || b.credited[s] === 1;
}

/** The share of item unit slot `s`, of an item whose slots are [start, end). */
export function shareAt(b: Binding, s: number, start: number, end: number): number {
  return b.share.length === 0 ? 1 / (end - start) : (b.share[s] ?? 0);
}

/** True when row `i` is governed (`governed` from {@link Binding}: empty when every row is). */
export function governedAt(governed: Uint8Array, i: number): boolean {
  return governed.length === 0 || governed[i] === 1;
}

/** Applies `compiled` to `index`; `governs(date)` says which rows (by YYYYMMDD date) this scheme scores. */
export function bindScheme(compiled: CompiledScheme, index: RecordIndex, governs: (date: number) => boolean): Binding {
  // Per item: its one unit when a single credited unit takes all its points (the fast path), else -1. Copied
  // per row into the date-ordered arrays, so only needed while binding: a borrowed array.
  const soloUnit = borrowInt32(index.itemCount).fill(-1);
  const { share, credited } = shares(compiled, index, soloUnit);
  const routeGoverned = governedRows(index.route.date, governs);
  const penaltyGoverned = governedRows(index.penalty.date, governs);
  const binding: Binding = {
    compiled,
    index,
    ...bindAdoptions(compiled, index, governs, soloUnit),
    routesPaying: bindRoutes(compiled.routes, index, routeGoverned, false, soloUnit),
    unadoptedPaying: bindRoutes(compiled.unadopted, index, routeGoverned, true, soloUnit),
    routeGoverned,
    penaltyGoverned,
    ...bindInstructions(compiled, index, governs),
    share,
    credited,
  };
  giveBack(soloUnit);
  return binding;
}

/** 1 for each row whose date the scheme governs; empty when it governs every row. */
function governedRows(dates: Int32Array, governs: (date: number) => boolean): Uint8Array {
  let all = true;
  for (let i = 0; i < dates.length && all; i++) all = governs(dates[i] ?? 0);
  if (all) return new Uint8Array(0);
  const out = new Uint8Array(dates.length);
  for (let i = 0; i < dates.length; i++) out[i] = governs(dates[i] ?? 0) ? 1 : 0;
  return out;
}

/** Shares and credit per item unit slot; fills `soloUnit` (all -1 on entry) for items with one unit in full. */
function shares(compiled: CompiledScheme, index: RecordIndex, soloUnit: Int32Array) {
  const { itemUnitStart, itemUnits, itemUnitShare, itemCount } = index;
  if (compiled.noCredit.size === 0 && itemUnitShare.length === 0) {
    // Every unit credited, equal splits: the shares are 1 / units (shareAt), nothing to keep per slot.
    for (let i = 0; i < itemCount; i++) {
      const start = itemUnitStart[i] ?? 0;
      if ((itemUnitStart[i + 1] ?? 0) - start === 1) soloUnit[i] = itemUnits[start] ?? -1;
    }
    return { share: new Float64Array(0), credited: new Uint8Array(0) };
  }
  const share = new Float64Array(itemUnits.length);
  const credited = new Uint8Array(itemUnits.length).fill(1);
  const units = index.records.units;
  for (let i = 0; i < itemCount; i++) {
    const start = itemUnitStart[i] ?? 0;
    const end = itemUnitStart[i + 1] ?? 0;
    if (end - start === 1 && compiled.noCredit.size === 0) {
      const given = itemUnitShare[start] ?? Number.NaN;
      share[start] = Number.isNaN(given) ? 1 : given;
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
  return { share, credited };
}

/** Slots of the direct-mapped table of recent adoption keys (a power of two). */
const RECENT = 4096;

function bindAdoptions(
  compiled: CompiledScheme,
  index: RecordIndex,
  governs: (date: number) => boolean,
  soloUnit: Int32Array,
) {
  const n = index.adoption.item.length;
  const outcomes: AdoptionOutcome[] = [];
  // The outcome of each row is only needed until the matched rows are sorted: a borrowed array.
  const outcomeOf = borrowInt32(n).fill(-1);
  const { item: itemOf, date: dateOf, level: levelOf, form: formOf, publication: publicationOf } = index.adoption;
  const { itemCategory, itemRoutes, publications } = index;
  const routeBits = compiled.routeBits;
  const usesCategory = compiled.usesCategory;
  // Per publication (its index), its normalised name; per (publication, level, form, category, routes), the
  // outcome. A record set has a few hundred distinct keys: a direct-mapped table of recent keys answers almost
  // every row with one comparison, the map the rest.
  const normalised: (string | undefined)[] = [];
  const cache = new Map<number, number>();
  const recentKey = new Float64Array(RECENT).fill(-1);
  const recentOutcome = new Int32Array(RECENT);
  // The matched rows are counted per day as they are found: sorting them by date is then one pass.
  const days = dayCounts(index.adoption.firstDay, index.adoption.lastDay);
  for (let i = 0; i < n && compiled.adoptions.length > 0; i++) {
    const item = itemOf[i] ?? -1;
    if (item < 0 || !governs(dateOf[i] ?? 0)) continue;
    const publication = publicationOf[i] ?? 0;
    const level = levelOf[i] ?? NONE;
    const form = formOf[i] ?? NONE;
    const category = usesCategory ? (itemCategory[item] ?? NONE) : NONE;
    const routes = (itemRoutes[item] ?? 0) & routeBits;
    // 21 bits of rule inputs under the publication: exact integers below 2^53.
    const rest = (((level & 7) * 32 + form) * 32 + category) * 256 + routes;
    const key = publication * 2_097_152 + rest;
    const slot = (rest ^ Math.imul(publication, 0x9e3779b1)) & (RECENT - 1);
    let outcome = -1;
    if (recentKey[slot] === key) outcome = recentOutcome[slot] ?? -1;
    else {
      const known = cache.get(key);
      if (known === undefined) {
        let name = normalised[publication];
        if (name === undefined) {
          name = normalizePublication(publications[publication] ?? '');
          normalised[publication] = name;
        }
        outcome = evaluateAdoption(compiled, name, level, form, category, routes, outcomes);
        cache.set(key, outcome);
      } else outcome = known;
      recentKey[slot] = key;
      recentOutcome[slot] = outcome;
    }
    outcomeOf[i] = outcome;
    if (outcome >= 0) countDay(days, dateOf[i] ?? 0);
  }
  const byDate = sortCounted(dateOf, outcomeOf, days);
  const order = byDate.order;
  const kept = order.length;
  // The matched rows' columns in date order, gathered in one pass.
  const item = new Int32Array(kept);
  const outcome = outcomes.length < 65_536 ? new Uint16Array(kept) : new Int32Array(kept);
  const solo = new Int32Array(kept);
  for (let k = 0; k < kept; k++) {
    const row = order[k] ?? 0;
    const it = itemOf[row] ?? 0;
    item[k] = it;
    outcome[k] = outcomeOf[row] ?? 0;
    solo[k] = soloUnit[it] ?? -1;
  }
  const matched = { byDate, item, outcome, solo };
  giveBack(outcomeOf);
  return { outcomes, matched };
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

const NO_ROWS: Paying = {
  byDate: { order: new Int32Array(0), first: 0, dayStart: new Int32Array(1) },
  item: new Int32Array(0),
  solo: new Int32Array(0),
  rule: new Uint8Array(0),
};

const ruleTables = new WeakMap<readonly RouteClause[], Int8Array>();

/** The first rule matching each (level, kind, category) of a route, or -1; built once per compiled list. */
function ruleTable(rules: readonly RouteClause[]): Int8Array {
  let table = ruleTables.get(rules);
  if (table !== undefined) return table;
  table = new Int8Array(8 * 2 * 32).fill(-1);
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
  ruleTables.set(rules, table);
  return table;
}

/**
 * Route rules pay once per item: on the item's earliest route (then the first row) that each rule matches (a
 * route matches its first rule). Rows are visited in date order, so the first row seen for a rule pays.
 */
function bindRoutes(
  rules: readonly RouteClause[],
  index: RecordIndex,
  governed: Uint8Array,
  unadoptedOnly: boolean,
  soloUnit: Int32Array,
): Paying {
  if (rules.length === 0) return NO_ROWS;
  const { item: itemOf, date, level, kind } = index.route;
  const { itemCategory, itemAdopted } = index;
  const table = ruleTable(rules);
  const ruleOf = borrowInt32(date.length);
  const days = dayCounts(index.route.firstDay, index.route.lastDay);
  for (let i = 0; i < date.length; i++) {
    const item = itemOf[i] ?? -1;
    const kindCode = kind[i] ?? NONE;
    if (item < 0 || kindCode > 1 || !governedAt(governed, i) || (unadoptedOnly && itemAdopted[item] === 1)) {
      ruleOf[i] = -1;
      continue;
    }
    const rule = table[(((level[i] ?? NONE) & 7) * 2 + kindCode) * 32 + (itemCategory[item] ?? NONE)] ?? -1;
    ruleOf[i] = rule;
    if (rule >= 0) countDay(days, date[i] ?? 0);
  }
  // The candidates in date order and the rows that pay are work arrays: only the paying rows' columns are kept.
  const sorted = borrowInt32(date.length);
  const candidates = sortCounted(date, ruleOf, days, sorted).order;
  const seen = rules.length <= 8 ? new Uint8Array(index.itemCount) : new Uint32Array(index.itemCount);
  const pays = borrowInt32(candidates.length);
  let n = 0;
  for (let k = 0; k < candidates.length; k++) {
    const row = candidates[k] ?? 0;
    const item = itemOf[row] ?? 0;
    const bit = 1 << (ruleOf[row] ?? 0);
    if (((seen[item] ?? 0) & bit) !== 0) continue;
    seen[item] = (seen[item] ?? 0) | bit;
    if (rules[ruleOf[row] ?? 0]?.points !== 0) pays[n++] = row;
  }
  const order = pays.slice(0, n);
  const rule = new Uint8Array(n);
  for (let k = 0; k < n; k++) rule[k] = ruleOf[order[k] ?? 0] ?? 0;
  giveBack(ruleOf);
  giveBack(sorted);
  giveBack(pays);
  const item = inDateOrder(itemOf, order, new Int32Array(n));
  return {
    byDate: byDateOfSorted(date, order),
    item,
    solo: inDateOrder(soloUnit, item, new Int32Array(n)),
    rule,
  };
}

function bindInstructions(compiled: CompiledScheme, index: RecordIndex, governs: (date: number) => boolean) {
  const rows = index.records.instructions;
  const instructionPoints = new Float64Array(rows.length);
  const instructionRule = new Int16Array(rows.length).fill(-1);
  const instructionNth = new Int32Array(rows.length);
  const result = { instructionPoints, instructionRule, instructionNth };
  if (compiled.instructions.length === 0) return result;
  const {
    item: itemOf,
    date: dateOf,
    rank: rankOf,
    category: categoryOf,
    publication: publicationOf,
  } = index.instruction;
  const publications = index.publications;
  // Per publication (its index; -1 none) and (rank, category): the first matching rule.
  const cache = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    if ((itemOf[i] ?? -1) < 0 || !governs(dateOf[i] ?? 0)) continue;
    const publication = publicationOf[i] ?? -1;
    const rank = rankOf[i] ?? NONE;
    const category = categoryOf[i] ?? NONE;
    const key = (publication + 1) * 1024 + rank * 32 + category;
    let rule = cache.get(key);
    if (rule === undefined) {
      const normalised = publication < 0 ? '' : normalizePublication(publications[publication] ?? '');
      rule = compiled.instructions.findIndex(
        (r) =>
          has(r.ranks, rank) &&
          has(r.leaderCategories, category) &&
          (publication < 0 ? r.publications === null && r.prefixes === null : publicationMatches(r, normalised)),
      );
      cache.set(key, rule);
    }
    instructionRule[i] = rule;
  }
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
  // Matched rows by item, then row: keys item × 2^26 + row sort as numbers (exact below 2^53).
  const itemOf = index.instruction.item;
  let count = 0;
  for (let i = 0; i < rows.length; i++) if ((out.instructionRule[i] ?? -1) >= 0) count++;
  const keys = new Float64Array(count);
  count = 0;
  for (let i = 0; i < rows.length; i++) {
    if ((out.instructionRule[i] ?? -1) >= 0) keys[count++] = (itemOf[i] ?? 0) * 67_108_864 + i;
  }
  keys.sort();
  for (let from = 0; from < keys.length; ) {
    const item = Math.floor((keys[from] ?? 0) / 67_108_864);
    let to = from + 1;
    while (to < keys.length && Math.floor((keys[to] ?? 0) / 67_108_864) === item) to++;
    let list: number[] = [];
    for (let k = from; k < to; k++) list.push((keys[k] ?? 0) - item * 67_108_864);
    from = to;
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
