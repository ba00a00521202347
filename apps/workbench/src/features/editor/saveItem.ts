import { type Item, type Unit, unitId } from '@caibian/core';
import type { ItemAction } from '../../data/itemRows.ts';
import type { ItemsRepository, TransitionInput } from '../../data/itemsRepository.ts';
import type { ItemRow } from '../../data/rows.ts';
import type { UnitsRepository } from '../../data/unitsRepository.ts';
import { itemProblems } from './itemMeta.ts';

/** What came of a save. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly row: ItemRow }
  /** Something must be filled in first (Chinese messages). */
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  /** Another tab saved the item since this editor opened it: nothing was written. */
  | { readonly kind: 'conflict'; readonly message: string }
  /** The item is signed off (已签发, 已报送): its text is locked and nothing was written. */
  | { readonly kind: 'locked'; readonly message: string };

/** What {@link saveItem} writes through. */
export interface SaveSources {
  readonly items: Pick<ItemsRepository, 'save' | 'saveAndTransition'>;
  readonly units: Pick<UnitsRepository, 'put'>;
}

/** Units named on the item that the unit table does not hold yet (typed in the form), as new units. */
export function newUnits(item: Item, known: readonly Unit[]): Unit[] {
  const ids = new Set(known.map((u) => u.id as string));
  return item.units
    .filter((u) => !ids.has(u.unitId))
    .map((u) => ({ id: unitId(u.unitId), name: u.unitId.trim() || u.unitId }));
}

/**
 * Saves an item as a new revision (a version is recorded, the autosave draft cleared): checks what must be
 * filled in, adds units typed in the form, then saves based on `baseRevision`. A save from a stale tab is
 * a `conflict` outcome, never an overwrite; a save of a signed-off item is a `locked` outcome. With `step`,
 * the save and the workflow step (e.g. 送审) are written in one transaction: when the step is refused,
 * the text is not saved either (an `invalid` outcome naming why).
 *
 * @example
 * const outcome = await saveItem(repositories, item, { baseRevision: 3, editorState, knownUnits, note: '保存' });
 */
export async function saveItem(
  sources: SaveSources,
  item: Item,
  options: {
    baseRevision: number;
    editorState?: string;
    knownUnits: readonly Unit[];
    note?: string;
    step?: { readonly action: ItemAction; readonly input: TransitionInput };
  },
): Promise<SaveOutcome> {
  const problems = itemProblems(item);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const added = newUnits(item, options.knownUnits);
  if (added.length > 0) await sources.units.put(added);
  const saveOptions = {
    baseRevision: options.baseRevision,
    ...(options.editorState === undefined ? {} : { editorState: options.editorState }),
    note: options.note ?? '保存',
  };
  const result = options.step
    ? await sources.items.saveAndTransition(item, saveOptions, options.step.action, options.step.input)
    : await sources.items.save(item, saveOptions);
  if (result.ok) return { kind: 'saved', row: result.value };
  const conflict = result.problems.find((p) => p.code === 'revision_conflict');
  if (conflict) return { kind: 'conflict', message: conflict.message };
  const locked = result.problems.find((p) => p.code === 'locked');
  if (locked) return { kind: 'locked', message: locked.message };
  return { kind: 'invalid', problems: result.problems.map((p) => p.message) };
}
