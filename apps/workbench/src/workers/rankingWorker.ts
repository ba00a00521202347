/// <reference lib="webworker" />
import type { RankingRequest, RankingResponse } from './rankingProtocol.ts';
import { type Reading, startReading } from './startReading.ts';

/**
 * The ranking worker: reads IndexedDB itself as soon as it starts (before any request: it is created to be
 * asked, and before the engine's code has loaded, which comes meanwhile), indexes the records once, then
 * answers the page's ranking, ledger, series, comparison and notice requests, so the page never freezes
 * while scoring. The 排名 page's `open` request is answered with its first ranking.
 */
const startedAt = performance.timeOrigin + performance.now();
let first: Reading | undefined = startReading();
const handling = Promise.all([import('./loadEngine.ts'), import('./rankingProtocol.ts')]).then(
  ([{ loadEngineFromDb, readSavedFromDb }, { createRequestHandler }]) =>
    createRequestHandler(
      () => {
        const reading = first;
        first = undefined;
        return loadEngineFromDb(reading);
      },
      { readSaved: readSavedFromDb, startedAt, eager: true },
    ),
);
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<RankingRequest>) => {
  let response: RankingResponse;
  try {
    response = await (await handling)(event.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { id: event.data.id, ok: false, error: `计算排名时出错：${message}` };
  }
  scope.postMessage(response);
};
