import { CaibianDb } from '../data/db.ts';
import { createRecordsRepository } from '../data/recordsRepository.ts';
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
