import { type Unit, unitId } from '@caibian/core';

/** A unit as edited in the form: text fields, empty meaning unset. */
export interface UnitDraft {
  name: string;
  group: string;
  parentId: string;
  class: string;
}

/** The form's fields for `unit` (empty for a new one). */
export function draftOf(unit?: Unit): UnitDraft {
  return { name: unit?.name ?? '', group: unit?.group ?? '', parentId: unit?.parentId ?? '', class: unit?.class ?? '' };
}

/**
 * Checks a unit being added or edited against the stored units and builds it: the name is required and
 * unique, the parent must exist and must not be the unit itself or one of its descendants (a loop).
 * A new unit's id is its name, as in the records workbook; an edited unit keeps its id.
 *
 * @example
 * unitFromDraft({ name: '城关镇', group: '乡镇组', parentId: '', class: '' }, units);
 */
export function unitFromDraft(
  draft: UnitDraft,
  units: readonly Unit[],
  editing?: Unit,
): { ok: true; unit: Unit } | { ok: false; errors: Partial<Record<keyof UnitDraft, string>> } {
  const errors: Partial<Record<keyof UnitDraft, string>> = {};
  const name = draft.name.trim();
  if (name === '') errors.name = '请填写单位名称';
  else if (/[、，,;；]/.test(name)) errors.name = '单位名称中不能有、，; 等分隔符（登记簿用它们分隔联合报送单位）';
  else if (units.some((u) => u.id !== editing?.id && (u.name === name || u.id === name)))
    errors.name = `已有名为“${name}”的单位`;
  const id = editing?.id ?? unitId(name);
  const parent = draft.parentId.trim();
  if (parent !== '') {
    const byId = new Map(units.map((u) => [u.id as string, u]));
    if (!byId.has(parent)) errors.parentId = '上级单位不存在';
    else {
      for (let at: string | undefined = parent, steps = 0; at !== undefined && steps <= units.length; steps++) {
        if (at === id) {
          errors.parentId = '上级单位不能是本单位或其下级单位';
          break;
        }
        at = byId.get(at)?.parentId;
      }
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const unit: Unit = { ...(editing ?? {}), id, name };
  delete unit.group;
  delete unit.parentId;
  delete unit.class;
  if (draft.group.trim()) unit.group = draft.group.trim();
  if (parent) unit.parentId = unitId(parent);
  if (draft.class.trim()) unit.class = draft.class.trim();
  return { ok: true, unit };
}
