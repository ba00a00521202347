import {
  ADOPTION_FORMS,
  ATTACHMENT_KINDS,
  CATEGORIES,
  LEADER_CATEGORIES,
  LEADER_RANKS,
  LEVELS,
  PENALTY_KINDS,
  ROUTE_KINDS,
} from '../model/vocabulary.ts';

/** Code of a missing optional value (no form, no category): only an absent filter (mask {@link ALL}) matches it. */
export const NONE = 31;
/** A mask matching every code, including {@link NONE}. */
export const ALL = -1;

const codeTable = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const LEVEL = codeTable(LEVELS);
const RANK = codeTable(LEADER_RANKS);
const ROUTE_KIND = codeTable(ROUTE_KINDS);
const CATEGORY = codeTable(CATEGORIES);
const FORM = codeTable(ADOPTION_FORMS);
const LEADER_CATEGORY = codeTable(LEADER_CATEGORIES);
const ATTACHMENT = codeTable(ATTACHMENT_KINDS);
const PENALTY = codeTable(PENALTY_KINDS);

const code = (table: ReadonlyMap<string, number>, value: string | undefined) =>
  value === undefined ? NONE : (table.get(value) ?? NONE);

/** Numeric codes of vocabulary values, used as bit positions in masks. */
export const codes = {
  level: (v: string | undefined) => code(LEVEL, v),
  rank: (v: string | undefined) => code(RANK, v),
  routeKind: (v: string | undefined) => code(ROUTE_KIND, v),
  category: (v: string | undefined) => code(CATEGORY, v),
  form: (v: string | undefined) => code(FORM, v),
  leaderCategory: (v: string | undefined) => code(LEADER_CATEGORY, v),
  attachment: (v: string | undefined) => code(ATTACHMENT, v),
  penalty: (v: string | undefined) => code(PENALTY, v),
};

/** The mask of `values` by `toCode`; {@link ALL} when the filter is absent. */
export function maskOf(values: readonly string[] | undefined, toCode: (v: string) => number): number {
  if (values === undefined) return ALL;
  let mask = 0;
  for (const v of values) mask |= 1 << toCode(v);
  return mask;
}

/** True when `mask` holds `code`. */
export const has = (mask: number, code: number): boolean => ((mask >>> code) & 1) === 1;

/** The bit of an item's route mask for a route at `level` by `kind` (codes). */
export const routeBit = (level: number, kind: number): number => 1 << (level * 2 + kind);

/** A date `YYYY-MM-DD` as the number YYYYMMDD, without allocating (no closure: it runs once per row). */
export function dateNumber(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}
