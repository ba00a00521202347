/// <reference lib="webworker" />
import { loadEngineFromDb, readSavedFromDb } from './loadEngine.ts';
import { epochNow } from './opening.ts';
import { createRequestHandler, type RankingRequest } from './rankingProtocol.ts';

/**
 * The ranking worker: opens IndexedDB itself, loads and indexes the records once, then answers the page's
 * ranking, ledger, series, comparison and notice requests, so the page never freezes while scoring. The
 * 排名 page's `open` request (sent when the worker is created) is answered with its first ranking.
 */
const startedAt = epochNow();
const handle = createRequestHandler(loadEngineFromDb, { readSaved: readSavedFromDb, startedAt });
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<RankingRequest>) => {
  scope.postMessage(await handle(event.data));
};
