/// <reference lib="webworker" />
import { loadEngineFromDb, readSavedFromDb } from './loadEngine.ts';
import { epochNow } from './opening.ts';
import { createRequestHandler, type RankingRequest } from './rankingProtocol.ts';

/**
 * The ranking worker: reads IndexedDB itself as soon as it starts (before any request: it is created to be
 * asked), indexes the records once, then answers the page's ranking, ledger, series, comparison and notice
 * requests, so the page never freezes while scoring. The 排名 page's `open` request is answered with its
 * first ranking.
 */
const startedAt = epochNow();
const handle = createRequestHandler(loadEngineFromDb, { readSaved: readSavedFromDb, startedAt, eager: true });
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<RankingRequest>) => {
  scope.postMessage(await handle(event.data));
};
