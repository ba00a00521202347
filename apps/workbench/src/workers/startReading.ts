import { type RankingInputs, readRankingInputs } from '../data/readRankingInputs.ts';
import type { SavedChoices } from './opening.ts';

/** The settings keys of the 排名 page's saved choices, read beside the records. */
export const SAVED_KEYS: readonly string[] = ['scheme', 'ourUnit'];

/** A read of the records and saved choices under way, and when it started (`performance.now()`). */
export interface Reading {
  readonly inputs: Promise<RankingInputs>;
  readonly startedAt: number;
}

/**
 * Starts reading every record and the saved choices (`readRankingInputs`). Light on purpose: the worker
 * starts this before the engine's code has loaded.
 */
export function startReading(): Reading {
  const startedAt = performance.now();
  const inputs = readRankingInputs({ settings: SAVED_KEYS });
  inputs.catch(() => {});
  return { inputs, startedAt };
}

/** The saved choices among the settings read (defaults for those never set). */
export function savedOf(settings: Readonly<Record<string, unknown>>, own: SavedChoices['own']): SavedChoices {
  return {
    scheme: typeof settings.scheme === 'string' ? settings.scheme : 'lianyungang',
    ourUnit: typeof settings.ourUnit === 'string' ? settings.ourUnit : null,
    own,
  };
}
