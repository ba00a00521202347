import type { Item, ItemId, RecordSet } from '@caibian/core';
import { matchNotice, type NoticeMatch, SearchIndex, searchDocFromItem } from '@caibian/core/search';
import type { NoticeSheetRow } from './noticeRows.ts';

/** A notice row with the matcher's answer and the items pre-selected for it (the auto-accepted ones). */
export interface MatchedRow {
  row: NoticeSheetRow;
  match: NoticeMatch;
  selected: ItemId[];
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
