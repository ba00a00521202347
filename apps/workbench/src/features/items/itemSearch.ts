import type { Unit } from '@caibian/core';
import type { SearchDoc, SearchIndex } from '@caibian/core/search';
import type { ItemsRepository } from '../../data/itemsRepository.ts';
import type { ItemRow } from '../../data/rows.ts';
import type { UnitsRepository } from '../../data/unitsRepository.ts';
import { ALL_ROWS } from './itemQuery.ts';

/** What building the item search index reads. */
export interface ItemSearchSources {
  readonly items: Pick<ItemsRepository, 'list'>;
  readonly units: Pick<UnitsRepository, 'list'>;
}

/** Every item row, newest first (the list's order), read in one call. */
export async function allItemRows(items: Pick<ItemsRepository, 'list'>): Promise<ItemRow[]> {
  const first = await items.list({}, { offset: 0, limit: ALL_ROWS });
  return first.rows;
}

/**
 * The search code (with the pinyin dictionary, the largest part of the app's code): loaded on the first
 * search, not with the 稿件 list, so the list shows without waiting for it.
 */
const searchModule = () => import('@caibian/core/search');

/**
 * The search document of an item row: its text, its units by display name and its date (signed, else
 * drafted), so the search finds an item by a unit's name or abbreviation.
 */
export async function searchDocOfRow(row: ItemRow, unitName: (id: string) => string): Promise<SearchDoc> {
  const { searchDocFromItem } = await searchModule();
  return searchDocFromItem(row.item, {
    unitName,
    ...(row.date ? { date: row.date as SearchDoc['date'] } : {}),
  });
}

/** Display name of a unit id given the unit table (the id itself when unknown). */
export function unitNamer(units: readonly Unit[]): (id: string) => string {
  const names = new Map(units.map((u) => [u.id as string, u.name]));
  return (id) => names.get(id) ?? id;
}

let cached: Promise<SearchIndex> | null = null;

/**
 * The search index over every item (pinyin, typos, unit abbreviations), built once per page load and kept
 * in memory; {@link updateItemSearch} keeps it current after a save in this tab. Fine at an office's scale
 * (thousands of items); a saved index (`saveSearchIndex`) would spare the build at larger scale.
 *
 * @example
 * const index = await itemSearchIndex(repositories);
 * index.search('yshj');
 */
export function itemSearchIndex(sources: ItemSearchSources): Promise<SearchIndex> {
  if (!cached) {
    cached = (async () => {
      const [rows, units, { SearchIndex, searchDocFromItem }] = await Promise.all([
        allItemRows(sources.items),
        sources.units.list(),
        searchModule(),
      ]);
      const unitName = unitNamer(units);
      return SearchIndex.build(
        rows.map((row) =>
          searchDocFromItem(row.item, { unitName, ...(row.date ? { date: row.date as SearchDoc['date'] } : {}) }),
        ),
      );
    })();
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

/** Puts a saved item into the in-memory index, if it was built. */
export async function updateItemSearch(row: ItemRow, units: readonly Unit[]): Promise<void> {
  if (!cached) return;
  const index = await cached;
  index.upsert(await searchDocOfRow(row, unitNamer(units)));
}

/** Forgets the in-memory index (the next search rebuilds it); for tests and after bulk changes. */
export function resetItemSearch(): void {
  cached = null;
}
