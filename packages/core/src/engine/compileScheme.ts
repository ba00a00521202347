import type { IsoDate } from '../model/date.ts';
import { normalizePublication } from '../scheme/normalizePublication.ts';
import type { Amount, RouteCondition, Scheme } from '../scheme/schemeSchema.ts';
import { ALL, codes, dateNumber, maskOf, routeBit } from './codes.ts';

/** A clause of a scheme, as a ledger entry names it. */
export interface Clause {
  readonly id: string;
  readonly label: string;
}

/** Parameter overrides: a value by parameter name, for every group. */
export type ParameterValues = Readonly<Record<string, number>>;
/** Parameter overrides per group: group name → parameter name → value. */
export type GroupParameterValues = Readonly<Record<string, ParameterValues>>;

interface Matcher {
  readonly levels: number;
  readonly forms: number;
  readonly categories: number;
  readonly publications: ReadonlySet<string> | null;
  readonly prefixes: readonly string[] | null;
  /** Every entry is a route-mask that must intersect the item's routes. */
  readonly routes: readonly number[];
}

/** A compiled adoption rule. */
export interface AdoptionClause extends Matcher, Clause {
  readonly points: number;
  readonly each: boolean;
}
/** A compiled multiplier. */
export interface MultiplierClause extends Clause {
  readonly factor: number;
  readonly levels: number;
  readonly categories: number;
  readonly rules: ReadonlySet<number> | null;
  readonly routes: readonly number[];
}
/** A compiled route rule. */
export interface RouteClause extends Clause {
  readonly levels: number;
  readonly kinds: number;
  readonly categories: number;
  readonly points: number;
}
/** A compiled instruction rule. */
export interface InstructionClause extends Clause {
  readonly ranks: number;
  readonly leaderCategories: number;
  readonly publications: ReadonlySet<string> | null;
  readonly prefixes: readonly string[] | null;
  readonly points: number;
  readonly further: number;
  readonly series: number;
}
/** A compiled quota rule; amounts depend on the unit's group. */
export interface QuotaClause extends Clause {
  readonly window: 'period' | 'month' | 'quarter' | 'year';
  readonly levels: number;
  readonly kinds: number;
  readonly categories: number;
  readonly tiers: (group: string) => readonly { readonly min: number; readonly points: number }[];
  readonly capPerWindow: (group: string) => number;
  readonly capPerYear: (group: string) => number;
}
/** A compiled penalty rule. */
export interface PenaltyClause extends Clause {
  readonly type: 'fixed' | 'every' | 'itemPercent';
  readonly kinds: number;
  readonly points: number;
  readonly every: number;
  readonly percent: number;
  readonly disqualify: boolean;
}
/** A compiled tie-break. */
export interface TieBreakClause extends Clause {
  readonly type: 'adoptionCount' | 'scoredItems';
  readonly rules: ReadonlySet<number> | null;
  readonly levels: number;
}

/** A scheme turned into lookup structures, with its parameters resolved. Built once, used for every period. */
export interface CompiledScheme {
  readonly scheme: Scheme;
  /** Effective range as YYYYMMDD numbers (open ends are 0 and 99999999). */
  readonly from: number;
  readonly to: number;
  readonly combineMax: boolean;
  readonly jointEach: boolean;
  readonly noCredit: ReadonlySet<string>;
  readonly adoptions: readonly AdoptionClause[];
  readonly multipliers: readonly MultiplierClause[];
  readonly routes: readonly RouteClause[];
  readonly unadopted: readonly RouteClause[];
  readonly instructions: readonly InstructionClause[];
  readonly seriesCount: number;
  readonly instructionsScoredOnly: boolean;
  readonly attachments: readonly (Clause & { readonly kinds: number; readonly points: number })[];
  readonly quotas: readonly QuotaClause[];
  readonly penalties: readonly PenaltyClause[];
  readonly average: boolean;
  /** Adoption rule indexes that make an item a scored item. */
  readonly scoredRules: ReadonlySet<number> | null;
  readonly rollUp: boolean;
  readonly tieBreaks: readonly TieBreakClause[];
  /** Route-mask bits that any adoption rule or multiplier looks at. */
  readonly routeBits: number;
  /** True when an adoption rule or multiplier looks at the item's category. */
  readonly usesCategory: boolean;
}

