import { epochNow, type Opening, openingOf, type SavedChoices } from './opening.ts';
import type { RankingEngine } from './rankingEngine.ts';
import type { DataSummary } from './rankingTypes.ts';

/** The engine methods the page may call in the worker. */
export type EngineMethod = Exclude<keyof RankingEngine, 'summary'>;

/** A message from the page to the ranking worker. */
export type RankingRequest =
  | { readonly id: number; readonly op: 'load' }
  | { readonly id: number; readonly op: 'reload' }
  | { readonly id: number; readonly op: 'open' }
  | { readonly id: number; readonly op: 'call'; readonly method: EngineMethod; readonly args: readonly unknown[] };

/** The worker's answer to request `id`: a value, or a Chinese error message. */
export type RankingResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** Where the handler reads the 排名 page's saved choices, and when its thread started (epoch ms). */
export interface HandlerOptions {
  /** Reads the saved choices again, for an `open` after the first (default: nothing saved). */
  readonly readSaved?: () => Promise<SavedChoices>;
  readonly startedAt?: number;
  /** Starts loading at once instead of at the first request (the worker: it exists to be asked). */
  readonly eager?: boolean;
}

/** What the handler loads: an engine, and the saved choices when they were read with the records. */
export interface LoadedRecords {
  readonly engine: RankingEngine;
  readonly saved?: SavedChoices;
}

const NOTHING_SAVED: SavedChoices = { scheme: 'lianyungang', ourUnit: null, own: [] };

/**
 * Answers one request against a lazily loaded engine: `load` loads once (later calls reuse it), `reload`
 * reads the records again (after an import), `open` also ranks the 排名 page's default view (see
 * {@link Opening}), with the saved choices read beside the records the first time. Shared by the worker
 * and the in-process fallback.
 */
export function createRequestHandler(loadEngine: () => Promise<LoadedRecords>, options: HandlerOptions = {}) {
  let engine: Promise<LoadedRecords> | null = null;
  let loadedAt = 0;
  /** The saved choices read with the records, for the first `open` after a load. */
  let savedWithLoad: SavedChoices | undefined;
  const current = () => {
    engine ??= loadEngine().then((loaded) => {
      loadedAt = epochNow();
      savedWithLoad = loaded.saved;
      return loaded;
    });
    return engine;
  };
  const savedNow = () => (options.readSaved ?? (async () => NOTHING_SAVED))();
  const open = async (): Promise<Opening> => {
    const requested = epochNow();
    const loaded = await current();
    const fresh = savedWithLoad;
    savedWithLoad = undefined;
    const saved = fresh ?? (await savedNow());
    const timings = { worker: options.startedAt ?? requested, requested, read: loadedAt };
    return openingOf(loaded.engine, saved, timings);
  };
  if (options.eager) current().catch(() => {});
  return async (request: RankingRequest): Promise<RankingResponse> => {
    try {
      if (request.op === 'reload') engine = null;
      if (request.op === 'open') return { id: request.id, ok: true, value: await open() };
      const loaded = (await current()).engine;
      if (request.op !== 'call') return { id: request.id, ok: true, value: loaded.summary() satisfies DataSummary };
      const method = loaded[request.method] as (...args: readonly unknown[]) => unknown;
      return { id: request.id, ok: true, value: method(...request.args) };
    } catch (error) {
      if (request.op !== 'call') engine = null;
      const message = error instanceof Error ? error.message : String(error);
      return { id: request.id, ok: false, error: `计算排名时出错：${message}` };
    }
  };
}
