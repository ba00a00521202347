/// <reference lib="webworker" />
import { loadEngineFromDb } from './loadEngine.ts';
import { createRequestHandler, type RankingRequest } from './rankingProtocol.ts';

/**
 * The ranking worker: opens IndexedDB itself, loads and indexes the records once, then answers the page's
 * ranking, ledger, series, comparison and notice requests, so the page never freezes while scoring.
 */
const handle = createRequestHandler(loadEngineFromDb);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<RankingRequest>) => {
  scope.postMessage(await handle(event.data));
};
