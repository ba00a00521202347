import '../settings/withoutEval.ts';
import { type ParseRequest, parseWorkbook } from './parseWorkbook.ts';

/** Messages the worker sends back: phases while it works, then the outcome (or a crash). */
export type WorkerReply =
  | { type: 'phase'; phase: import('./parseWorkbook.ts').ParsePhase }
  | { type: 'done'; outcome: import('./parseWorkbook.ts').ParseOutcome }
  | { type: 'crash'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

// Parses a records workbook off the main thread, so the page stays responsive on large files.
scope.onmessage = async (event) => {
  try {
    const outcome = await parseWorkbook(event.data, (phase) => scope.postMessage({ type: 'phase', phase }));
    scope.postMessage({ type: 'done', outcome });
  } catch (error) {
    scope.postMessage({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
  }
};
