import type { ParseOutcome, ParsePhase, ParseRequest } from './parseWorkbook.ts';
import type { WorkerReply } from './parseWorker.ts';

/**
 * Parses a records workbook in a Web Worker (the page stays responsive while a large file is read),
 * reporting phases for the progress bar. Where workers are unavailable (tests), parses on this thread.
 */
export async function parseInBackground(
  request: ParseRequest,
  onPhase: (phase: ParsePhase) => void = () => {},
): Promise<ParseOutcome> {
  if (typeof Worker === 'undefined') {
    const { parseWorkbook } = await import('./parseWorkbook.ts');
    return parseWorkbook(request, onPhase);
  }
  const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: '登记簿解析' });
  try {
    return await new Promise<ParseOutcome>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'phase') onPhase(reply.phase);
        else if (reply.type === 'done') resolve(reply.outcome);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || '解析文件时出错'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
