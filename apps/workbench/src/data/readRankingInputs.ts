import type { RecordSet } from '@caibian/core';
import { mapStorageError, VersionChangedError } from './errors.ts';
import { recordSetOf } from './recordSetOf.ts';
import {
  type CommissionRow,
  type ItemHeadSegmentRow,
  RECORD_KINDS,
  type SchemeRow,
  type SegmentRow,
  type SettingRow,
  type UnitRow,
  type UrgentEventRow,
} from './rows.ts';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SEGMENT_COUNT } from './schema.ts';
import { currentRevisions } from './schemesRepository.ts';

/**
 * The ranking worker's read of the database, with the plain IndexedDB API instead of Dexie: Dexie would be
 * a third of the worker's code, and its open and transaction bookkeeping cost the 排名 page's first screen
 * a few hundred milliseconds at issue 7's scale. Read-only, one transaction, the same rows and order as
 * `records.loadRecordSet()` (both assemble the set with {@link recordSetOf}). It never creates or upgrades
 * the database: that stays with the app's `CaibianDb`.
 */

/** What the ranking worker reads when it starts. */
export interface RankingInputs {
  /** Every record for scoring (items without bodies), as `records.loadRecordSet()` gives them. */
  readonly records: RecordSet;
  /** The values of the settings asked for; a key never set is absent. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The office's own schemes, current revisions (as `schemes.list()`). */
  readonly schemes: readonly SchemeRow[];
}

/** Options of {@link readRankingInputs}. */
export interface ReadRankingOptions {
  /** Default: the global `indexedDB`. */
  readonly indexedDB?: IDBFactory;
  /** Default: the app's database, {@link DATABASE_NAME}. */
  readonly name?: string;
  /** Settings keys to read beside the records. Default none. */
  readonly settings?: readonly string[];
  /** False reads the settings and schemes only. Default true. */
  readonly records?: boolean;
}

const EMPTY_ROWS = { units: [], heads: [], segments: [], commissions: [], urgentEvents: [] };
const STORES = ['units', 'itemHeads', 'recordSegments', 'commissions', 'urgentEvents', 'settings', 'schemes'];
/**
 * The big tables are read in slices of segments (item heads in 4, adoptions in 4, routes in 2, the rest
 * whole), small slices interleaved, so that the worker starts turning the first rows into objects (the
 * costly part: it happens as each result is taken) while IndexedDB still reads the next. A slice is
 * `[kind, first segment, last segment]`; a head slice has kind `null`.
 */
const SLICES: readonly (readonly [string | null, number, number])[] = (() => {
  // The first slice starts at -∞ and the last ends at +∞, so no stored row can fall between slices.
  const split = (kind: string | null, parts: number) =>
    Array.from({ length: parts }, (_, i) => {
      const from = i === 0 ? Number.NEGATIVE_INFINITY : (i * SEGMENT_COUNT) / parts;
      const to = i === parts - 1 ? Number.POSITIVE_INFINITY : ((i + 1) * SEGMENT_COUNT) / parts - 0.5;
      return [kind, from, to] as const;
    });
  const heads = split(null, 4);
  const adoptions = split('adoptions', 4);
  const interleaved = heads.flatMap((h, i) => [h, adoptions[i] as (typeof adoptions)[number]]);
  return [...interleaved, ...split('routes', 2), ...split('instructions', 1), ...split('penalties', 1)];
})();

function requested<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

/** The database as it is, or null when it does not exist yet (nothing is created). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let missing = false;
    request.onupgradeneeded = () => {
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!missing) return reject(request.error);
      event.preventDefault();
      resolve(null);
    };
  });
}

/**
 * Reads every record for scoring, the given settings and the office's schemes in one read-only
 * transaction, then closes the connection. A database that does not exist yet, or is older than the
 * current schema (the app upgrades it when it opens), reads as empty; a newer one (another tab runs a newer
 * version) fails with `VersionChangedError`.
 *
 * @example
 * const { records, settings } = await readRankingInputs({ settings: ['scheme', 'ourUnit'] });
 */
export async function readRankingInputs(options: ReadRankingOptions = {}): Promise<RankingInputs> {
  const keys = options.settings ?? [];
  try {
    const db = await openExisting(options.indexedDB ?? indexedDB, options.name ?? DATABASE_NAME);
    if (db === null) return { records: recordSetOf(EMPTY_ROWS), settings: {}, schemes: [] };
    db.onversionchange = () => db.close();
    if (db.version > CURRENT_SCHEMA_VERSION * 10) {
      db.close();
      throw new VersionChangedError();
    }
    if (!STORES.every((store) => db.objectStoreNames.contains(store))) {
      db.close();
      return { records: recordSetOf(EMPTY_ROWS), settings: {}, schemes: [] };
    }
    const withRecords = options.records !== false;
    const tx = db.transaction(withRecords ? STORES : ['settings', 'schemes'], 'readonly');
    const all = <T>(store: string, range?: IDBKeyRange) => requested<T[]>(tx.objectStore(store).getAll(range));
    const settingRows = Promise.all(
      keys.map((key) => requested<SettingRow | undefined>(tx.objectStore('settings').get(key))),
    );
    const schemes = all<SchemeRow>('schemes');
    const rows = withRecords
      ? Promise.all([
          all<UnitRow>('units'),
          all<CommissionRow>('commissions'),
          all<UrgentEventRow>('urgentEvents'),
          ...SLICES.map(([kind, from, to]) =>
            kind === null
              ? all<ItemHeadSegmentRow>('itemHeads', IDBKeyRange.bound(from, to))
              : all<SegmentRow>('recordSegments', IDBKeyRange.bound([kind, from], [kind, to])),
          ),
        ])
      : null;
    // Closes once the transaction is done; the worker keeps no connection that could block an upgrade.
    db.close();
    const [settings, own, read] = await Promise.all([settingRows, schemes, rows]);
    let records = recordSetOf(EMPTY_ROWS);
    if (read) {
      const sliced = read.slice(3) as (ItemHeadSegmentRow | SegmentRow)[][];
      const heads: ItemHeadSegmentRow[] = [];
      const segments: SegmentRow[] = [];
      SLICES.forEach(([kind], i) => {
        if (kind === null) heads.push(...(sliced[i] as ItemHeadSegmentRow[]));
      });
      // Segment rows in key order (`[kind+segment]`): kinds alphabetically, each kind's slices in order.
      for (const kind of [...RECORD_KINDS].sort()) {
        SLICES.forEach(([k], i) => {
          if (k === kind) segments.push(...(sliced[i] as SegmentRow[]));
        });
      }
      records = recordSetOf({
        units: read[0] as UnitRow[],
        commissions: read[1] as CommissionRow[],
        urgentEvents: read[2] as UrgentEventRow[],
        heads,
        segments,
      });
    }
    const values: Record<string, unknown> = {};
    settings.forEach((row, i) => {
      if (row !== undefined) values[keys[i] as string] = row.value;
    });
    return { records, settings: values, schemes: currentRevisions(own) };
  } catch (error) {
    throw mapStorageError(error);
  }
}
