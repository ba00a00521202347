import type { Category, ItemId, Level, Route, UnitId } from '@caibian/core';
import type { MatchSpan, SearchIndex } from '@caibian/core/search';
import type { ItemFilter, ItemsRepository } from '../../data/itemsRepository.ts';
import type { ItemRow, ItemStatus } from '../../data/rows.ts';

/** What the 稿件 list is asked for: a search text and filters; every given one must match. */
export interface ItemCriteria {
  readonly query?: string;
  readonly status?: ItemStatus;
  readonly category?: Category;
  readonly unitId?: UnitId;
  /** Items with a route (报送) at this level. */
  readonly level?: Level;
  /** Inclusive `YYYY-MM-DD` bounds on the item's date (signed, else drafted). */
  readonly from?: string;
  readonly to?: string;
}

/** One row of the list, with the spans of its title and units that matched the search. */
export interface ListedItem {
  readonly row: ItemRow;
  readonly spans: readonly MatchSpan[];
}

/** A page of the list and how many items match in all. */
export interface ItemQueryPage {
  readonly rows: readonly ListedItem[];
  readonly total: number;
}

/** What {@link queryItems} reads: the items, and (only when needed) the search index and the routes. */
export interface ItemQuerySources {
  readonly items: Pick<ItemsRepository, 'list' | 'get'>;
  readonly searchIndex: () => Promise<SearchIndex>;
  readonly routes: () => Promise<readonly Route[]>;
}

/** The largest page IndexedDB accepts (`getAll`'s count is an unsigned long): "every row". */
export const ALL_ROWS = 0xffff_ffff;

/** How many search hits are considered before the filters apply. */
export const SEARCH_LIMIT = 500;

/** The repository filter for the criteria (the filters the item indexes answer). */
export function repositoryFilter(criteria: ItemCriteria): ItemFilter {
  const filter: ItemFilter = {};
  if (criteria.status) filter.status = criteria.status;
  if (criteria.category) filter.category = criteria.category;
  if (criteria.unitId) filter.unitId = criteria.unitId;
  if (criteria.from) filter.from = criteria.from;
  if (criteria.to) filter.to = criteria.to;
  return filter;
}

/** Whether a row passes the criteria's filters (not the search text); `routedAt` lists levels by item. */
export function matchesCriteria(
  row: ItemRow,
  criteria: ItemCriteria,
  routedAt?: ReadonlyMap<ItemId, ReadonlySet<Level>>,
): boolean {
  if (criteria.status && row.status !== criteria.status) return false;
  if (criteria.category && row.category !== criteria.category) return false;
  if (criteria.unitId && !row.unitIds.includes(criteria.unitId)) return false;
  if (criteria.from && row.date < criteria.from) return false;
  if (criteria.to && row.date > criteria.to) return false;
  if (criteria.level && !routedAt?.get(row.id)?.has(criteria.level)) return false;
  return true;
}

/** The levels each item was routed to. */
export function levelsByItem(routes: readonly Route[]): Map<ItemId, Set<Level>> {
  const out = new Map<ItemId, Set<Level>>();
  for (const route of routes) {
    const set = out.get(route.itemId) ?? new Set<Level>();
    set.add(route.level);
    out.set(route.itemId, set);
  }
  return out;
}

/**
 * One page of the 稿件 list. Without a search text or a level, the repository pages by its indexes; with a
 * search text, the index's best hits (by relevance) are filtered; with a level, the routes decide.
 *
 * @example
 * await queryItems(sources, { query: 'yshj', status: '已报送' }, { offset: 0, limit: 20 });
 */
export async function queryItems(
  sources: ItemQuerySources,
  criteria: ItemCriteria,
  page: { offset: number; limit: number },
): Promise<ItemQueryPage> {
  const query = criteria.query?.trim() ?? '';
  if (!query && !criteria.level) {
    const result = await sources.items.list(repositoryFilter(criteria), page);
    return { rows: result.rows.map((row) => ({ row, spans: [] })), total: result.total };
  }
  const routedAt = criteria.level ? levelsByItem(await sources.routes()) : undefined;
  let matched: ListedItem[];
  if (query) {
    const index = await sources.searchIndex();
    const hits = index.search(query, { limit: SEARCH_LIMIT });
    const rows = await Promise.all(hits.map((hit) => sources.items.get(hit.doc.id)));
    matched = [];
    rows.forEach((row, i) => {
      const hit = hits[i];
      if (row && hit && matchesCriteria(row, criteria, routedAt)) matched.push({ row, spans: hit.spans });
    });
  } else {
    const all = await sources.items.list(repositoryFilter(criteria), {
      offset: 0,
      limit: ALL_ROWS,
    });
    matched = all.rows.filter((row) => matchesCriteria(row, criteria, routedAt)).map((row) => ({ row, spans: [] }));
  }
  return { rows: matched.slice(page.offset, page.offset + page.limit), total: matched.length };
}

/** A piece of text, marked when the search matched it. */
export interface TextPiece {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * Splits `text` into pieces at the spans (`[start, end)` in UTF-16 units; overlapping or out-of-range spans
 * are clamped and merged), for highlighting as text (never as markup).
 *
 * @example
 * highlightPieces('营商环境', [{ start: 0, end: 2 }]); // [{ text: '营商', hit: true }, { text: '环境', hit: false }]
 */
export function highlightPieces(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): TextPiece[] {
  const marked = new Uint8Array(text.length);
  for (const span of spans) {
    const start = Math.max(0, span.start);
    const end = Math.min(text.length, span.end);
    if (end > start) marked.fill(1, start, end);
  }
  const out: TextPiece[] = [];
  let at = 0;
  while (at < text.length) {
    const hit = marked[at] === 1;
    let end = at + 1;
    while (end < text.length && (marked[end] === 1) === hit) end += 1;
    out.push({ text: text.slice(at, end), hit });
    at = end;
  }
  return out;
}
