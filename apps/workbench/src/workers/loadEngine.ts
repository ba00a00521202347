import { readRankingInputs } from '../data/readRankingInputs.ts';
import type { SavedChoices } from './opening.ts';
import { createRankingEngine, type RankingEngine } from './rankingEngine.ts';
import { type Reading, SAVED_KEYS, savedOf, startReading } from './startReading.ts';

/** An engine over the stored records, and the 排名 page's saved choices read in the same transaction. */
export interface LoadedEngine {
  readonly engine: RankingEngine;
  readonly saved: SavedChoices;
}

/**
 * An engine over every stored record, with the saved choices: from `reading` when one was started earlier
 * (the worker starts it before this code has loaded), else read now (one read-only transaction, about a
 * second at 450k records).
 */
export async function loadEngineFromDb(reading: Reading = startReading()): Promise<LoadedEngine> {
  const inputs = await reading.inputs;
  return {
    engine: createRankingEngine(inputs.records, performance.now() - reading.startedAt),
    saved: savedOf(inputs.settings, inputs.schemes),
  };
}

/** The 排名 page's saved choices (scheme, our unit, the office's own schemes), read again. */
export async function readSavedFromDb(): Promise<SavedChoices> {
  const inputs = await readRankingInputs({ settings: SAVED_KEYS, records: false });
  return savedOf(inputs.settings, inputs.schemes);
}
