import { pathOfHash } from '../app/pathOfHash.ts';
import { warmDatabase } from '../data/warmDatabase.ts';

/**
 * Creating the ranking worker, as early as possible: on an address whose page shows a ranking at once, the
 * app's first script (`boot.ts`) creates it before React and antd have downloaded, so the worker reads the
 * records (about a second at issue 7's scale) while the page's code loads; the page's client then takes it
 * over ({@link takeStartedRankingWorker}). Only tiny modules are imported here, to keep the first script so.
 */

/** Paths whose page asks for a ranking as soon as it shows (the 排名 page). */
const EARLY_PATHS: ReadonlySet<string> = new Set(['/rankings']);

let started: Worker | null = null;

/** A new ranking worker (`rankingWorker.ts`, a module worker); it starts reading the records at once. */
export function createRankingWorker(): Worker {
  return new Worker(new URL('./rankingWorker.ts', import.meta.url), { type: 'module', name: '排名计算' });
}

/**
 * Starts the ranking worker when the page at `hash` needs it at once and the browser has module workers;
 * true when it did. Called once, by the first script.
 */
export function startRankingWorkerFor(hash: string): boolean {
  if (started || !EARLY_PATHS.has(pathOfHash(hash)) || typeof Worker === 'undefined') return false;
  // The database's storage loads while the worker's code does (see warmDatabase).
  warmDatabase();
  try {
    started = createRankingWorker();
  } catch {
    return false;
  }
  performance.mark('rankings:worker-created');
  return true;
}

/** The worker {@link startRankingWorkerFor} started, once (later calls give null). */
export function takeStartedRankingWorker(): Worker | null {
  const worker = started;
  started = null;
  return worker;
}
