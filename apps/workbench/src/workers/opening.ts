import type { SchemeRow } from '../data/rows.ts';
import { defaultChoice, periodOf } from '../features/rankings/periodChoice.ts';
import { loadSchemeOptions } from '../features/rankings/schemeChoice.ts';
import { findScheme } from '../features/rankings/schemeOption.ts';
import type { RankingEngine } from './rankingEngine.ts';
import type { DataSummary, RankingView } from './rankingTypes.ts';

/** What the 排名 page shows first, as saved: the scheme setting, our unit and the office's own schemes. */
export interface SavedChoices {
  /** The settings key `scheme` (default `lianyungang`). */
  readonly scheme: string;
  /** The settings key `ourUnit`. */
  readonly ourUnit: string | null;
  /** The office's own schemes, current revisions. */
  readonly own: readonly SchemeRow[];
}

/**
 * The 排名 page's first screen, computed in the worker as soon as it starts: the records' summary and the
 * ranking of the default period (the month of the latest record) under the saved scheme for our saved unit.
 * The page checks these choices against its own reading of the settings before showing `view`.
 */
export interface Opening {
  readonly summary: DataSummary;
  /** The scheme option ranked (`preset:<id>` or `own:<id>`) and its cache key. */
  readonly scheme: string;
  readonly schemeKey: string;
  readonly ourUnit: string | null;
  /** The ranking of the default period in our unit's group; null when there are no records. */
  readonly view: RankingView | null;
  /** When the worker reached each step (epoch ms: `performance.timeOrigin + performance.now()`). */
  readonly timings: Readonly<Record<string, number>>;
}

/** Epoch milliseconds, comparable between the page and the worker. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Today as an ISO date (UTC), as the page picks its default period. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Ranks the default period under `saved` choices; `timings` gets `ranked`. */
export async function openingOf(
  engine: RankingEngine,
  saved: SavedChoices,
  timings: Record<string, number>,
): Promise<Opening> {
  const summary = engine.summary();
  const option = findScheme(await loadSchemeOptions(saved.own), saved.scheme);
  const empty = summary.records === 0 && summary.items === 0;
  const period = periodOf(defaultChoice(summary.lastDate, todayIso()));
  const view = empty ? null : engine.rank(option.ref, period, undefined, saved.ourUnit ?? undefined);
  timings.ranked = epochNow();
  return { summary, scheme: option.value, schemeKey: option.ref.key, ourUnit: saved.ourUnit, view, timings };
}
