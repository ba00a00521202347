import type { Item, ItemId } from '@caibian/core';
import { type BriefingVersion, parseBriefing, type SavedBriefing, textToBriefing } from '@caibian/editor';
import { lockOf } from '../../data/itemRows.ts';
import type { DraftRow, ItemRow, VersionRow } from '../../data/rows.ts';
import { type ItemMeta, metaOfItem } from './itemMeta.ts';

/** Where the editor starts: the content and metadata to show and the revision a save is based on. */
export interface EditorSession {
  readonly itemId: ItemId;
  readonly initialState: SavedBriefing | undefined;
  readonly meta: ItemMeta;
  /** The stored item the session started from (undefined for a new item). */
  readonly base: Item | undefined;
  /** The revision a save must find stored (0 for a new item). */
  readonly baseRevision: number;
  /** Whether an unsaved draft was restored (say so). */
  readonly restored: boolean;
  /** When the restored draft was autosaved (ISO 8601). */
  readonly draftSavedAt?: string;
  /** When the restored draft started from an older revision than the stored one (another tab saved since). */
  readonly staleDraft: boolean;
}

/** A saved editor state from its JSON, or `undefined` when it does not load. */
export function readState(json: string | undefined): SavedBriefing | undefined {
  if (json === undefined) return undefined;
  const parsed = parseBriefing(json);
  return parsed.ok ? parsed.value : undefined;
}

/** The editor state of a stored item: its own, else one built from its title and plain-text body. */
export function stateOfItem(item: Item, editorState?: string): SavedBriefing {
  return readState(editorState) ?? textToBriefing(item.title, item.body ?? '');
}

/**
 * Decides where the editor starts. An autosaved draft saved after the item's last save (or of an item never
 * saved) is restored when it differs from the stored item; an older one is ignored. A restored draft keeps the revision it started from, so
 * saving it over another tab's newer save is refused rather than overwriting. A signed-off item (已签发,
 * 已报送) always opens as stored: its text is locked, so no draft is restored over it.
 *
 * @example
 * const session = openSession(id, await items.get(id), await drafts.get(id), newItemMeta(ourUnit, today));
 */
export function openSession(
  itemId: ItemId,
  row: ItemRow | undefined,
  draft: DraftRow | undefined,
  fresh: ItemMeta,
): EditorSession {
  const draftState = readState(draft?.editorState);
  const differs =
    !row ||
    draft?.editorState !== row.editorState ||
    (draft?.item !== undefined && JSON.stringify(draft.item) !== JSON.stringify(row.item));
  const locked = row !== undefined && lockOf(row) !== null;
  if (draft && draftState && differs && !locked && (!row || draft.savedAt > row.updatedAt)) {
    return {
      itemId,
      initialState: draftState,
      meta: draft.item ? metaOfItem(draft.item) : row ? metaOfItem(row.item) : fresh,
      base: row?.item,
      baseRevision: draft.baseRevision,
      restored: true,
      draftSavedAt: draft.savedAt,
      staleDraft: row !== undefined && draft.baseRevision < row.revision,
    };
  }
  return {
    itemId,
    initialState: row ? stateOfItem(row.item, row.editorState) : undefined,
    meta: row ? metaOfItem(row.item) : fresh,
    base: row?.item,
    baseRevision: row?.revision ?? 0,
    restored: false,
    staleDraft: false,
  };
}

/**
 * Saved versions as the editor's version comparison wants them, oldest first (so it compares the newest
 * saved version with the current draft by default).
 */
export function briefingVersions(rows: readonly VersionRow[]): BriefingVersion[] {
  return [...rows]
    .sort((a, b) => a.revision - b.revision)
    .map((v) => ({
      id: String(v.id),
      label: `第${v.revision}版 ${v.note ?? ''}`.trim(),
      savedAt: v.savedAt,
      state: stateOfItem(v.item, v.editorState),
    }));
}

/** A copy of an item under a new id, titled as a copy: what 保留副本 saves after a conflict. */
export function copyOfItem(item: Item, id: ItemId): Item {
  return { ...item, id, title: `${item.title}（副本）` };
}