/** Options of {@link compileScheme}. */
export interface CompileOptions {
  /** Parameter overrides for every group. */
  readonly parameters?: ParameterValues;
  /** Parameter overrides per group (quota clauses only). */
  readonly groupParameters?: GroupParameterValues;
}

/**
 * Compiles a validated scheme into lookup structures, resolving parameters (scheme defaults, then
 * `options.parameters`, then per group for quotas: the scheme's groups, then `options.groupParameters`).
 *
 * @example
 * const compiled = compileScheme(getPreset('quzhou'), { parameters: { provinceBase: 12 } });
 */
export function compileScheme(scheme: Scheme, options: CompileOptions = {}): CompiledScheme {
  const base: Record<string, number> = {};
  for (const [name, p] of Object.entries(scheme.parameters ?? {})) base[name] = p.value;
  Object.assign(base, options.parameters);
  const amount = (a: Amount | undefined, fallback = 0): number =>
    a === undefined ? fallback : typeof a === 'number' ? a : (base[a.param] ?? 0);
  const groupValues = new Map<string, Record<string, number>>();
  for (const g of scheme.groups ?? []) groupValues.set(g.name, { ...base, ...g.parameters });
  for (const [name, values] of Object.entries(options.groupParameters ?? {})) {
    groupValues.set(name, { ...(groupValues.get(name) ?? base), ...values });
  }
  const groupAmount = (a: Amount | undefined, group: string, fallback: number): number =>
    a === undefined ? fallback : typeof a === 'number' ? a : ((groupValues.get(group) ?? base)[a.param] ?? 0);

  const pubs = (list: readonly string[] | undefined) => (list ? new Set(list.map(normalizePublication)) : null);
  const prefixes = (list: readonly string[] | undefined) => (list ? list.map(normalizePublication) : null);
  const routeMasks = (conditions: readonly RouteCondition[] | undefined) =>
    (conditions ?? []).map((c) => {
      const level = codes.level(c.level);
      return (c.kinds ?? ['直报', '转报']).reduce((m, k) => m | routeBit(level, codes.routeKind(k)), 0);
    });
  const adoptionRules = scheme.adoptions?.rules ?? [];
  const ruleIndex = new Map(adoptionRules.map((r, i) => [r.id, i]));
  const ruleSet = (ids: readonly string[] | undefined) =>
    ids ? new Set(ids.map((id) => ruleIndex.get(id) ?? -1)) : null;
  const jointEach = scheme.joint?.credit === 'each';

  const adoptions = adoptionRules.map((r) => ({
    id: r.id,
    label: r.label,
    levels: maskOf(r.levels, codes.level),
    forms: maskOf(r.forms, codes.form),
    categories: maskOf(r.categories, codes.category),
    publications: pubs(r.publications),
    prefixes: prefixes(r.publicationPrefixes),
    routes: routeMasks(r.requireRoutes),
    points: amount(r.points),
    each: r.credit === undefined ? jointEach : r.credit === 'each',
  }));
  const multipliers = (scheme.adoptions?.multipliers ?? []).map((m) => ({
    id: m.id,
    label: m.label,
    factor: amount(m.factor, 1),
    levels: maskOf(m.levels, codes.level),
    categories: maskOf(m.categories, codes.category),
    rules: ruleSet(m.rules),
    routes: routeMasks(m.requireRoutes),
  }));
  const routeRule = (r: NonNullable<Scheme['routes']>[number]): RouteClause => ({
    id: r.id,
    label: r.label,
    levels: maskOf(r.levels, codes.level),
    kinds: maskOf(r.kinds, codes.routeKind),
    categories: maskOf(r.categories, codes.category),
    points: amount(r.points),
  });
  const series = new Map<string, number>();
  const instructions = (scheme.instructions?.rules ?? []).map((r) => {
    const key = r.series ?? r.id;
    if (!series.has(key)) series.set(key, series.size);
    return {
      id: r.id,
      label: r.label,
      ranks: maskOf(r.ranks, codes.rank),
      leaderCategories: maskOf(r.leaderCategories, codes.leaderCategory),
      publications: pubs(r.publications),
      prefixes: prefixes(r.publicationPrefixes),
      points: amount(r.points),
      further: amount(r.further),
      series: series.get(key) ?? 0,
    };
  });
  const quotas = (scheme.quotas ?? []).map((q) => ({
    id: q.id,
    label: q.label,
    window: q.window,
    levels: maskOf(q.levels, codes.level),
    kinds: maskOf(q.kinds, codes.routeKind),
    categories: maskOf(q.categories, codes.category),
    tiers: (group: string) =>
      q.tiers.map((t) => ({ min: groupAmount(t.min, group, 0), points: groupAmount(t.points, group, 0) })),
    capPerWindow: (group: string) => groupAmount(q.capPerWindow, group, Number.POSITIVE_INFINITY),
    capPerYear: (group: string) => groupAmount(q.capPerYear, group, Number.POSITIVE_INFINITY),
  }));
  const penalties = (scheme.penalties ?? []).map((p) => ({
    id: p.id,
    label: p.label,
    type: p.type,
    kinds: maskOf(p.kinds, codes.penalty),
    points: p.type === 'itemPercent' ? 0 : amount(p.points),
    every: p.type === 'every' ? p.every : 1,
    percent: p.type === 'itemPercent' ? p.percent : 0,
    disqualify: p.disqualify === true,
  }));
  const tieBreaks = (scheme.tieBreaks ?? []).map((t) => ({
    id: t.id,
    label: t.label,
    type: t.type,
    rules: t.type === 'adoptionCount' ? ruleSet(t.rules) : null,
    levels: t.type === 'adoptionCount' ? maskOf(t.levels, codes.level) : ALL,
  }));
  const routeBits = [...adoptions, ...multipliers].reduce((bits, r) => r.routes.reduce((b, m) => b | m, bits), 0);
  const usesCategory = [...adoptions, ...multipliers].some((r) => r.categories !== ALL);
  const effective = scheme.effective ?? {};
  return {
    scheme,
    from: effective.from === undefined ? 0 : dateNumber(effective.from as IsoDate),
    to: effective.to === undefined ? 99_999_999 : dateNumber(effective.to as IsoDate),
    combineMax: scheme.adoptions?.combine === 'max',
    jointEach,
    noCredit: new Set(scheme.joint?.noCredit ?? []),
    adoptions,
    multipliers,
    routes: (scheme.routes ?? []).map(routeRule),
    unadopted: (scheme.unadopted ?? []).map(routeRule),
    instructions,
    seriesCount: series.size,
    instructionsScoredOnly: scheme.instructions?.scoredOnly === true,
    attachments: (scheme.attachments?.rules ?? []).map((r) => ({
      id: r.id,
      label: r.label,
      kinds: maskOf(r.kinds, codes.attachment),
      points: amount(r.points),
    })),
    quotas,
    penalties,
    average: scheme.aggregation?.method === 'average',
    scoredRules: ruleSet(scheme.aggregation?.scoredItems?.rules),
    rollUp: scheme.rollUp !== false,
    tieBreaks,
    routeBits,
    usesCategory,
  };
}

/** True when a normalised publication name passes a rule's publication filters. */
export function publicationMatches(
  rule: { readonly publications: ReadonlySet<string> | null; readonly prefixes: readonly string[] | null },
  normalised: string,
): boolean {
  if (rule.publications === null && rule.prefixes === null) return true;
  if (rule.publications?.has(normalised)) return true;
  return rule.prefixes?.some((p) => normalised.startsWith(p)) ?? false;
}
