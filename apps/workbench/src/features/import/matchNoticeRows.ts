import type { Item, ItemId, RecordSet } from '@caibian/core';
import { matchNotice, type NoticeMatch, SearchIndex, searchDocFromItem } from '@caibian/core/search';
import type { NoticeSheetRow } from './noticeRows.ts';

/** A notice row with the matcher's answer and the items pre-selected for it (the auto-accepted ones). */
export interface MatchedRow {
  row: NoticeSheetRow;
  match: NoticeMatch;
  selected: ItemId[];
}

/** What the notice worker is given: the rows, the stored items and the units and routes they name. */
export interface MatchRequest {
  rows: NoticeSheetRow[];
  items: Item[];
  records: Pick<RecordSet, 'units' | 'routes'>;
  acceptAt?: number;
}

/**
 * {@link matchStoredItems} in a Web Worker, so that indexing many items (pinyin included) never freezes the
 * page; on this thread where workers are unavailable (tests).
 */
export async function matchInBackground(request: MatchRequest): Promise<MatchedRow[]> {
  if (typeof Worker === 'undefined') {
    return matchStoredItems(request.rows, request.items, request.records, request.acceptAt);
  }
  const worker = new Worker(new URL('./noticeWorker.ts', import.meta.url), { type: 'module', name: '通报匹配' });
  try {
    return await new Promise<MatchedRow[]>((resolve, reject) => {
      worker.onmessage = (
        event: MessageEvent<{ type: 'done'; rows: MatchedRow[] } | { type: 'crash'; message: string }>,
      ) => (event.data.type === 'done' ? resolve(event.data.rows) : reject(new Error(event.data.message)));
      worker.onerror = (event) => reject(new Error(event.message || '匹配通报时出错'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * Matches each notice row to the stored items with the notice matcher (`matchNotice` of
 * `@caibian/core/search`): items are indexed with their bodies, unit names and first submission date.
 * Rows the matcher accepts (`matches`) come pre-selected; the others wait for the user's choice.
 *
 * @example
 * const rows = matchStoredItems(notice.rows, items, await records.loadRecordSet());
 */
export function matchStoredItems(
  rows: readonly NoticeSheetRow[],
  items: readonly Item[],
  records: Pick<RecordSet, 'units' | 'routes'>,
  acceptAt?: number,
): MatchedRow[] {
  const names = new Map(records.units.map((u) => [u.id as string, u.name]));
  const firstRoute = new Map<string, string>();
  for (const route of records.routes) {
    const seen = firstRoute.get(route.itemId);
    if (!seen || route.date < seen) firstRoute.set(route.itemId, route.date);
  }
  const index = SearchIndex.build(
    items.map((item) =>
      searchDocFromItem(item, {
        unitName: (id) => names.get(id) ?? id,
        date: (firstRoute.get(item.id) ?? item.signed ?? item.drafted) as Item['signed'],
      }),
    ),
  );
  const matches = matchNotice(
    index,
    rows.map((r) => ({ title: r.title, units: r.units, date: r.date })),
    acceptAt === undefined ? {} : { acceptAt },
  );
  return rows.map((row, i) => {
    const match = matches[i] as NoticeMatch;
    return { row, match, selected: [...match.matches] };
  });
}
