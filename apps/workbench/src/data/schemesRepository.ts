import type { CaibianDb } from './db.ts';
import type { SchemeRow } from './rows.ts';

/** The office's own scoring schemes (计分办法); every save keeps the earlier revisions. */
export interface SchemesRepository {
  /** The current (highest) revision of every scheme, by name. */
  list(): Promise<SchemeRow[]>;
  /** The current revision of a scheme, or a given one. */
  get(id: string, revision?: number): Promise<SchemeRow | undefined>;
  /** Every revision of a scheme, newest first. */
  history(id: string): Promise<SchemeRow[]>;
  /** Saves a new revision (the next number) in one transaction and returns it. */
  save(scheme: Omit<SchemeRow, 'revision' | 'savedAt'>): Promise<SchemeRow>;
  /** Removes a scheme with all its revisions. */
  remove(id: string): Promise<void>;
}

/**
 * The current (highest) revision of every scheme among `rows`, by name: what {@link SchemesRepository.list}
 * gives (also used by the ranking worker's own read of the table).
 */
export function currentRevisions(rows: readonly SchemeRow[]): SchemeRow[] {
  const latest = new Map<string, SchemeRow>();
  for (const row of rows) {
    const seen = latest.get(row.id);
    if (!seen || seen.revision < row.revision) latest.set(row.id, row);
  }
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** A {@link SchemesRepository} over `db`, stamping revisions with `now()`. */
export function createSchemesRepository(db: CaibianDb, now: () => Date = () => new Date()): SchemesRepository {
  const revisions = (id: string) =>
    db.schemes.where('[id+revision]').between([id, 0], [id, Number.MAX_SAFE_INTEGER], true, true);
  return {
    list: async () => currentRevisions(await db.schemes.toArray()),
    async get(id, revision) {
      return revision === undefined ? revisions(id).last() : db.schemes.get([id, revision]);
    },
    history: (id) => revisions(id).reverse().toArray(),
    save(scheme) {
      return db.transaction('rw', db.schemes, async () => {
        const last = await revisions(scheme.id).last();
        const row: SchemeRow = { ...scheme, revision: (last?.revision ?? 0) + 1, savedAt: now().toISOString() };
        await db.schemes.add(row);
        return row;
      });
    },
    async remove(id) {
      await revisions(id).delete();
    },
  };
}
