import { CaibianDb } from '../data/db.ts';
import { createRecordsRepository } from '../data/recordsRepository.ts';
import { createSchemesRepository } from '../data/schemesRepository.ts';
import { createSettingsRepository } from '../data/settingsRepository.ts';
import type { SavedChoices } from './opening.ts';
import { createRankingEngine, type RankingEngine } from './rankingEngine.ts';

/**
 * Opens the workbench database, reads every record with `records.loadRecordSet()` (segments, about a second
 * at 450k records) and builds an engine over them; the connection is closed again.
 */
export async function loadEngineFromDb(): Promise<RankingEngine> {
  const started = performance.now();
  const db = new CaibianDb();
  try {
    const records = await createRecordsRepository(db).loadRecordSet();
    return createRankingEngine(records, performance.now() - started);
  } finally {
    db.close();
  }
}

/** The 排名 page's saved choices (scheme, our unit, the office's own schemes), read beside the records. */
export async function readSavedFromDb(): Promise<SavedChoices> {
  const db = new CaibianDb();
  try {
    const settings = createSettingsRepository(db);
    const [scheme, ourUnit, own] = await Promise.all([
      settings.get<string>('scheme', 'lianyungang'),
      settings.get<string | null>('ourUnit', null),
      createSchemesRepository(db).list(),
    ]);
    return { scheme, ourUnit, own };
  } finally {
    db.close();
  }
}
