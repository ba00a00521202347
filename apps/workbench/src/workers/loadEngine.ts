import { readRankingInputs } from '../data/readRankingInputs.ts';
import type { SavedChoices } from './opening.ts';
import { createRankingEngine, type RankingEngine } from './rankingEngine.ts';

/** An engine over the stored records, and the 排名 page's saved choices read in the same transaction. */
export interface LoadedEngine {
  readonly engine: RankingEngine;
  readonly saved: SavedChoices;
}

const SAVED_KEYS = ['scheme', 'ourUnit'];

function savedOf(settings: Readonly<Record<string, unknown>>, own: SavedChoices['own']): SavedChoices {
  return {
    scheme: typeof settings.scheme === 'string' ? settings.scheme : 'lianyungang',
    ourUnit: typeof settings.ourUnit === 'string' ? settings.ourUnit : null,
    own,
  };
}

/**
 * Reads every record and the saved choices (`readRankingInputs`, one read-only transaction: about a second
 * at 450k records) and builds an engine over them.
 */
export async function loadEngineFromDb(): Promise<LoadedEngine> {
  const started = performance.now();
  const inputs = await readRankingInputs({ settings: SAVED_KEYS });
  return {
    engine: createRankingEngine(inputs.records, performance.now() - started),
    saved: savedOf(inputs.settings, inputs.schemes),
  };
}

/** The 排名 page's saved choices (scheme, our unit, the office's own schemes), read again. */
export async function readSavedFromDb(): Promise<SavedChoices> {
  const inputs = await readRankingInputs({ settings: SAVED_KEYS, records: false });
  return savedOf(inputs.settings, inputs.schemes);
}
