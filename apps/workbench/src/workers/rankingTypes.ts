import type { Scheme } from '@caibian/core';
import type { Period } from '@caibian/stats';

/** A period as `@caibian/stats` builds it: kind, both ends and the Chinese label a notice prints. */
export type PeriodRef = Period;

/** A scheme as the page hands it to the worker: a cache key (stable for the same content) and the scheme. */
export interface SchemeRef {
  /** `preset:lianyungang`, `own:<id>:<revision>` or `draft:<hash>`; equal keys must mean equal schemes. */
  readonly key: string;
  readonly scheme: Scheme;
}

/** One row of a ranking table, with the change against the previous period of the same kind. */
export interface RankRow {
  readonly unitId: string;
  readonly name: string;
  readonly group: string;
  readonly rank: number;
  /** What ranks (null: nothing to average under an averaging scheme). */
  readonly score: number | null;
  readonly total: number;
  readonly scoredItems: number;
  readonly disqualified: boolean;
  /** Rank in the previous period (null when there is none). */
  readonly previousRank: number | null;
  /** Places gained since the previous period (positive = up), null when there is no previous period. */
  readonly rankChange: number | null;
  /** Score change since the previous period, null when either is null. */
  readonly scoreChange: number | null;
}

/** A ranking of one group for one period under one scheme. */
export interface RankingView {
  readonly period: PeriodRef;
  readonly schemeName: string;
  readonly groups: readonly string[];
  readonly group: string;
  readonly rows: readonly RankRow[];
  /** Our unit's row, when our unit is ranked in this group. */
  readonly ours: RankRow | null;
}

/** What the loaded records hold: sizes, the span of dates and the ranked units (for pickers). */
export interface DataSummary {
  readonly items: number;
  readonly records: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly units: readonly { readonly id: string; readonly name: string; readonly group: string }[];
  /** Milliseconds spent loading from IndexedDB (0 when the records were given). */
  readonly loadMs: number;
}

/** One ledger line as the drill-down shows it. */
export interface LedgerLine {
  readonly date: string;
  /** 采用, 报送, 批示, 扣分 or 基础分. */
  readonly kind: string;
  readonly itemId: string;
  readonly title: string;
  /** What the record says: 省·信息简报·单条, 报送 省（转报）, 批示 市·主要领导… */
  readonly detail: string;
  readonly clause: string;
  readonly points: number;
  readonly note: string;
  /** The unit the record names, when it rolled up into this one. */
  readonly sourceUnit: string;
}

/** A unit's ledger for a period: its lines and their sum. */
export interface LedgerView {
  readonly unitId: string;
  readonly name: string;
  readonly period: PeriodRef;
  readonly lines: readonly LedgerLine[];
  readonly total: number;
}

/** A label and a number, ready for a bar chart and its table. */
export interface Datum {
  readonly label: string;
  readonly value: number;
}

/** Our unit's figures per month of a year. */
export interface MonthFigure {
  readonly month: string;
  /** Rank in our group that month (null before data exists). */
  readonly rank: number | null;
  readonly score: number | null;
  readonly submitted: number;
  readonly adopted: number;
  /** Adopted ÷ submitted, in percent, one decimal; null when nothing was submitted. */
  readonly rate: number | null;
}

/** A target and where we stand against it. */
export interface TargetFigure {
  readonly label: string;
  readonly actual: number;
  readonly target: number;
  /** Actual ÷ target in percent, one decimal. */
  readonly percent: number;
}

/** Yearly targets of our unit (settings key `rankings.targets`). */
export interface Targets {
  readonly submitted: number;
  readonly adopted: number;
  readonly score: number;
}

/** Everything the charts of our unit need. */
export interface UnitSeries {
  readonly unitId: string;
  readonly name: string;
  readonly year: number;
  readonly months: readonly MonthFigure[];
  readonly byLevel: readonly Datum[];
  readonly byPublication: readonly Datum[];
  readonly targets: readonly TargetFigure[];
}

/** One row of the what-if comparison. */
export interface CompareRow {
  readonly unitId: string;
  readonly name: string;
  readonly rankA: number;
  readonly scoreA: number | null;
  readonly rankB: number;
  readonly scoreB: number | null;
  /** Places gained under scheme B (positive = up); 0 when unchanged. */
  readonly change: number;
}

/** The same records under two schemes. */
export interface CompareView {
  readonly period: PeriodRef;
  readonly group: string;
  readonly nameA: string;
  readonly nameB: string;
  readonly rows: readonly CompareRow[];
  /** How many units change rank. */
  readonly changed: number;
}

/** Every group's ranking for the notice (通报). */
export interface NoticeData {
  readonly period: PeriodRef;
  readonly schemeName: string;
  readonly groups: readonly { readonly group: string; readonly rows: readonly RankRow[] }[];
}
