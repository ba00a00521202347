import type { ItemId, Unit } from '@caibian/core';
import type { Repositories } from '../../data/createRepositories.ts';
import type { ItemRow, VersionRow } from '../../data/rows.ts';
import { localDate } from '../items/newItemId.ts';
import { type EditorSession, openSession } from './editorSession.ts';
import { newItemMeta } from './itemMeta.ts';

/** Everything the editor page shows when it opens an item. */
export interface LoadedEditor {
  readonly session: EditorSession;
  readonly row: ItemRow | undefined;
  readonly versions: readonly VersionRow[];
  readonly units: readonly Unit[];
  /** Setting `ourUnit`: the office's own unit, preset on new items and scored. */
  readonly ourUnit: string | undefined;
  /** Setting `reviewer`: the name recorded with review comments (default 科长). */
  readonly reviewer: string;
  readonly today: string;
}

/** Reads the item, its autosave draft, versions, units and settings, and decides where the editor starts. */
export async function loadEditor(
  repositories: Pick<Repositories, 'items' | 'drafts' | 'versions' | 'units' | 'settings'>,
  id: ItemId,
  now: Date,
): Promise<LoadedEditor> {
  const [row, draft, versions, units, ourUnit, reviewer] = await Promise.all([
    repositories.items.get(id),
    repositories.drafts.get(id),
    repositories.versions.list(id),
    repositories.units.list(),
    repositories.settings.get<string | undefined>('ourUnit', undefined),
    repositories.settings.get<string>('reviewer', '科长'),
  ]);
  const today = localDate(now);
  const session = openSession(id, row, draft, newItemMeta(ourUnit, today));
  return { session, row, versions, units, ourUnit, reviewer, today };
}
