import type { Opening } from './opening.ts';
import type { RankingEngine } from './rankingEngine.ts';
import type {
  EngineMethod,
  HandlerOptions,
  LoadedRecords,
  RankingRequest,
  RankingResponse,
} from './rankingProtocol.ts';
import type { DataSummary } from './rankingTypes.ts';
import { createRankingWorker, takeStartedRankingWorker } from './rankingWorkerStart.ts';

type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

/** The engine's methods as promises, plus loading: how pages reach the ranking worker. */
export interface RankingClient extends Omit<Promised<RankingEngine>, 'summary'> {
  /** Loads the records (once) and summarises them. */
  load(): Promise<DataSummary>;
  /** Reads the records again, after an import or an edit. */
  reload(): Promise<DataSummary>;
  /**
   * Starts computing the 排名 page's first screen (see {@link Opening}) now, for the next {@link open}: the
   * shell calls it when the app opens on that page, before the page's code has arrived.
   */
  warmUp(): void;
  /** The 排名 page's first screen: the one {@link warmUp} started, or computed now. */
  open(): Promise<Opening>;
}

type Send = (request: RankingRequest) => Promise<RankingResponse>;

function clientOver(send: Send): RankingClient {
  let next = 1;
  const ask = async <T>(request: RankingRequest): Promise<T> => {
    const response = await send(request);
    if (!response.ok) throw new Error(response.error);
    return response.value as T;
  };
  const call =
    (method: EngineMethod) =>
    (...args: readonly unknown[]) =>
      ask<never>({ id: next++, op: 'call', method, args });
  let warmed: Promise<Opening> | null = null;
  return {
    load: () => ask({ id: next++, op: 'load' }),
    reload: () => {
      warmed = null;
      return ask({ id: next++, op: 'reload' });
    },
    warmUp: () => {
      warmed ??= ask<Opening>({ id: next++, op: 'open' });
      warmed.catch(() => {});
    },
    open: () => {
      const started = warmed;
      warmed = null;
      return started ?? ask({ id: next++, op: 'open' });
    },
    rank: call('rank'),
    ledger: call('ledger'),
    series: call('series'),
    compare: call('compare'),
    notice: call('notice'),
  };
}

/** A client over a Web Worker running `rankingWorker.ts` (one request at a time, answered in order). */
export function createWorkerRankingClient(worker: Worker): RankingClient {
  const waiting = new Map<number, (response: RankingResponse) => void>();
  worker.onmessage = (event: MessageEvent<RankingResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  return clientOver(
    (request) =>
      new Promise((resolve) => {
        waiting.set(request.id, resolve);
        worker.postMessage(request);
      }),
  );
}

/**
 * A client that runs the engine in this thread (tests, or a browser without module workers). The engine's
 * code is loaded with the first request, so a page that only may need a ranking does not load it.
 */
export function createLocalRankingClient(
  loadEngine: () => Promise<LoadedRecords>,
  options: HandlerOptions = {},
): RankingClient {
  let handler: Promise<Send> | null = null;
  return clientOver(async (request) => {
    handler ??= import('./rankingProtocol.ts').then((m) => m.createRequestHandler(loadEngine, options));
    return (await handler)(request);
  });
}

let shared: RankingClient | null = null;

/**
 * The page's shared client: a module worker where the browser has one (the one the app's first script
 * started, if it did), else the engine in this thread. Created on first use and kept, so the indexed
 * records survive switching pages.
 */
export function rankingClient(): RankingClient {
  if (shared) return shared;
  if (typeof Worker !== 'undefined') {
    shared = createWorkerRankingClient(takeStartedRankingWorker() ?? createRankingWorker());
  } else {
    const fromDb = () => import('./loadEngine.ts');
    shared = createLocalRankingClient(() => fromDb().then((m) => m.loadEngineFromDb()), {
      readSaved: () => fromDb().then((m) => m.readSavedFromDb()),
    });
  }
  return shared;
}

/** Replaces the shared client (tests give one over fixed records). */
export function setRankingClient(client: RankingClient | null): void {
  shared = client;
}
