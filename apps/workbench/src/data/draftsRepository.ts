import type { ItemId } from '@caibian/core';
import type { CaibianDb } from './db.ts';
import type { DraftRow, VersionRow } from './rows.ts';

/** The autosave journal: one draft per item being edited, overwritten on every change. */
export interface DraftsRepository {
  /**
   * Saves the editor's state for `itemId` (call on every change; one small put, so a reload or crash
   * loses at most the change being typed). `savedAt` is stamped here.
   */
  put(draft: Omit<DraftRow, 'savedAt'>): Promise<DraftRow>;
  /** The unsaved draft of an item, if any (offer to restore it when the editor opens). */
  get(itemId: ItemId): Promise<DraftRow | undefined>;
  /** Every unsaved draft, newest first. */
  list(): Promise<DraftRow[]>;
  clear(itemId: ItemId): Promise<void>;
}

/** A {@link DraftsRepository} over `db`, stamping drafts with `now()`. */
export function createDraftsRepository(db: CaibianDb, now: () => Date = () => new Date()): DraftsRepository {
  return {
    async put(draft) {
      const row: DraftRow = { ...draft, savedAt: now().toISOString() };
      await db.drafts.put(row);
      return row;
    },
    get: (itemId) => db.drafts.get(itemId),
    async list() {
      const rows = await db.drafts.toArray();
      return rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
    },
    clear: (itemId) => db.drafts.delete(itemId),
  };
}

/** Saved versions of items (版本历史); versions are written by `items.save` and `items.transition`. */
export interface VersionsRepository {
  /** The versions of an item, newest first. */
  list(itemId: ItemId): Promise<VersionRow[]>;
  get(id: number): Promise<VersionRow | undefined>;
}

/** A {@link VersionsRepository} over `db`. */
export function createVersionsRepository(db: CaibianDb): VersionsRepository {
  return {
    list: (itemId) =>
      db.itemVersions
        .where('[itemId+revision]')
        .between([itemId, 0], [itemId, Number.MAX_SAFE_INTEGER], true, true)
        .reverse()
        .toArray(),
    get: (id) => db.itemVersions.get(id),
  };
}
