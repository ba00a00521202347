import '../settings/withoutEval.ts';
import { type MatchRequest, matchStoredItems } from './matchNoticeRows.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MatchRequest>) => void) | null;
  postMessage(message: unknown): void;
};

// Builds the search index (with its pinyin) and matches the notice off the main thread.
scope.onmessage = (event) => {
  try {
    const { rows, items, records, acceptAt } = event.data;
    scope.postMessage({ type: 'done', rows: matchStoredItems(rows, items, records, acceptAt) });
  } catch (error) {
    scope.postMessage({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
};
